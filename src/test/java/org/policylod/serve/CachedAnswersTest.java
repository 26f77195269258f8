package org.policylod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylod.Bundle;
import org.policylod.publish.Publication;

/**
 * The result cache over HTTP: two real servers on the same publication, one without a cache; every
 * query of queries/ in every result format, by GET, POST form and POST query, gets the same status,
 * headers and bytes from both, the second time from the cache.
 */
class CachedAnswersTest {
    private static final List<String> SELECT_FORMATS = List.of("application/sparql-results+json",
            "application/sparql-results+xml", "text/csv", "text/tab-separated-values");
    private static final List<String> GRAPH_FORMATS = List.of("text/turtle", "application/n-triples",
            "application/ld+json", "application/rdf+xml");
    private static final String CONSTRUCT = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }";
    /** Headers that differ between any two answers, cached or not. */
    private static final List<String> PER_RESPONSE = List.of("date", "fuseki-request-id");

    @TempDir
    static Path plain;
    @TempDir
    static Path cached;
    static PublicServer without;
    static PublicServer with;
    static Http uncachedHttp;
    static Http cachedHttp;

    @BeforeAll
    static void start() throws Exception {
        Fixture.write(plain);
        Fixture.write(cached);
        without = PublicServer.start(Snapshot.of(Publication.at(plain).current().orElseThrow()), "127.0.0.1", 0,
                Settings.DEFAULT.withCacheBytes(0));
        with = PublicServer.start(Snapshot.of(Publication.at(cached).current().orElseThrow()), "127.0.0.1", 0);
        uncachedHttp = new Http(without.url());
        cachedHttp = new Http(with.url());
    }

    @AfterAll
    static void stop() {
        for (PublicServer s : new PublicServer[] {without, with}) {
            if (s != null) {
                s.close();
            }
        }
    }

    private record Ask(String method, String contentType, String body, String accept, String path) {
        HttpResponse<String> to(Http http) throws Exception {
            return method.equals("GET") ? http.get(path, "Accept", accept)
                    : http.send("POST", path, contentType, body, "Accept", accept);
        }
    }

    private static List<Ask> asks(String query, List<String> formats) {
        List<Ask> asks = new ArrayList<>();
        for (String accept : formats) {
            asks.add(new Ask("GET", null, null, accept, "/sparql?query=" + Http.enc(query)));
            asks.add(new Ask("POST", "application/x-www-form-urlencoded", "query=" + Http.enc(query), accept, "/sparql"));
            asks.add(new Ask("POST", "application/sparql-query", query, accept, "/sparql"));
        }
        return asks;
    }

    private static Map<String, String> headers(HttpResponse<String> r) {
        Map<String, String> h = new TreeMap<>();
        r.headers().map().forEach((k, v) -> {
            if (!PER_RESPONSE.contains(k.toLowerCase(java.util.Locale.ROOT))) {
                h.put(k.toLowerCase(java.util.Locale.ROOT), String.join(",", v));
            }
        });
        return h;
    }

    private static void same(Ask ask) throws Exception {
        HttpResponse<String> expected = ask.to(uncachedHttp);
        assertEquals(200, expected.statusCode(), ask + ": " + expected.body());
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> got = ask.to(cachedHttp);
            assertEquals(expected.statusCode(), got.statusCode(), ask.toString());
            assertEquals(expected.body(), got.body(), ask.toString());
            assertEquals(headers(expected), headers(got), ask.toString());
        }
    }

    @Test
    void everyQueryOfQueriesIsAnsweredByteForByteTheSameWithAndWithoutTheCache() throws Exception {
        List<String> files = Bundle.list("queries", ".rq");
        assertEquals(11, files.size());
        long hits = with.cache().hits();
        int asked = 0;
        for (String file : files) {
            for (Ask ask : asks(Bundle.read(file), SELECT_FORMATS)) {
                same(ask);
                asked++;
            }
        }
        assertEquals(asked, with.cache().hits() - hits, "each second request is a hit");
    }

    @Test
    void graphResultsToo() throws Exception {
        long hits = with.cache().hits();
        List<Ask> asks = asks(CONSTRUCT, GRAPH_FORMATS);
        for (Ask ask : asks) {
            same(ask);
        }
        assertEquals(asks.size(), with.cache().hits() - hits);
    }

    @Test
    void graphStoreReadsToo() throws Exception {
        long hits = with.cache().hits();
        same(new Ask("GET", null, null, "text/turtle", "/sparql?graph=" + Http.enc(Fixture.BASE + "graph/reference")));
        assertEquals(1, with.cache().hits() - hits);
    }

    @Test
    void aQueryWithRandomOrClockValuesIsEvaluatedEachTime() throws Exception {
        String q = "SELECT (STRUUID() AS ?u) WHERE {}";
        long hits = with.cache().hits();
        HttpResponse<String> a = cachedHttp.query(q, "text/csv");
        HttpResponse<String> b = cachedHttp.query(q, "text/csv");
        assertEquals(200, a.statusCode());
        assertTrue(!a.body().equals(b.body()), "two evaluations, two UUIDs");
        assertEquals(hits, with.cache().hits());
    }

    @Test
    void errorsAreNotKept() throws Exception {
        int size = with.cache().size();
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> r = cachedHttp.query("SELECT * WHERE { ?s ?p", "text/csv");
            assertEquals(400, r.statusCode());
        }
        assertEquals(size, with.cache().size());
    }

    @Test
    void theCacheSaysNothingToCorsOrRevalidation() throws Exception {
        String path = "/sparql?query=" + Http.enc("SELECT ?s WHERE { ?s a ?t } ORDER BY ?s");
        cachedHttp.get(path, "Accept", "text/csv");
        HttpResponse<String> a = cachedHttp.get(path, "Accept", "text/csv", "Origin", "https://a.example");
        HttpResponse<String> b = cachedHttp.get(path, "Accept", "text/csv", "Origin", "https://b.example");
        assertEquals("https://a.example", a.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertEquals("https://b.example", b.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        String etag = a.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> c = cachedHttp.get(path, "Accept", "text/csv", "If-None-Match", etag);
        assertEquals(304, c.statusCode());
    }
}
