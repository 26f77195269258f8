package org.policylod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.junit.jupiter.api.Test;

class SiteTest extends Served {
    static final ValueFactory VF = SimpleValueFactory.getInstance();

    @Test
    void dumpsAreListedAndServedWithTypeLengthAndValidators() throws Exception {
        String list = http.get("/dumps/").body();
        for (String f : List.of("policy-lod.nq", "csv/documents.csv", "SHA256SUMS")) {
            assertTrue(list.contains("<a href=\"/dumps/" + f + "\">" + f + "</a>"), list);
        }
        HttpResponse<String> nq = http.get("/dumps/policy-lod.nq");
        assertEquals(200, nq.statusCode());
        assertEquals("application/n-quads", Http.type(nq));
        long size = Files.size(release.resolve("dumps/policy-lod.nq"));
        assertEquals(String.valueOf(size), nq.headers().firstValue("Content-Length").orElseThrow());
        assertEquals(Files.readString(release.resolve("dumps/policy-lod.nq")), nq.body());
        String etag = nq.headers().firstValue("ETag").orElseThrow();
        assertEquals("\"" + Fixture.VERSION + "-dump-policy-lod.nq\"", etag);
        assertTrue(nq.headers().firstValue("Last-Modified").isPresent());
        assertEquals(304, http.get("/dumps/policy-lod.nq", "If-None-Match", etag).statusCode());
        assertEquals(304, http.get("/dumps/policy-lod.nq", "If-Modified-Since",
                nq.headers().firstValue("Last-Modified").orElseThrow()).statusCode());
        assertEquals("text/csv", Http.type(http.get("/dumps/csv/documents.csv")));
        assertEquals(301, http.get("/dumps").statusCode());
    }

    @Test
    void pathsOutOfTheDumpsFolderAre404() throws Exception {
        Files.createSymbolicLink(release.resolve("dumps/link.txt"), dir.resolve("secret.txt"));
        assertEquals(404, http.get("/dumps/link.txt").statusCode());
        for (String p : List.of("/dumps/../release.properties", "/dumps/csv/../../release.properties",
                "/dumps/.hidden", "/dumps/csv", "/dumps/nothing.nt")) {
            assertEquals(404, http.get(p).statusCode(), p);
        }
        // Jetty refuses paths climbing above the root, empty segments and ambiguous encodings
        // (encoded dots, slash, backslash) with 400 before any servlet sees them.
        for (String p : List.of("/dumps/../../secret.txt", "/dumps//etc/passwd", "/dumps/..%2Frelease.properties",
                "/dumps/..%2F..%2Fsecret.txt",
                "/dumps/..%5C..%5Csecret.txt", "/dumps/%2e%2e/release.properties", "/dumps/csv/%2e%2e/%2e%2e/secret.txt")) {
            assertEquals(400, http.get(p).statusCode(), p);
        }
    }

    @Test
    void voidDeclaresUriSpaceAndEndpoint() throws Exception {
        HttpResponse<String> r = http.get("/.well-known/void", "Accept", "text/turtle");
        assertEquals(200, r.statusCode());
        Model m = Http.rdf(r, RDFFormat.TURTLE);
        String v = VoidServlet.VOID;
        var dataset = VF.createIRI(Fixture.BASE + ".well-known/void#dataset");
        assertTrue(m.contains(dataset, VF.createIRI(v, "uriSpace"), VF.createLiteral(Fixture.BASE)));
        assertTrue(m.contains(dataset, VF.createIRI(v, "sparqlEndpoint"), VF.createIRI(http.at("/sparql").toString())));
    }

    @Test
    void homePageCountsAndLinks() throws Exception {
        String home = http.get("/").body();
        assertTrue(home.contains("<tr><th>Named graphs</th><td>3</td></tr>"), home);
        assertTrue(home.contains("CSDP mission or operation</a></th><td>1</td></tr>"), home);
        assertTrue(home.contains("<tr><th>Work</th><td>2</td></tr>"), home);
        for (String link : List.of("/sparql", "/dumps/", "/ontology", "/.well-known/void")) {
            assertTrue(home.contains("href=\"" + link + "\""), link);
        }
    }

    @Test
    void ontologyPageAnchorsItsTerms() throws Exception {
        String page = http.get("/ontology").body();
        assertTrue(page.contains("<section class=\"term\" id=\"Mention\">"), page);
        assertTrue(page.contains("A passage of text naming an entity."), page);
        assertTrue(page.contains("<section class=\"term\" id=\"refersTo\">"), page);
    }
}
