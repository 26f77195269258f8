package org.policylod.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policylod.extract.Etl;
import org.policylod.rdf.DocumentGraph;
import org.policylod.rdf.Plo;
import org.policylod.source.SourceReader;
import org.semanticweb.HermiT.Configuration;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/** What the ETL makes of the seed document agrees with the ontology: declared terms, and consistent. */
class EtlOutputTest {
    private static final Path SEED = Path.of("corpus/000_420cf6d4ecb3b66e.txt");
    private static Model data;

    @BeforeAll
    static void transform() throws Exception {
        Etl etl = Etl.create("https://w3id.org/policy-lod/", Instant.parse("2026-01-01T00:00:00Z"));
        DocumentGraph graph = etl.transform(SourceReader.read(SEED));
        data = ModelFactory.createDefaultModel().add(graph.model()).add(etl.reference(List.of(graph.model())));
    }

    @Test
    void usesOnlyDeclaredTerms() {
        Model ontology = OntologyFiles.ontology();
        Set<String> undeclared = new TreeSet<>();
        data.listStatements().forEachRemaining(s -> {
            List<RDFNode> nodes = new ArrayList<>(List.of(s.getPredicate()));
            if (s.getPredicate().equals(RDF.type)) {
                nodes.add(s.getObject());
            }
            for (RDFNode n : nodes) {
                String iri = n.asResource().getURI();
                if (iri.startsWith(Plo.NS) && !ontology.contains(n.asResource(), RDF.type)) {
                    undeclared.add(iri);
                }
            }
        });
        assertEquals(Set.of(), undeclared);
        assertTrue(data.contains(null, RDF.type, Plo.Mention), "the seed yields mentions");
    }

    /**
     * Without the reification triples, the seed's graph with the ontology is OWL 2 DL but for its
     * xsd:date literals (ELI's choice; xsd:date is outside the OWL 2 datatype map) and the dates the
     * text gives at a coarser precision (xsd:gYear, xsd:gYearMonth, outside it too).
     */
    @Test
    void isOwl2DlButForItsDates() throws Exception {
        OWLOntology o = Owl.load(Owl.manager(), withoutReification());
        List<String> others = new OWL2DLProfile().checkOntology(o).getViolations().stream()
                .filter(v -> !v.toString().contains("xsd:date") && !v.toString().contains("xsd:gYear"))
                .map(Object::toString).toList();
        assertEquals(List.of(), others);
    }

    /**
     * The seed's graph with the ontology is consistent under HermiT. The assertions' rdf:subject,
     * rdf:predicate and rdf:object triples (RDF reification, outside OWL 2 DL) are left out.
     */
    @Test
    void isConsistentWithTheOntology() throws Exception {
        Model m = withoutReification();
        OWLOntology o = Owl.load(Owl.manager(), m);
        Configuration config = new Configuration();
        config.throwInconsistentOntologyException = false;
        config.ignoreUnsupportedDatatypes = true;
        OWLReasoner r = new ReasonerFactory().createReasoner(o, config);
        try {
            assertTrue(r.isConsistent(), "inconsistent");
        } finally {
            r.dispose();
        }
        assertTrue(m.contains(null, RDF.type, OWL2.Ontology));
    }

    private static Model withoutReification() {
        Model m = ModelFactory.createDefaultModel().add(OntologyFiles.ontology()).add(data);
        long before = m.size();
        for (var p : List.of(RDF.subject, RDF.predicate, RDF.object)) {
            m.removeAll(null, p, null);
        }
        assertTrue(m.size() < before, "the seed has assertions");
        return m;
    }
}
