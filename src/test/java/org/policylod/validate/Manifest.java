package org.policylod.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.update.UpdateAction;
import org.apache.jena.vocabulary.RDFS;

/**
 * src/test/resources/shacl/manifest.ttl: W3C-style negative tests (mf:entries of sht:Validate), each
 * a conforming data graph plus one SPARQL Update that breaks it, and the shape expected to object.
 */
final class Manifest {
    static final String FILE = "manifest.ttl";
    static final String BASE = "https://w3id.org/policy-lod/test/shacl/";
    static final String MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    static final String SHT = "http://www.w3.org/ns/shacl-test#";
    static final String PLOT = "https://w3id.org/policy-lod/shapes-test#";

    /** One negative test: the broken data and the one shape whose results it must produce. */
    record Case(String name, String label, Graph data, boolean conforms, Node shape, Node severity, int count) {
        @Override
        public String toString() {
            return name + " (" + label + ")";
        }
    }

    private Manifest() {
    }

    static List<Case> cases() {
        Model m = ModelFactory.createDefaultModel();
        m.add(ModelFactory.createModelForGraph(Examples.read(FILE, BASE + FILE)));
        StringBuilder prefixes = new StringBuilder();
        for (Map.Entry<String, String> p : m.getNsPrefixMap().entrySet()) {
            prefixes.append("PREFIX ").append(p.getKey()).append(": <").append(p.getValue()).append(">\n");
        }
        Resource manifest = m.getResource(BASE + FILE);
        List<Case> cases = new ArrayList<>();
        for (RDFNode n : manifest.getPropertyResourceValue(m.createProperty(MF, "entries")).as(RDFList.class).asJavaList()) {
            Resource entry = n.asResource();
            Resource action = entry.getPropertyResourceValue(m.createProperty(MF, "action"));
            Resource result = entry.getPropertyResourceValue(m.createProperty(MF, "result"));
            Resource expected = result.getPropertyResourceValue(m.createProperty(SHACL.result.getURI()));
            String dataFile = action.getPropertyResourceValue(m.createProperty(SHT, "dataGraph")).getURI().substring(BASE.length());
            String update = action.getProperty(m.createProperty(PLOT, "update")).getString();
            Graph data = Examples.read(dataFile);
            UpdateAction.parseExecute(prefixes + update, data);
            cases.add(new Case(entry.getURI().substring(entry.getURI().indexOf('#') + 1),
                    entry.getProperty(RDFS.label).getString(),
                    data,
                    result.getProperty(m.createProperty(SHACL.conforms.getURI())).getBoolean(),
                    expected.getPropertyResourceValue(m.createProperty(SHACL.sourceShape.getURI())).asNode(),
                    expected.getPropertyResourceValue(m.createProperty(SHACL.resultSeverity.getURI())).asNode(),
                    result.getProperty(m.createProperty(PLOT, "resultCount")).getInt()));
        }
        return cases;
    }
}
