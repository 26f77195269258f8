package org.policylod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.vocabulary.OWL;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.RDFS;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.junit.jupiter.api.Test;

/**
 * /ontology as the W3C recipes for publishing RDF vocabularies have it: the namespace document
 * negotiates HTML for browsers and each RDF syntax for RDF clients, read back here with RDF4J Rio.
 */
class OntologyNegotiationTest extends Served {
    static final String PLO = "https://w3id.org/policy-lod/ontology#";

    @Test
    void turtleHoldsTheClasses() throws Exception {
        HttpResponse<String> r = http.get("/ontology", "Accept", "text/turtle");
        assertEquals(200, r.statusCode());
        assertEquals("text/turtle", Http.type(r));
        assertEquals("/ontology.ttl", r.headers().firstValue("Content-Location").orElse(""));
        assertTrue(Http.vary(r).contains("Accept"), r.headers().toString());
        Model m = Http.rdf(r, RDFFormat.TURTLE);
        for (String c : new String[] {"CivilianMission", "CsdpMission", "EUAgency", "Mention", "Footnote"}) {
            assertTrue(m.contains(SiteTest.VF.createIRI(PLO + c), RDF.TYPE, OWL.CLASS), c);
        }
        assertTrue(m.contains(SiteTest.VF.createIRI(PLO + "CivilianMission"), RDFS.SUBCLASSOF,
                SiteTest.VF.createIRI(PLO + "CsdpMission")));
        assertTrue(r.body().contains("@prefix plo:") || r.body().contains("PREFIX plo:"), r.body());
    }

    @Test
    void everyRdfSyntaxGivesTheSameGraph() throws Exception {
        Model turtle = Http.rdf(http.get("/ontology", "Accept", "text/turtle"), RDFFormat.TURTLE);
        Map<String, RDFFormat> syntaxes = Map.of("application/rdf+xml", RDFFormat.RDFXML,
                "application/ld+json", RDFFormat.JSONLD, "application/n-triples", RDFFormat.NTRIPLES);
        for (Map.Entry<String, RDFFormat> e : syntaxes.entrySet()) {
            HttpResponse<String> r = http.get("/ontology", "Accept", e.getKey());
            assertEquals(200, r.statusCode(), e.getKey());
            assertEquals(e.getKey(), Http.type(r));
            assertEquals(turtle, Http.rdf(r, e.getValue()), e.getKey());
        }
        HttpResponse<String> bySuffix = http.get("/ontology.nt", "Accept", "text/html");
        assertEquals("application/n-triples", Http.type(bySuffix));
        assertEquals(turtle, Http.rdf(bySuffix, RDFFormat.NTRIPLES));
    }

    @Test
    void browsersGetTheDocumentationAndUnknownSyntaxes406() throws Exception {
        HttpResponse<String> page = http.get("/ontology",
                "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals("text/html", Http.type(page));
        assertTrue(page.body().contains("<section class=\"term\" id=\"Mention\">"));
        assertEquals(406, http.get("/ontology", "Accept", "image/png").statusCode());
        String tag = http.get("/ontology", "Accept", "text/turtle").headers().firstValue("ETag").orElseThrow();
        assertEquals(304, http.get("/ontology", "Accept", "text/turtle", "If-None-Match", tag).statusCode());
    }
}
