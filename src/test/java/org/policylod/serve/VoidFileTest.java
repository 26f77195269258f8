package org.policylod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A publication's own dumps/void.ttl is served, completed with the uri space and this endpoint. */
class VoidFileTest {
    @TempDir
    Path dir;

    @Test
    void thePublishedDescriptionIsKeptAndCompleted() throws Exception {
        Files.createDirectories(dir.resolve("dumps"));
        Files.writeString(dir.resolve("dumps/void.ttl"), """
                PREFIX void: <http://rdfs.org/ns/void#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                <https://example.org/pl/void#ds> a void:Dataset ; dcterms:title "From the publisher" ;
                    void:sparqlEndpoint <https://example.org/pl/sparql> .
                <https://example.org/pl/void#eli> a void:Dataset ; void:uriSpace "http://data.europa.eu/eli/" .
                """);
        Site site = new Site(new Snapshot("v9", "https://example.org/pl/", Instant.EPOCH, dir, true));
        Model m = new VoidServlet(site).describe("http://127.0.0.1:8080");
        Resource ds = m.getResource("https://example.org/pl/void#ds");
        assertEquals("From the publisher", ds.getProperty(DCTerms.title).getString());
        assertEquals("https://example.org/pl/", ds.getProperty(m.createProperty(VoidServlet.VOID, "uriSpace")).getString());
        var endpoints = m.listObjectsOfProperty(ds, m.createProperty(VoidServlet.VOID, "sparqlEndpoint")).toList();
        assertEquals(2, endpoints.size());
        assertTrue(endpoints.contains(m.createResource("http://127.0.0.1:8080/sparql")));
        Resource eli = m.getResource("https://example.org/pl/void#eli");
        assertEquals(2, m.listStatements(eli, null, (org.apache.jena.rdf.model.RDFNode) null).toList().size());
        assertEquals(7, m.size());
    }
}
