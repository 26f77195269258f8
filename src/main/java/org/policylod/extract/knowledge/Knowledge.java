package org.policylod.extract.knowledge;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.policylod.Bundle;
import org.policylod.extract.model.EntityKind;
import org.policylod.extract.model.FrontCues;
import org.policylod.extract.model.Names;
import org.policylod.extract.text.Fold;
import org.policylod.rdf.Plo;

/**
 * The reference knowledge the ETL recognises with, all read from RDF files: the ontology (classes,
 * name keywords of instruments), the curated reference data, the EU authority tables (English
 * labels of bodies, countries and resource types; deprecated entries skipped). Immutable once built.
 */
public final class Knowledge implements Names {
    static final String ONTOLOGY = "ontology/policy-lod.ttl";
    static final String REFERENCE = "ontology/reference";

    private final Model ontology;
    private final Model reference;
    private final Authority authority;
    private final Hierarchy hierarchy;
    private final Lexicon lexicon = new Lexicon();
    private final Cues cues = Cues.load();
    /** How a work's one eli:id_local is written, whichever document cites it. */
    public final IdentifierForms identifierForms;
    private final EntityRules rules = EntityRules.load();
    /** Instrument and document classes by the keyword that names them ("Strategy", "Action Plan"). */
    private final Map<String, Resource> keywords = new HashMap<>();
    private Keywords keywordIndex;
    /** The ontology class of every curated entity (the first in IRI order when it has several). */
    private final Map<String, Resource> classes = new HashMap<>();
    /** The concept scheme of every curated concept. */
    private final Map<String, String> schemes = new HashMap<>();
    private final Map<String, String> workTypes = new HashMap<>();

    private Knowledge(Model ontology, Model reference, Authority authority) {
        this.ontology = ontology;
        this.reference = reference;
        this.authority = authority;
        this.identifierForms = IdentifierForms.load(reference);
        this.hierarchy = new Hierarchy(ontology, reference);
    }

    /** Loads the bundled files: the default base, as the reference files are written. */
    public static Knowledge load() {
        Model ontology = ModelFactory.createDefaultModel();
        if (Bundle.exists(ONTOLOGY)) {
            read(ontology, ONTOLOGY);
        }
        Model reference = ModelFactory.createDefaultModel();
        for (String path : Bundle.list(REFERENCE, ".ttl")) {
            read(reference, path);
        }
        Knowledge k = new Knowledge(ontology, reference, AuthorityIndex.load(Authority.TABLES));
        k.build();
        return k;
    }

    private static void read(Model into, String path) {
        try (InputStream in = Bundle.open(path)) {
            RDFDataMgr.read(into, in, Lang.TURTLE);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void build() {
        ontology.listStatements(null, Plo.nameKeyword, (RDFNode) null).forEachRemaining(s -> {
            if (s.getObject().isLiteral()) {
                keywords.put(s.getString().toLowerCase(Locale.ROOT), s.getSubject());
            }
        });
        ontology.listStatements(null, RDFS.label, (RDFNode) null).forEachRemaining(s -> {
            Set<Resource> up = new HashSet<>();
            hierarchy.closure(s.getSubject(), up);
            String label = s.getObject().isLiteral() ? s.getString() : "";
            if (up.contains(org.policylod.rdf.Vocab.Work) && !s.getSubject().equals(org.policylod.rdf.Vocab.Work)
                    && !label.isEmpty() && Fold.tokens(label).size() <= 2 && english(s)) {
                keywords.putIfAbsent(label.toLowerCase(Locale.ROOT), s.getSubject());
            }
        });
        cues.keywords.forEach(keywords::putIfAbsent);
        keywordIndex = new Keywords(keywords);
        curated();
        bodies = new AuthorityBodies(authority, rules, authorityTarget);
        bodies.addTo(lexicon);
        authority.countries.forEach((iri, labels) -> {
            for (String label : labels) {
                lexicon.add(label, new Lexicon.Entry(iri, EntityKind.COUNTRY, false));
            }
        });
        authority.types.forEach((iri, labels) -> {
            for (String label : labels) {
                workTypes.putIfAbsent(Fold.fold(label).toLowerCase(Locale.ROOT), iri);
            }
        });
    }

    /** Curated entity (default base) by the authority entry it links to (plo:authority). */
    private final Map<String, String> authorityTarget = new HashMap<>();
    private AuthorityBodies bodies;

    /** Curated entities: every subject with an English label, its kind from its classes. */
    private void curated() {
        Set<Resource> subjects = new HashSet<>();
        reference.listStatements(null, SKOS.prefLabel, (RDFNode) null).forEachRemaining(s -> subjects.add(s.getSubject()));
        List<Resource> sorted = new ArrayList<>(subjects);
        sorted.sort((a, b) -> String.valueOf(a.getURI()).compareTo(String.valueOf(b.getURI())));
        for (Resource r : sorted) {
            if (!r.isURIResource()) {
                continue;
            }
            EntityKind kind = hierarchy.kind(r);
            if (kind == null) {
                continue;
            }
            r.listProperties(RDF.type).toList().stream()
                    .filter(st -> st.getObject().isURIResource() && st.getResource().getURI().startsWith(Plo.NS))
                    .map(Statement::getResource).min((a, b) -> a.getURI().compareTo(b.getURI()))
                    .ifPresent(c -> classes.put(r.getURI(), c));
            Resource scheme = r.getPropertyResourceValue(SKOS.inScheme);
            if (scheme != null && scheme.isURIResource()) {
                schemes.put(r.getURI(), scheme.getURI());
            }
            Lexicon.Entry e = new Lexicon.Entry(r.getURI(), kind, true);
            for (var p : List.of(SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel, Plo.acronym)) {
                r.listProperties(p).forEachRemaining(s -> {
                    if (english(s)) {
                        lexicon.add(s.getString(), e);
                    }
                });
            }
            r.listProperties(Plo.authority).forEachRemaining(s -> {
                if (s.getObject().isURIResource()) {
                    authorityTarget.put(s.getResource().getURI(), r.getURI());
                }
            });
        }
    }

    private static boolean english(Statement s) {
        if (!s.getObject().isLiteral()) {
            return false;
        }
        Literal l = s.getLiteral();
        return l.getLanguage().isEmpty() || l.getLanguage().toLowerCase(Locale.ROOT).startsWith("en");
    }

    /** Whether a class is a policy instrument (not a document). */
    public boolean instrument(Resource type) {
        Set<Resource> up = new HashSet<>();
        hierarchy.closure(type, up);
        return up.contains(Plo.PolicyInstrument);
    }

    /** The kind the rules of entities.ttl give a body of the authority table, or null. */
    public EntityRules.Kind authorityKind(String body) {
        return bodies.kind(body);
    }

    /** The curated entity (default base) of the nearest entry above a table body that has one, or null. */
    public String curatedParent(String body) {
        return bodies.curatedParent(body);
    }

    /** The rules of entities.ttl. */
    public EntityRules rules() {
        return rules;
    }

    /** Whether a curated organisation is a unit inside another (org:OrganizationalUnit). */
    public boolean unit(String iri) {
        return reference.contains(reference.getResource(iri), RDF.type, ORG.OrganizationalUnit);
    }

    @Override
    public String organisation(String text) {
        Lexicon.Entry e = lexicon.whole(text);
        return e != null && (e.kind() == EntityKind.ORGANISATION || e.kind() == EntityKind.MISSION) ? e.iri() : null;
    }

    /**
     * The body a distribution code names ("COPS 406" the Political and Security Committee,
     * "DELEGATIONS"): its code word, without the running number, as a curated label. Only curated
     * bodies: codes are the Council's own words, and the authority table reads some of them as other
     * bodies ("RELEX" is a Commission DG there, a Council working party here) or not at all ("JAI").
     */
    public String distributionBody(String code) {
        String word = code.strip().replaceFirst("\\s+\\d+$", "");
        Lexicon.Entry e = lexicon.whole(word);
        return e != null && e.curated() && e.kind() == EntityKind.ORGANISATION ? e.iri() : null;
    }

    @Override
    public String workType(String text) {
        return workTypes.get(Fold.fold(text.strip()).toLowerCase(Locale.ROOT));
    }

    @Override
    public FrontCues front() {
        return cues.front;
    }

    /** The authority language code (ENG) for a two-letter code (en), from the language table. */
    public String language(String iso2) {
        return authority.languages.get(iso2.toLowerCase(Locale.ROOT));
    }

    /** The ontology, read-only. */
    public Model ontology() {
        return readOnly(ontology);
    }

    /** The curated reference data (default base), read-only. */
    public Model reference() {
        return readOnly(reference);
    }

    /** A read-only view (prefixes included): the loaded models are shared by every document. */
    private static Model readOnly(Model m) {
        return ModelFactory.createModelForGraph(new GraphReadOnly(m.getGraph()));
    }

    /** Labels of known entities, for finding them in text. */
    public Lexicon lexicon() {
        return lexicon;
    }

    /** The relation cues, document keywords and making verbs of cues.ttl. */
    public Cues cues() {
        return cues;
    }

    /** The keywords naming kinds of instrument and document. */
    public Keywords keywords() {
        return keywordIndex;
    }

    /** The ontology class of a curated entity (default base), or null. */
    public Resource curatedClass(String iri) {
        return classes.get(iri);
    }

    /** The concept scheme of a curated concept, or null. */
    public String scheme(String iri) {
        return schemes.get(iri);
    }

    /** Whether a curated entity is an international convention (whose articles are minted beside it). */
    public boolean convention(String iri) {
        return reference.contains(reference.getResource(iri), RDF.type, Plo.InternationalConvention);
    }

    /** The EU authority tables as recognition reduced them. */
    public Authority authority() {
        return authority;
    }
}
