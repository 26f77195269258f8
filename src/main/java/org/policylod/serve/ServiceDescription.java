package org.policylod.serve;

import java.util.Iterator;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/** The SPARQL 1.1 Service Description of the endpoint (https://www.w3.org/TR/sparql11-service-description/). */
final class ServiceDescription {
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";
    private static final String[] RESULT_FORMATS = {"SPARQL_Results_JSON", "SPARQL_Results_XML",
        "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle", "N-Triples", "RDF_XML", "JSON-LD"};

    private ServiceDescription() {
    }

    static Model describe(Site site, String endpoint) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD);
        m.setNsPrefix("dcterms", DCTerms.NS);
        Resource service = m.createResource(endpoint);
        service.addProperty(RDF.type, m.createResource(SD + "Service"))
                .addProperty(m.createProperty(SD, "endpoint"), service)
                .addProperty(m.createProperty(SD, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"))
                .addProperty(m.createProperty(SD, "feature"), m.createResource(SD + "UnionDefaultGraph"))
                .addProperty(DCTerms.title, "policy-lod SPARQL endpoint (read-only), release "
                        + site.snapshot().version());
        for (String f : RESULT_FORMATS) {
            service.addProperty(m.createProperty(SD, "resultFormat"), m.createResource(FORMATS + f));
        }
        Resource dataset = m.createResource().addProperty(RDF.type, m.createResource(SD + "Dataset"));
        service.addProperty(m.createProperty(SD, "defaultDataset"), dataset);
        dataset.addProperty(m.createProperty(SD, "defaultGraph"),
                m.createResource().addProperty(RDF.type, m.createResource(SD + "Graph")));
        Txn.executeRead(site.dataset(), () -> {
            for (Iterator<Node> it = site.dataset().listGraphNodes(); it.hasNext(); ) {
                Node g = it.next();
                Resource named = m.createResource().addProperty(RDF.type, m.createResource(SD + "NamedGraph"))
                        .addProperty(m.createProperty(SD, "name"), m.createResource(g.getURI()));
                dataset.addProperty(m.createProperty(SD, "namedGraph"), named);
            }
        });
        return m;
    }
}
