package org.policylod.extract.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.policylod.rdf.Plo;
import org.policylod.rdf.Vocab;

/**
 * What names a work that has no identifier, and what an Official Journal reference publishes: the cue words of {@code cues.ttl} (work keywords with
 * their class, complement openers, title cues, the part words that end a bibliographic title) and,
 * from the curated reference data, the works that complement a convention ("the Geneva Refugee
 * Convention and Protocol": the Protocol is the curated work that complements it); from the
 * ontology, the classes of acts. Read-only once loaded.
 */
public final class WorkNames {
    /** A keyword (lower case) naming one work of a class. */
    public record Keyword(String text, Resource type) {
    }

    /** A curated work complementing another, and the first word of its name ("Protocol"). */
    public record Companion(String iri, String head, Resource type) {
    }

    /** Keywords, longest first. */
    public final List<Keyword> keywords;
    /** Words opening a work's complement, lower case, longest first ("setting out" before "setting"). */
    public final List<String> openers;
    public final List<String> titleCues;
    public final List<String> partWords;
    /** Per curated work (default base), the curated works that complement it. */
    private final Map<String, List<Companion>> companions;
    /** Per curated article (default base), the work it is part of. */
    private final Map<String, String> partOf;
    /** The classes of acts (subclasses of eli:LegalResource): what an Official Journal reference publishes. */
    private final Set<Resource> acts;

    private WorkNames(List<Keyword> keywords, List<String> openers, List<String> titleCues, List<String> partWords,
                      Map<String, List<Companion>> companions, Map<String, String> partOf, Set<Resource> acts) {
        this.keywords = keywords;
        this.openers = openers;
        this.titleCues = titleCues;
        this.partWords = partWords;
        this.companions = companions;
        this.partOf = partOf;
        this.acts = acts;
    }

    /** Reads cues.ttl and the complements the curated reference data of {@code k} states. */
    public static WorkNames of(Knowledge k) {
        return load(k.reference(), k.ontology());
    }

    /** Whether the class is a kind of act (published in the Official Journal). */
    public boolean act(Resource type) {
        return type != null && acts.contains(type);
    }

    static WorkNames load(Model reference, Model ontology) {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = WorkNames.class.getClassLoader().getResourceAsStream(Cues.FILE)) {
            if (in == null) {
                throw new IllegalStateException("missing from the class path: " + Cues.FILE);
            }
            RDFDataMgr.read(m, in, Lang.TURTLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Keyword> keywords = new ArrayList<>();
        m.listStatements(null, m.createProperty(Cues.ETL + "workKeyword"), (RDFNode) null).forEachRemaining(s ->
                keywords.add(new Keyword(s.getString().toLowerCase(Locale.ROOT), s.getSubject())));
        keywords.sort((a, b) -> a.text().length() != b.text().length() ? b.text().length() - a.text().length()
                : a.text().compareTo(b.text()));
        Map<String, List<Companion>> companions = new TreeMap<>();
        for (Statement s : reference.listStatements(null, Plo.complements, (RDFNode) null).toList()) {
            Statement label = s.getSubject().getProperty(SKOS.prefLabel, "en");
            if (label != null && s.getObject().isURIResource()) {
                String head = label.getString().split("\\s+")[0].toLowerCase(Locale.ROOT);
                Resource type = s.getSubject().hasProperty(org.apache.jena.vocabulary.RDF.type, Plo.InternationalConvention)
                        ? Plo.InternationalConvention : Vocab.Work;
                companions.computeIfAbsent(s.getResource().getURI(), x -> new ArrayList<>())
                        .add(new Companion(s.getSubject().getURI(), head, type));
            }
        }
        Map<String, String> partOf = new TreeMap<>();
        reference.listStatements(null, Vocab.isPartOf, (RDFNode) null).forEachRemaining(s -> {
            if (s.getObject().isURIResource()) {
                partOf.put(s.getSubject().getURI(), s.getResource().getURI());
            }
        });
        return new WorkNames(List.copyOf(keywords), longestFirst(Cues.strings(m, "complementOpener")),
                longestFirst(Cues.strings(m, "titleCue")), longestFirst(Cues.strings(m, "partWord")),
                Collections.unmodifiableMap(companions), Collections.unmodifiableMap(partOf),
                Set.copyOf(ontology.listSubjectsWithProperty(RDFS.subClassOf, Vocab.LegalResource).toList()));
    }

    private static List<String> longestFirst(List<String> words) {
        List<String> out = new ArrayList<>(words);
        out.sort((a, b) -> a.length() != b.length() ? b.length() - a.length() : a.compareTo(b));
        return List.copyOf(out);
    }

    /**
     * The curated works that complement a work (default base); for an article, those that
     * complement the work it is part of (as the reference data states, else as its IRI is minted:
     * {@code {convention}-article-{n}}).
     */
    public List<Companion> companions(String iri) {
        String whole = partOf.getOrDefault(iri, iri.replaceFirst("-article-\\d+$", ""));
        List<Companion> out = companions.get(iri);
        return out != null ? out : companions.getOrDefault(whole, List.of());
    }
}
