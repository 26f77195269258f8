package org.policylod.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** The operator's side of the real server: health, metrics, gzip, byte ranges and cache headers. */
class OperatorTest extends Served {
    static final String SELECT = "SELECT ?s ?p ?o { ?s ?p ?o } ORDER BY ?s ?p ?o";

    static HttpResponse<byte[]> bytes(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(http.at(path)).timeout(Duration.ofSeconds(60)).GET();
        if (headers.length > 0) {
            b.headers(headers);
        }
        return Http.CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static byte[] gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }

    @Test
    void pingAnswersWhileServing() throws Exception {
        HttpResponse<String> r = http.get("/$/ping");
        assertEquals(200, r.statusCode());
        assertFalse(r.body().isBlank());
    }

    /** Requests, latency, the result cache and the release, in Prometheus text, counted as they happen. */
    @Test
    void metricsCountRequestsCacheAndRelease() throws Exception {
        http.query(SELECT, "text/csv");
        http.query(SELECT, "text/csv");
        http.get("/ontology");
        HttpResponse<String> r = http.get("/$/metrics");
        assertEquals(200, r.statusCode());
        assertTrue(Http.type(r).startsWith("text/plain"), Http.type(r));
        String text = r.body();
        assertEquals(1, value(text, "policylod_release_info", "version=\"" + Fixture.VERSION + "\""));
        assertTrue(value(text, "policylod_cache_hits_total") >= 1, text);
        assertTrue(value(text, "policylod_cache_misses_total") >= 1, text);
        String sparql = "method=\"GET\",route=\"sparql\",status=\"200\"";
        assertTrue(value(text, "policylod_http_requests_seconds_count", sparql) >= 2, text);
        assertTrue(value(text, "policylod_http_requests_seconds_count", "route=\"ontology\",status=\"200\"") >= 1, text);
        assertTrue(value(text, "policylod_http_requests_seconds_bucket", sparql, "le=\"+Inf\"") >= 2, text);
        assertTrue(value(text, "policylod_http_requests_seconds_sum", sparql) > 0, text);
    }

    /** The value of the one series named {@code name} whose labels hold every one of {@code labels}. */
    static double value(String text, String name, String... labels) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*})? (\\S+)$").matcher(text);
        List<Double> found = new java.util.ArrayList<>();
        while (m.find()) {
            String l = m.group(1) == null ? "" : m.group(1);
            if (Arrays.stream(labels).allMatch(l::contains)) {
                found.add(Double.parseDouble(m.group(2)));
            }
        }
        assertEquals(1, found.size(), name + " " + Arrays.toString(labels) + " in\n" + text);
        return found.get(0);
    }

    /**
     * gzip when asked, the same bytes as without it (also from the result cache), a tag marked as
     * compressed that still revalidates to 304.
     */
    @Test
    void textAnswersAreGzippedCoherently() throws Exception {
        String q = "/sparql?query=" + Http.enc(SELECT);
        HttpResponse<byte[]> plain = bytes(q, "Accept", "application/sparql-results+json");
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty());
        for (int i = 0; i < 2; i++) {
            HttpResponse<byte[]> gz = bytes(q, "Accept", "application/sparql-results+json", "Accept-Encoding", "gzip");
            assertEquals(200, gz.statusCode());
            assertEquals("gzip", gz.headers().firstValue("Content-Encoding").orElse(""));
            assertArrayEquals(plain.body(), gunzip(gz.body()));
            assertTrue(Http.vary(gz).contains("Accept-Encoding"), gz.headers().toString());
            String tag = gz.headers().firstValue("ETag").orElseThrow();
            assertEquals(304, bytes(q, "Accept", "application/sparql-results+json", "Accept-Encoding", "gzip",
                    "If-None-Match", tag).statusCode());
        }
        HttpResponse<byte[]> page = bytes("/ontology", "Accept", "text/html", "Accept-Encoding", "gzip");
        assertEquals("gzip", page.headers().firstValue("Content-Encoding").orElse(""));
        assertTrue(new String(gunzip(page.body()), StandardCharsets.UTF_8).contains("<section class=\"term\" id=\"Mention\">"));
        HttpResponse<byte[]> ttl = bytes("/doc/id/mission/eucap-sahel-niger.ttl", "Accept-Encoding", "gzip");
        assertEquals("gzip", ttl.headers().firstValue("Content-Encoding").orElse(""));
    }

    /** A resumed download: 206 with the asked bytes, Content-Range, and the whole file's validators. */
    @Test
    void dumpsAnswerRangeRequests() throws Exception {
        byte[] file = Files.readAllBytes(release.resolve("dumps/policy-lod.nq"));
        HttpResponse<byte[]> whole = bytes("/dumps/policy-lod.nq");
        assertEquals("bytes", whole.headers().firstValue("Accept-Ranges").orElse(""));
        assertArrayEquals(file, whole.body());
        HttpResponse<byte[]> part = bytes("/dumps/policy-lod.nq", "Range", "bytes=100-");
        assertEquals(206, part.statusCode());
        assertEquals("bytes 100-" + (file.length - 1) + "/" + file.length,
                part.headers().firstValue("Content-Range").orElse(""));
        assertArrayEquals(Arrays.copyOfRange(file, 100, file.length), part.body());
        HttpResponse<byte[]> middle = bytes("/dumps/policy-lod.nq", "Range", "bytes=10-19");
        assertEquals(206, middle.statusCode());
        assertArrayEquals(Arrays.copyOfRange(file, 10, 20), middle.body());
        String tag = whole.headers().firstValue("ETag").orElseThrow();
        assertEquals(206, bytes("/dumps/policy-lod.nq", "Range", "bytes=10-19", "If-Range", tag).statusCode());
        HttpResponse<byte[]> changed = bytes("/dumps/policy-lod.nq", "Range", "bytes=10-19", "If-Range", "\"another-release\"");
        assertEquals(200, changed.statusCode());
        assertArrayEquals(file, changed.body());
        assertEquals(206, bytes("/dumps/policy-lod.nq", "Range", "bytes=10-19", "If-Range",
                whole.headers().firstValue("Last-Modified").orElseThrow()).statusCode());
        assertEquals(416, bytes("/dumps/policy-lod.nq", "Range", "bytes=" + (file.length + 10) + "-").statusCode());
        assertTrue(whole.headers().firstValue("Content-Encoding").isEmpty());
        assertTrue(bytes("/dumps/policy-lod.nq", "Accept-Encoding", "gzip").headers().firstValue("Content-Encoding").isEmpty());
    }

    /** Both Vary values survive, and an answer echoing a site's Origin is not for shared caches. */
    @Test
    void varyKeepsOriginAndAcceptAndCorsAnswersArePrivate() throws Exception {
        for (String path : List.of("/id/mission/eucap-sahel-niger", "/doc/id/mission/eucap-sahel-niger",
                "/.well-known/void", "/ontology")) {
            HttpResponse<String> cors = http.get(path, "Accept", "text/turtle", "Origin", "https://example.org");
            assertTrue(Http.vary(cors).containsAll(Set.of("Origin", "Accept")), path + " " + cors.headers());
            assertTrue(cors.headers().firstValue("Cache-Control").orElse("").startsWith("private"), path + " " + cors.headers());
            assertEquals("https://example.org", cors.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
            HttpResponse<String> plain = http.get(path, "Accept", "text/turtle");
            assertTrue(Http.vary(plain).containsAll(Set.of("Origin", "Accept")), path + " " + plain.headers());
            assertTrue(plain.headers().firstValue("Cache-Control").orElse("").startsWith("public"), path + " " + plain.headers());
        }
        HttpResponse<String> q = http.get("/sparql?query=" + Http.enc(SELECT), "Accept", "text/csv", "Origin", "https://example.org");
        assertTrue(q.headers().firstValue("Cache-Control").orElse("").startsWith("private"), q.headers().toString());
        HttpResponse<String> dump = http.get("/dumps/policy-lod.nq", "Origin", "https://example.org");
        assertTrue(dump.headers().firstValue("Cache-Control").orElse("").startsWith("private"), dump.headers().toString());
    }

    /** A browser following the VoID link gets a page; an RDF client, or one accepting anything, Turtle. */
    @Test
    void voidIsAPageForBrowsers() throws Exception {
        HttpResponse<String> page = http.get("/.well-known/void",
                "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(200, page.statusCode());
        assertEquals("text/html", Http.type(page));
        assertTrue(page.body().contains("<h2 id=\"dataset\">"), page.body());
        assertTrue(page.body().contains(">void:sparqlEndpoint</a></th><td><a href=\"" + http.at("/sparql") + "\""), page.body());
        assertTrue(Http.vary(page).contains("Accept"));
        assertEquals("text/turtle", Http.type(http.get("/.well-known/void", "Accept", "*/*")));
        assertEquals("text/turtle", Http.type(http.get("/.well-known/void")));
    }
}
