package org.policylod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylod.publish.Publication;
import org.policylod.serve.PublicServer;
import org.policylod.serve.Snapshot;

class LoadCommandTest {
    private static final String NT = """
            <http://example.org/a> <http://www.w3.org/2000/01/rdf-schema#label> "A" .
            <http://example.org/b> <http://www.w3.org/2000/01/rdf-schema#label> "B" .
            """;
    private static final String NQ = """
            <http://example.org/c> <http://www.w3.org/2000/01/rdf-schema#label> "C" <http://example.org/g> .
            """;

    @TempDir
    Path dir;

    @Test
    void loadsTriplesAndQuadsIntoAReleaseTheServerServes() throws Exception {
        Path nt = Files.writeString(dir.resolve("a.nt"), NT);
        Path nq = dir.resolve("c.nq.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(nq))) {
            out.write(NQ.getBytes(StandardCharsets.UTF_8));
        }
        Path pub = dir.resolve("pub");
        Run r = Run.of("load", "--out", pub.toString(), nt.toString(), nq.toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith("loaded "), r.toString());
        assertTrue(r.out().contains("(3 quads, "), r.toString());
        Publication.Release release = Publication.at(pub).current().orElseThrow();
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(release.properties())) {
            p.load(in);
        }
        assertEquals("skipped", p.getProperty("gate"));
        assertEquals("3", p.getProperty("quads"));
        assertEquals(release.version(), p.getProperty("version"));
        assertFalse(Files.exists(release.dumps()), "a loaded release has no dumps");

        try (PublicServer server = PublicServer.start(Snapshot.of(release), "127.0.0.1", 0)) {
            String q = "SELECT ?g ?label WHERE { GRAPH ?g { ?s ?label_p ?label } } ORDER BY ?label";
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(server.url() + "sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                    .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode());
            String loaded = "https://w3id.org/policy-lod/graph/loaded";
            assertEquals("g,label\r\n" + loaded + ",A\r\n" + loaded + ",B\r\nhttp://example.org/g,C\r\n", answer.body());
            HttpResponse<String> home = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.url()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(home.body().contains("<strong>Not validated.</strong>"), home.body());
        }
    }

    @Test
    void theSameFilesGiveTheSameVersion() throws Exception {
        Path nt = Files.writeString(dir.resolve("a.nt"), NT);
        Run first = Run.of("load", "--out", dir.resolve("one").toString(), nt.toString());
        Run second = Run.of("load", "--out", dir.resolve("two").toString(), nt.toString());
        assertEquals(0, first.code(), first.toString());
        assertEquals(Publication.at(dir.resolve("one")).current().orElseThrow().version(),
                Publication.at(dir.resolve("two")).current().orElseThrow().version());
    }

    @Test
    void aMalformedFileIsNamedWithItsLineAndLeavesCurrentAsItWas() throws Exception {
        Path good = Files.writeString(dir.resolve("good.nt"), NT);
        Path pub = dir.resolve("pub");
        assertEquals(0, Run.of("load", "--out", pub.toString(), good.toString()).code());
        Path before = Publication.at(pub).current().orElseThrow().dir();
        Path bad = Files.writeString(dir.resolve("bad.nt"), NT + "<http://example.org/x> <http://example.org/p> .\n");
        Run r = Run.of("load", "--out", pub.toString(), good.toString(), bad.toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().startsWith("error: " + bad + ":3: "), r.toString());
        assertEquals(before, Publication.at(pub).current().orElseThrow().dir());
        try (var releases = Files.list(Publication.at(pub).releases())) {
            assertEquals(1, releases.count(), "no half-written release left behind");
        }
    }

    @Test
    void refusesWhatIsNotAnRdfFile() throws Exception {
        Path txt = Files.writeString(dir.resolve("notes.txt"), "hello");
        Run r = Run.of("load", "--out", dir.resolve("pub").toString(), txt.toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains(txt + ": not an RDF file name Jena knows"), r.toString());
        Run missing = Run.of("load", "--out", dir.resolve("pub").toString(), dir.resolve("none.nt").toString());
        assertEquals(2, missing.code(), missing.toString());
        assertTrue(missing.err().contains("none.nt: no such file"), missing.toString());
        Run noOut = Run.of("load", txt.toString());
        assertEquals(2, noOut.code(), noOut.toString());
        assertTrue(noOut.err().startsWith("Missing required option: '--out=DIR'"), noOut.toString());
    }

    @Test
    void serveWithoutPublishingNeedsAReleaseAndACacheSizeOfZeroOrMore() {
        Run none = Run.of("serve", "--no-publish", "--port", "0", "--out", dir.resolve("empty").toString());
        assertEquals(2, none.code(), none.toString());
        assertTrue(none.err().contains("no publication here to serve (--no-publish)"), none.toString());
        Run negative = Run.of("serve", "--cache-mb", "-1", "--port", "0", "--out", dir.toString());
        assertEquals(2, negative.code(), negative.toString());
        assertTrue(negative.err().startsWith("--cache-mb must be 0 or more, not -1 (at most "), negative.toString());
        Run zero = Run.of("serve", "--timeout", "0", "--port", "0", "--out", dir.toString());
        assertEquals(2, zero.code(), zero.toString());
        assertTrue(zero.err().startsWith("--timeout must be more than 0 and at most 86400 seconds, not 0.0"), zero.toString());
    }
}
