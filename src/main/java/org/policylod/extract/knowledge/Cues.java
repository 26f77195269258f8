package org.policylod.extract.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.policylod.extract.model.EntityKind;
import org.policylod.extract.model.FrontCues;
import org.policylod.extract.text.Fold;

/** The relation cues of cues.ttl: phrases that state a relation, with the kinds on either side. */
public final class Cues {
    static final String FILE = "org/policylod/extract/knowledge/cues.ttl";
    static final String ETL = "https://w3id.org/policy-lod/etl#";

    /** How a phrase reads: the entity before it is the subject, the object, or both are. */
    public enum Reading { ACTIVE, PASSIVE, MUTUAL }

    /** One phrase of a cue. */
    public record Cue(String phrase, List<String> words, Property property, Reading reading,
                      Set<EntityKind> before, Set<EntityKind> after) {
    }

    public final List<Cue> cues;
    /** Extra keywords naming kinds of document: keyword (lower case) to class. */
    public final Map<String, Resource> keywords;
    /** The class a Council document gets for its resource type (authority IRI to class). */
    public final Map<String, Resource> workTypeClasses;
    /** Verbs that make a document or instrument ("adopted", "issued"), lower case, in a fixed order. */
    public final List<String> makingVerbs;
    /** What front pages of acts say: journal names, legal-basis openings, a title's minor words. */
    public final Front front;

    /** The front-page cues, lower case. */
    public record Front(Set<String> journals, List<String> legalBasis, Set<String> minorWords,
                        Map<String, String> kinds) implements FrontCues {
        @Override
        public boolean journal(String text) {
            return journals.contains(Fold.fold(text.strip()).toLowerCase(Locale.ROOT));
        }

        @Override
        public boolean legalBasis(String text) {
            return legalBasis.stream().anyMatch(text.stripLeading().toLowerCase(Locale.ROOT)::startsWith);
        }

        @Override
        public boolean minorWord(String word) {
            return minorWords.contains(word.toLowerCase(Locale.ROOT));
        }

        @Override
        public String kind(String line) {
            String t = Fold.fold(line.strip()).toLowerCase(Locale.ROOT);
            return kinds.entrySet().stream().filter(e -> t.startsWith(e.getKey())).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
        }
    }

    private Cues(List<Cue> cues, Map<String, Resource> keywords, Map<String, Resource> workTypeClasses,
                 List<String> makingVerbs, Front front) {
        this.cues = cues;
        this.front = front;
        this.keywords = Collections.unmodifiableMap(keywords);
        this.workTypeClasses = Collections.unmodifiableMap(workTypeClasses);
        this.makingVerbs = makingVerbs;
    }

    static Cues load() {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = Cues.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("missing from the class path: " + FILE);
            }
            RDFDataMgr.read(m, in, Lang.TURTLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Property phrase = m.createProperty(ETL + "phrase");
        Property property = m.createProperty(ETL + "property");
        Property reading = m.createProperty(ETL + "reading");
        Property before = m.createProperty(ETL + "before");
        Property after = m.createProperty(ETL + "after");
        List<Cue> cues = new ArrayList<>();
        for (Resource c : m.listSubjectsWithProperty(RDF.type, m.createResource(ETL + "Cue")).toList()) {
            Property p = m.createProperty(c.getPropertyResourceValue(property).getURI());
            Reading r = Reading.valueOf(c.getPropertyResourceValue(reading).getLocalName().toUpperCase(Locale.ROOT));
            for (RDFNode n : m.listObjectsOfProperty(c, phrase).toList()) {
                String text = n.asLiteral().getString().toLowerCase(Locale.ROOT);
                List<String> words = new ArrayList<>();
                Fold.tokens(text).forEach(t -> words.add(t.text().toLowerCase(Locale.ROOT)));
                cues.add(new Cue(text, List.copyOf(words), p, r, kinds(c, before), kinds(c, after)));
            }
        }
        // longer phrases first, so "which incorporated" wins over "incorporated"; then a fixed order
        cues.sort((a, b) -> a.words().size() != b.words().size() ? b.words().size() - a.words().size()
                : (a.phrase() + a.property()).compareTo(b.phrase() + b.property()));
        Map<String, Resource> keywords = new TreeMap<>();
        m.listStatements(null, m.createProperty(ETL + "keyword"), (RDFNode) null).forEachRemaining(s ->
                keywords.put(s.getString().toLowerCase(Locale.ROOT), s.getSubject()));
        Map<String, Resource> workTypes = new TreeMap<>();
        m.listStatements(null, m.createProperty(ETL + "workType"), (RDFNode) null).forEachRemaining(s ->
                workTypes.put(s.getResource().getURI(), s.getSubject()));
        Set<String> verbs = new java.util.TreeSet<>();
        m.listObjectsOfProperty(m.createProperty(ETL + "makingVerb")).forEachRemaining(n ->
                verbs.add(java.util.regex.Pattern.quote(n.asLiteral().getString().toLowerCase(Locale.ROOT))));
        Front front = new Front(Set.copyOf(strings(m, "journal")), List.copyOf(strings(m, "legalBasis")),
                Set.copyOf(strings(m, "minorWord")), frontCues(m));
        return new Cues(List.copyOf(cues), keywords, workTypes, List.copyOf(verbs), front);
    }

    /** Front-page phrases (lower case, longest first) to the class of document they announce. */
    private static Map<String, String> frontCues(Model m) {
        Map<String, String> out = new TreeMap<>((a, b) -> a.length() != b.length() ? b.length() - a.length() : a.compareTo(b));
        m.listStatements(null, m.createProperty(ETL + "frontCue"), (RDFNode) null).forEachRemaining(s ->
                out.put(s.getString().toLowerCase(Locale.ROOT), s.getSubject().getURI()));
        return Collections.unmodifiableMap(out);
    }

    static List<String> strings(Model m, String property) {
        List<String> out = new ArrayList<>();
        m.listObjectsOfProperty(m.createProperty(ETL + property)).forEachRemaining(n ->
                out.add(n.asLiteral().getString().toLowerCase(Locale.ROOT)));
        Collections.sort(out);
        return out;
    }

    private static Set<EntityKind> kinds(Resource c, Property p) {
        Set<EntityKind> out = EnumSet.noneOf(EntityKind.class);
        RDFNode n = c.getProperty(p) == null ? null : c.getProperty(p).getObject();
        if (n != null) {
            for (String k : n.asLiteral().getString().split("\\s+")) {
                out.add(EntityKind.valueOf(k));
            }
        }
        return out;
    }
}
