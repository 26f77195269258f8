package org.policylod.extract.knowledge;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.policylod.extract.model.EntityKind;
import org.policylod.rdf.Plo;

/** The class tree of the ontology and the curated reference data, and the kind of entity a curated resource is. */
final class Hierarchy {
    private final Model ontology;
    private final Model reference;

    Hierarchy(Model ontology, Model reference) {
        this.ontology = ontology;
        this.reference = reference;
    }

    /** The kind of a curated entity, from its classes and their super-classes in the ontology. */
    EntityKind kind(Resource r) {
        Set<Resource> classes = new HashSet<>();
        r.listProperties(RDF.type).forEachRemaining(s -> {
            if (s.getObject().isResource()) {
                closure(s.getResource(), classes);
            }
        });
        if (classes.contains(Plo.PolicyInstrument)) {
            return EntityKind.INSTRUMENT;
        }
        if (classes.contains(Plo.CsdpMission)) {
            return EntityKind.MISSION;
        }
        if (classes.contains(ORG.Organization) || classes.contains(ORG.OrganizationalUnit)) {
            return EntityKind.ORGANISATION;
        }
        for (Resource c : classes) {
            if (c.getURI() != null && (c.getURI().startsWith(org.policylod.rdf.Vocab.ELI) || c.equals(Plo.Treaty)
                    || c.equals(Plo.InternationalConvention) || c.equals(Plo.TreatyArticle) || c.equals(Plo.ConventionArticle))) {
                return EntityKind.DOCUMENT;
            }
        }
        if (classes.contains(SKOS.Concept) || r.hasProperty(SKOS.inScheme)) {
            Resource scheme = r.getPropertyResourceValue(SKOS.inScheme);
            return scheme != null && scheme.getURI() != null && scheme.getURI().endsWith("/region")
                    ? EntityKind.REGION : EntityKind.CONCEPT;
        }
        return null;
    }

    void closure(Resource c, Set<Resource> seen) {
        if (!seen.add(c)) {
            return;
        }
        for (Model m : List.of(ontology, reference)) {
            m.listStatements(c, RDFS.subClassOf, (RDFNode) null).forEachRemaining(s -> {
                if (s.getObject().isResource()) {
                    closure(s.getResource(), seen);
                }
            });
        }
    }
}
