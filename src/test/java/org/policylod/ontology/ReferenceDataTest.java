package org.policylod.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.policylod.rdf.Plo;

/** The curated reference data (ontology/reference/) is complete, unambiguous and links to what exists. */
class ReferenceDataTest {
    private static final String BASE = "https://w3id.org/policy-lod/";
    private static final Model REF = OntologyFiles.reference();
    private static final Model ONTOLOGY = OntologyFiles.ontology();
    private static final Resource EXPRESSION = REF.createResource("http://data.europa.eu/eli/ontology#Expression");

    @Test
    void everyEntryHasOneEnglishPrefLabelAndOnlyEnglishLabels() {
        List<String> bad = new ArrayList<>();
        for (Resource e : entries()) {
            List<Literal> pref = literals(e, SKOS.prefLabel);
            if (pref.size() != 1 || !pref.get(0).getLanguage().equals("en")) {
                bad.add(e.getURI() + " prefLabels " + pref);
            }
            literals(e, SKOS.altLabel).stream().filter(l -> !l.getLanguage().equals("en"))
                    .forEach(l -> bad.add(e.getURI() + " altLabel " + l));
        }
        assertEquals(List.of(), bad);
        assertTrue(entries().size() > 150, "entries: " + entries().size());
    }

    /** No label (preferred or alternative, ignoring case) names two entries: recognition stays unambiguous. */
    @Test
    void noTwoEntriesShareALabel() {
        Map<String, Set<String>> owners = new HashMap<>();
        for (Resource e : entries()) {
            for (Property p : List.of(SKOS.prefLabel, SKOS.altLabel)) {
                literals(e, p).forEach(l -> owners.computeIfAbsent(l.getString().toLowerCase(Locale.ROOT),
                        k -> new TreeSet<>()).add(e.getURI()));
            }
        }
        Map<String, Set<String>> shared = new HashMap<>();
        owners.forEach((label, who) -> {
            if (who.size() > 1) {
                shared.put(label, who);
            }
        });
        assertEquals(Map.of(), shared);
    }

    @Test
    void authorityLinksPointAtExistingEntries() {
        Model bodies = OntologyFiles.authority("corporatebodies.ttl");
        Model countries = OntologyFiles.authority("countries.ttl");
        List<String> missing = new ArrayList<>();
        check(Plo.authority, bodies, missing);
        check(Plo.hostCountry, countries, missing);
        check(REF.createProperty(Plo.NS + "country"), countries, missing);
        check(REF.createProperty("http://data.europa.eu/eli/ontology#work_type"), OntologyFiles.authority("resourcetypes.ttl"),
                missing);
        assertEquals(List.of(), missing);
        assertTrue(REF.contains(REF.getResource(BASE + "id/organisation/europol"), Plo.authority,
                REF.getResource("http://publications.europa.eu/resource/authority/corporate-body/EUROPOL")));
    }

    /** An entry linked to a deprecated authority entry is itself marked deprecated (EASO), and only then. */
    @Test
    void deprecationAgreesWithTheAuthorityTable() {
        Model bodies = OntologyFiles.authority("corporatebodies.ttl");
        Property deprecated = bodies.createProperty("http://publications.europa.eu/ontology/authority/deprecated");
        List<String> disagree = new ArrayList<>();
        REF.listStatements(null, Plo.authority, (RDFNode) null).forEachRemaining(s -> {
            boolean theirs = bodies.contains(s.getResource(), deprecated, "true");
            boolean ours = s.getSubject().hasLiteral(OWL2.deprecated, true);
            if (theirs != ours) {
                disagree.add(s.getSubject().getURI());
            }
        });
        assertEquals(List.of(), disagree);
        assertTrue(REF.getResource(BASE + "id/organisation/easo").hasLiteral(OWL2.deprecated, true));
    }

    @Test
    void traffickingInHumanBeingsAndMigrantSmugglingAreDistinctConcepts() {
        Resource thb = REF.getResource(BASE + "id/crime/trafficking-in-human-beings");
        Resource smuggling = REF.getResource(BASE + "id/crime/migrant-smuggling");
        Resource crimes = REF.getResource(BASE + "id/scheme/crime");
        assertTrue(thb.hasProperty(SKOS.inScheme, crimes) && smuggling.hasProperty(SKOS.inScheme, crimes));
        assertTrue(thb.hasProperty(OWL2.differentFrom, smuggling), "declared owl:differentFrom");
        for (Property p : List.of(SKOS.exactMatch, SKOS.closeMatch, SKOS.broader, SKOS.narrower, OWL2.sameAs)) {
            assertFalse(thb.hasProperty(p, smuggling) || smuggling.hasProperty(p, thb), p.getLocalName());
        }
        assertNotEquals(thb, smuggling);
        assertTrue(labels(thb).stream().noneMatch(l -> labels(smuggling).stream().anyMatch(l::equalsIgnoreCase)),
                "no label in common");
        assertTrue(labels(thb).containsAll(List.of("trafficking in human beings", "THB", "human trafficking")));
        assertTrue(labels(smuggling).containsAll(List.of("migrant smuggling", "smuggling of migrants")));
    }

    @Test
    void everyConceptIsInADeclaredScheme() {
        List<String> bad = new ArrayList<>();
        REF.listSubjectsWithProperty(RDF.type, SKOS.Concept).forEachRemaining(c -> {
            Resource scheme = c.getPropertyResourceValue(SKOS.inScheme);
            if (scheme == null || !REF.contains(scheme, RDF.type, SKOS.ConceptScheme)) {
                bad.add(c.getURI());
            }
        });
        assertEquals(List.of(), bad);
        Set<String> schemes = new TreeSet<>();
        REF.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).forEachRemaining(r -> schemes.add(r.getURI()));
        assertEquals(new TreeSet<>(List.of("access-status", "crime", "mission-status", "principle", "region",
                "support-option", "theme")).stream().map(n -> BASE + "id/scheme/" + n).toList(), List.copyOf(schemes));
    }

    /** MODEL.md: BASE id/mission/{slug of pref label}; every mission has a host country or a region, and a status. */
    @Test
    void missionsFollowTheMintingRuleAndArePlaced() {
        List<String> bad = new ArrayList<>();
        for (Resource m : subjectsOfType(Plo.CivilianMission, Plo.MilitaryOperation)) {
            String expected = BASE + "id/mission/" + slug(literals(m, SKOS.prefLabel).get(0).getString());
            if (!m.getURI().equals(expected)) {
                bad.add(m.getURI() + " should be " + expected);
            }
            if (!m.hasProperty(Plo.hostCountry) && !m.hasProperty(Plo.region)) {
                bad.add(m.getURI() + " has neither host country nor region");
            }
            if (!m.hasProperty(REF.createProperty(Plo.NS + "missionStatus"))) {
                bad.add(m.getURI() + " has no status");
            }
        }
        assertEquals(List.of(), bad);
        assertEquals(BASE + "id/mission/eunavfor-med-irini", REF.listSubjectsWithProperty(SKOS.altLabel,
                REF.createLiteral("Operation EUNAVFOR MED IRINI", "en")).next().getURI());
    }

    /** Every IRI under BASE that the data points to is described in it (documents that publish instruments aside). */
    @Test
    void internalLinksResolve() {
        Set<String> dangling = new TreeSet<>();
        REF.listStatements().forEachRemaining(s -> {
            if (s.getObject().isURIResource() && s.getResource().getURI().startsWith(BASE)
                    && !s.getResource().getURI().startsWith(Plo.NS)
                    && !s.getPredicate().equals(Plo.publishedIn) && !REF.contains(s.getResource(), RDF.type)) {
                dangling.add(s.getSubject().getURI() + " " + s.getPredicate().getLocalName() + " " + s.getResource());
            }
        });
        assertEquals(Set.of(), dangling);
    }

    /** Reference data uses only classes and properties the ontology declares (catches typos). */
    @Test
    void usesOnlyDeclaredTerms() {
        Set<String> undeclared = new TreeSet<>();
        REF.listStatements().forEachRemaining(s -> {
            if (!s.getPredicate().equals(RDF.type) && !declared(s.getPredicate())) {
                undeclared.add("property " + s.getPredicate());
            }
            if (s.getPredicate().equals(RDF.type) && !ONTOLOGY.contains(s.getResource(), RDF.type, OWL2.Class)) {
                undeclared.add("class " + s.getResource());
            }
        });
        undeclared.remove("property " + OWL2.differentFrom);
        undeclared.remove("property " + OWL2.deprecated);
        assertEquals(Set.of(), undeclared);
    }

    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static boolean declared(Property p) {
        return ONTOLOGY.contains(p, RDF.type, OWL2.ObjectProperty) || ONTOLOGY.contains(p, RDF.type, OWL2.DatatypeProperty)
                || ONTOLOGY.contains(p, RDF.type, OWL2.AnnotationProperty);
    }

    private static void check(Property p, Model table, List<String> missing) {
        REF.listStatements(null, p, (RDFNode) null).forEachRemaining(s -> {
            if (!table.contains(s.getResource(), RDF.type)) {
                missing.add(s.getSubject().getURI() + " " + p.getLocalName() + " " + s.getResource());
            }
        });
    }

    /** Every typed subject except the English expressions of treaties and conventions (they carry eli:title). */
    private static List<Resource> entries() {
        return REF.listSubjectsWithProperty(RDF.type).toList().stream()
                .filter(r -> !r.hasProperty(RDF.type, EXPRESSION)).toList();
    }

    private static List<Resource> subjectsOfType(Resource... types) {
        List<Resource> out = new ArrayList<>();
        for (Resource t : types) {
            out.addAll(REF.listSubjectsWithProperty(RDF.type, t).toList());
        }
        return out;
    }

    private static List<Literal> literals(Resource r, Property p) {
        return REF.listObjectsOfProperty(r, p).toList().stream().filter(RDFNode::isLiteral).map(RDFNode::asLiteral).toList();
    }

    private static List<String> labels(Resource r) {
        List<String> out = new ArrayList<>();
        for (Property p : List.of(SKOS.prefLabel, SKOS.altLabel)) {
            literals(r, p).forEach(l -> out.add(l.getString()));
        }
        return out;
    }
}
