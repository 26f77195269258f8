package org.policylod.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.policylod.rdf.Plo;
import org.semanticweb.HermiT.Configuration;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * The ontology is OWL 2 DL and, alone, with all reference data, and with the local copies of the
 * vocabularies it reuses, consistent with no unsatisfiable class under HermiT.
 */
class OwlReasoningTest {

    @Test
    void ontologyIsOwl2Dl() throws OWLOntologyCreationException {
        assertEquals(List.of(), dlViolations(OntologyFiles.ontology()), "OWL 2 DL profile violations");
    }

    @Test
    void ontologyWithReferenceDataIsOwl2Dl() throws OWLOntologyCreationException {
        assertEquals(List.of(), dlViolations(withReference()), "OWL 2 DL profile violations");
    }

    @Test
    void ontologyIsConsistentWithoutUnsatisfiableClasses() throws OWLOntologyCreationException {
        assertEquals(List.of(), problems(Owl.load(Owl.manager(), OntologyFiles.ontology()), false));
    }

    @Test
    void ontologyWithReferenceDataIsConsistent() throws OWLOntologyCreationException {
        assertEquals(List.of(), problems(Owl.load(Owl.manager(), withReference()), false));
    }

    /** Our axioms together with the axioms of the local copies of ORG, PROV-O, OA and ELI. */
    @Test
    void ontologyWithImportedVocabulariesAndReferenceDataIsConsistent() throws OWLOntologyCreationException {
        Model m = withReference();
        Resource header = m.createResource("urn:policy-lod:test-with-imports").addProperty(RDF.type, OWL2.Ontology);
        for (String iri : List.of("http://www.w3.org/ns/org", "http://www.w3.org/ns/prov-o",
                "http://www.w3.org/ns/oa", "http://data.europa.eu/eli/ontology",
                "https://w3id.org/policy-lod/ontology/imports/eli-work-expression")) {
            header.addProperty(OWL2.imports, m.createResource(iri));
        }
        OWLOntology o = Owl.load(Owl.manager(), m);
        assertEquals(7, o.importsClosure().count(), "ontology, five imported vocabularies, SKOS (imported by ELI)");
        // ELI gives eli:date_document the range xsd:date, which is outside the OWL 2 datatype map.
        assertEquals(List.of(), problems(o, true));
    }

    /** The checks above can fail: a mission both civilian and military contradicts the ontology. */
    @Test
    void reasonerFindsAMissionBothCivilianAndMilitaryInconsistent() throws OWLOntologyCreationException {
        Model m = withReference();
        m.getResource("https://w3id.org/policy-lod/id/mission/eucap-sahel-niger")
                .addProperty(RDF.type, Plo.MilitaryOperation);
        assertEquals(List.of("inconsistent"), problems(Owl.load(Owl.manager(), m), false));
    }

    @Test
    void reasonerFindsAClassBelowTwoDisjointClassesUnsatisfiable() throws OWLOntologyCreationException {
        Model m = OntologyFiles.ontology();
        Resource hybrid = m.createResource(Plo.NS + "HybridMission").addProperty(RDF.type, OWL2.Class)
                .addProperty(RDFS.subClassOf, Plo.CivilianMission).addProperty(RDFS.subClassOf, Plo.MilitaryOperation);
        assertEquals(List.of("unsatisfiable " + hybrid.getURI()), problems(Owl.load(Owl.manager(), m), false));
    }

    @Test
    void profileCheckFindsAPropertyUsedAsBothObjectAndDataProperty() throws OWLOntologyCreationException {
        Model m = OntologyFiles.ontology();
        m.add(Plo.text, RDF.type, OWL2.ObjectProperty);
        assertTrue(dlViolations(m).stream().anyMatch(v -> v.contains(Plo.text.getURI())), "violation naming plo:text");
    }

    private static Model withReference() {
        return ModelFactory.createDefaultModel().add(OntologyFiles.ontology()).add(OntologyFiles.reference());
    }

    private static List<String> dlViolations(Model model) throws OWLOntologyCreationException {
        return new OWL2DLProfile().checkOntology(Owl.load(Owl.manager(), model)).getViolations().stream()
                .map(OWLProfileViolation::toString).toList();
    }

    /** "inconsistent", or the unsatisfiable named classes; empty when the ontology is sound. */
    private static List<String> problems(OWLOntology o, boolean ignoreUnsupportedDatatypes) {
        Configuration config = new Configuration();
        config.throwInconsistentOntologyException = false;
        config.ignoreUnsupportedDatatypes = ignoreUnsupportedDatatypes;
        OWLReasoner r = new ReasonerFactory().createReasoner(o, config);
        try {
            if (!r.isConsistent()) {
                return List.of("inconsistent");
            }
            // The classes this ontology's own axioms mention (ours and the reused ones), not the
            // imported vocabularies' whole signature: asking each is faster than classifying PROV-O.
            List<String> unsatisfiable = new ArrayList<>();
            o.classesInSignature().filter(c -> !c.isOWLNothing() && !r.isSatisfiable(c))
                    .forEach(c -> unsatisfiable.add("unsatisfiable " + c.toStringID()));
            unsatisfiable.sort(null);
            return unsatisfiable;
        } finally {
            r.dispose();
        }
    }
}
