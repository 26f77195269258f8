package org.policylod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;

class SparqlEndpointTest extends Served {
    static final String SELECT = "SELECT ?label WHERE { <" + Fixture.AGENCY + "> <http://www.w3.org/2004/02/skos/core#prefLabel> ?label }";
    static final String CONSTRUCT = "CONSTRUCT { ?s <http://example.org/label> ?l } WHERE { <" + Fixture.MISSION
            + "> <http://www.w3.org/2004/02/skos/core#prefLabel> ?l BIND(<" + Fixture.MISSION + "> AS ?s) }";

    @Test
    void selectAsJson() throws Exception {
        HttpResponse<String> r = http.query(SELECT, "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertEquals("application/sparql-results+json", Http.type(r));
        assertTrue(r.body().contains("\"value\": \"Europol\"") || r.body().contains("\"value\":\"Europol\""), r.body());
    }

    @Test
    void selectAsXml() throws Exception {
        HttpResponse<String> r = http.query(SELECT, "application/sparql-results+xml");
        assertEquals(200, r.statusCode());
        assertEquals("application/sparql-results+xml", Http.type(r));
        assertTrue(r.body().contains("<literal xml:lang=\"en\">Europol</literal>"), r.body());
    }

    @Test
    void selectAsCsvAndTsv() throws Exception {
        HttpResponse<String> csv = http.query(SELECT, "text/csv");
        assertEquals("text/csv", Http.type(csv));
        assertEquals("label\r\nEuropol\r\n", csv.body());
        HttpResponse<String> tsv = http.query(SELECT, "text/tab-separated-values");
        assertEquals("text/tab-separated-values", Http.type(tsv));
        assertEquals("?label\n\"Europol\"@en\n", tsv.body());
    }

    @Test
    void constructInEveryRdfSyntax() throws Exception {
        var expected = SimpleValueFactory.getInstance();
        for (RDFFormat f : List.of(RDFFormat.TURTLE, RDFFormat.NTRIPLES, RDFFormat.RDFXML, RDFFormat.JSONLD)) {
            HttpResponse<String> r = http.query(CONSTRUCT, f.getDefaultMIMEType());
            assertEquals(200, r.statusCode(), f.getName());
            assertEquals(f.getDefaultMIMEType(), Http.type(r), f.getName());
            Model m = Http.rdf(r, f);
            assertEquals(1, m.size(), f.getName());
            assertTrue(m.contains(expected.createIRI(Fixture.MISSION), expected.createIRI("http://example.org/label"),
                    expected.createLiteral("EUCAP Sahel Niger", "en")), f.getName());
        }
    }

    @Test
    void headAnswersWithTheHeadersOfGet() throws Exception {
        String path = "/sparql?query=" + Http.enc(SELECT + " # head");
        HttpResponse<String> head = http.send("HEAD", path, null, "", "Accept", "text/csv");
        HttpResponse<String> get = http.get(path, "Accept", "text/csv");
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals("label\r\nEuropol\r\n", get.body());
        for (String h : List.of("Content-Type", "Content-Length", "ETag", "Cache-Control")) {
            assertEquals(get.headers().firstValue(h), head.headers().firstValue(h), h);
        }
    }

    @Test
    void postFormAndPostQuery() throws Exception {
        HttpResponse<String> form = http.send("POST", "/sparql", "application/x-www-form-urlencoded",
                "query=" + Http.enc(SELECT), "Accept", "text/csv");
        assertEquals(200, form.statusCode());
        assertEquals("label\r\nEuropol\r\n", form.body());
        HttpResponse<String> direct = http.send("POST", "/sparql", "application/sparql-query", SELECT, "Accept", "text/csv");
        assertEquals(200, direct.statusCode());
        assertEquals("label\r\nEuropol\r\n", direct.body());
    }

    @Test
    void defaultGraphIsTheUnionOfTheNamedGraphs() throws Exception {
        HttpResponse<String> r = http.query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "text/csv");
        int quads = Rio.parse(new StringReader(Fixture.TRIG), "", RDFFormat.TRIG).size();
        assertEquals("n\r\n" + quads + "\r\n", r.body());
    }

    @Test
    void serviceDescriptionOnGetWithoutQuery() throws Exception {
        HttpResponse<String> r = http.get("/sparql", "Accept", "text/turtle");
        assertEquals(200, r.statusCode());
        Model m = Http.rdf(r, RDFFormat.TURTLE);
        var vf = SimpleValueFactory.getInstance();
        String sd = ServiceDescription.SD;
        var endpoint = vf.createIRI(http.at("/sparql").toString());
        assertTrue(m.contains(endpoint, vf.createIRI(sd, "endpoint"), endpoint));
        assertTrue(m.contains(endpoint, vf.createIRI(sd, "feature"), vf.createIRI(sd, "UnionDefaultGraph")));
        assertEquals(3, m.filter(null, vf.createIRI(sd, "name"), null).size());
        HttpResponse<String> html = http.get("/sparql", "Accept", "text/html");
        assertTrue(html.body().contains("<form method=\"get\" action=\"/sparql\">"), html.body());
    }

    @Test
    void graphStoreProtocolReads() throws Exception {
        HttpResponse<String> r = http.get("/sparql?graph=" + Http.enc(Fixture.BASE + "graph/reference"),
                "Accept", "application/n-triples");
        assertEquals(200, r.statusCode());
        assertEquals(6, Http.rdf(r, RDFFormat.NTRIPLES).size());
    }

    @Test
    void updatesAndWritesAreRefused() throws Exception {
        String insert = "INSERT DATA { <http://x/s> <http://x/p> <http://x/o> }";
        assertEquals(400, http.send("POST", "/sparql", "application/x-www-form-urlencoded",
                "update=" + Http.enc(insert)).statusCode());
        assertEquals(400, http.send("POST", "/sparql", "application/sparql-update", insert).statusCode());
        String g = "/sparql?graph=" + Http.enc(Fixture.BASE + "graph/reference");
        String triple = "<http://x/s> <http://x/p> <http://x/o> .";
        for (String method : List.of("PUT", "POST")) {
            int status = http.send(method, g, "application/n-triples", triple).statusCode();
            assertEquals(405, status, method);
        }
        assertEquals(405, http.send("DELETE", g, null, "").statusCode());
        for (String path : List.of("/", "/sparql", "/doc/id/organisation/europol.ttl", "/dumps/SHA256SUMS")) {
            for (String method : List.of("TRACE", "PATCH", "PUT", "DELETE")) {
                boolean trace = method.equals("TRACE");
                HttpResponse<String> r = http.send(method, path, trace ? null : "text/plain", trace ? "" : "x");
                assertEquals(405, r.statusCode(), method + " " + path);
                assertEquals("GET, HEAD, POST, OPTIONS", r.headers().firstValue("Allow").orElse(""));
            }
        }
        for (String admin : List.of("/$/server", "/$/datasets", "/$/stats", "/$/compact/sparql")) {
            assertEquals(404, http.get(admin).statusCode(), admin);
        }
        HttpResponse<String> after = http.query("ASK { <http://x/s> ?p ?o }", "text/csv");
        assertEquals("_askResult\r\nfalse\r\n", after.body());
    }

    @Test
    void corsOnReads() throws Exception {
        HttpResponse<String> r = http.get("/sparql?query=" + Http.enc(SELECT), "Origin", "https://example.org");
        assertEquals("https://example.org", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(r.headers().firstValue("Access-Control-Expose-Headers").orElse("").contains("ETag"));
        HttpResponse<String> page = http.get("/doc/id/organisation/europol.ttl", "Origin", "https://example.org");
        assertEquals("https://example.org", page.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        HttpResponse<String> preflight = http.send("OPTIONS", "/sparql", null, "", "Origin", "https://example.org",
                "Access-Control-Request-Method", "PUT");
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").isEmpty(), preflight.headers().toString());
        HttpResponse<String> get = http.send("OPTIONS", "/sparql", null, "", "Origin", "https://example.org",
                "Access-Control-Request-Method", "POST");
        assertEquals("GET,HEAD,POST,OPTIONS", get.headers().firstValue("Access-Control-Allow-Methods").orElse(""));
    }

    @Test
    void resultsCarryReleaseValidatorsAndRevalidateTo304() throws Exception {
        HttpResponse<String> r = http.query(SELECT, "text/csv");
        String etag = r.headers().firstValue("ETag").orElseThrow();
        assertEquals("\"" + Fixture.VERSION + "-csv\"", etag);
        assertEquals("public, max-age=600", r.headers().firstValue("Cache-Control").orElseThrow());
        assertTrue(r.headers().firstValue("Pragma").isEmpty());
        assertEquals(String.valueOf(r.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length),
                r.headers().firstValue("Content-Length").orElseThrow());
        HttpResponse<String> again = http.get("/sparql?query=" + Http.enc(SELECT), "Accept", "text/csv",
                "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        HttpResponse<String> old = http.get("/sparql?query=" + Http.enc(SELECT), "Accept", "text/csv",
                "If-None-Match", "\"older-release-csv\"");
        assertEquals(200, old.statusCode());
    }

    @Test
    void jettyOutputBufferIsSmall() {
        Set<Integer> sizes = new TreeSet<>();
        for (Connector c : server.fuseki().getJettyServer().getConnectors()) {
            sizes.add(c.getConnectionFactory(HttpConnectionFactory.class).getHttpConfiguration().getOutputBufferSize());
        }
        assertEquals(Set.of(32 * 1024), sizes);
        assertEquals(32 * 1024, OutputBuffer.SIZE);
    }

    @Test
    void badQueriesAre400() throws Exception {
        HttpResponse<String> r = http.query("SELECT * WHERE {", "text/csv");
        assertEquals(400, r.statusCode());
        assertFalse(r.body().isEmpty());
    }
}
