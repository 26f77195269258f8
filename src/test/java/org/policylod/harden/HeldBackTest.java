package org.policylod.harden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylod.publish.Publication;
import org.policylod.publish.SeedVariants;
import org.policylod.serve.PublicServer;
import org.policylod.serve.Snapshot;

/**
 * The per-document gate through the command line: a batch publishes its conforming documents, names
 * the others with their reason on stderr, keeps them in DIR/held-back/, exits 4; the release holds
 * exactly the conforming documents; when nothing can be published the previous release stays.
 */
class HeldBackTest {
    static final String BASE = "https://w3id.org/policy-lod/";
    static final String SEED_GRAPH = BASE + "graph/st-12493-2022";

    @TempDir
    Path dir;

    private Path copyOfSeed() throws IOException {
        return Files.copy(SeedVariants.SEED, dir.resolve("seed.txt"));
    }

    /** The acceptance of issue 16: the bundled document plus an empty file. */
    @Test
    void theSeedPlusAnEmptyFileIsPublishedAndServedAndTheEmptyFileNamed() throws Exception {
        Path pub = dir.resolve("pub");
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Cli.Run r = Cli.run("publish", "--out", pub.toString(), SeedVariants.SEED.toString(), empty.toString());
        assertEquals(4, r.code(), r.toString());
        assertTrue(r.err().contains("held back: " + empty + ": empty document: no text to publish\n"), r.err());
        assertTrue(r.err().contains("warning: 1 document was held back and not published (reasons, graphs and reports in "
                + pub.resolve("held-back") + ")\n"), r.err());
        assertTrue(r.out().startsWith("published 20"), r.out());

        assertEquals(Set.of(SEED_GRAPH), documentGraphs(pub));
        Properties release = release(pub);
        assertEquals("1", release.getProperty("sources"));
        assertEquals(SeedVariants.SEED.getFileName().toString(), release.getProperty("source.1.file"));

        Path held = pub.resolve("held-back/empty");
        assertEquals(List.of("reason.txt"), names(held));
        assertEquals("file: " + empty + "\nreason: bad input\n\n" + empty + ": empty document: no text to publish\n",
                Files.readString(held.resolve("reason.txt")));
        assertEquals(List.of("empty"), names(pub.resolve("held-back")));

        PublicServer server = PublicServer.start(Snapshot.of(Publication.at(pub).current().orElseThrow()), "127.0.0.1", 0);
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String ask = "SELECT ?id { <" + BASE + "id/document/st-12493-2022> <http://data.europa.eu/eli/ontology#id_local> ?id }";
            HttpResponse<String> a = client.send(HttpRequest.newBuilder(URI.create(server.url() + "sparql?query="
                            + URLEncoder.encode(ask, StandardCharsets.UTF_8))).header("Accept", "text/csv")
                    .timeout(Duration.ofSeconds(40)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, a.statusCode(), a.body());
            assertEquals("id\r\nST 12493/22\r\n", a.body());
        } finally {
            server.close();
        }
    }

    @Test
    void aNonConformingDocumentNextToAGoodOneIsHeldBackWithItsGraphAndReport() throws IOException {
        Path pub = dir.resolve("pub");
        Path gap = SeedVariants.withoutFootnote3(dir);
        Path good = copyOfSeed();
        Cli.Run r = Cli.run("publish", "--out", pub.toString(), gap.toString(), good.toString());
        assertEquals(4, r.code(), r.toString());
        assertTrue(r.err().contains("held back: " + gap + ": does not conform to the SHACL shapes (1 violation)\n"), r.err());

        assertEquals(Set.of(SEED_GRAPH), documentGraphs(pub));
        assertEquals("seed.txt", release(pub).getProperty("source.1.file"));
        assertEquals("1", release(pub).getProperty("sources"));

        Path held = pub.resolve("held-back/gap");
        assertEquals(List.of("graph.ttl", "reason.txt", "validation-report.ttl"), names(held));
        String reason = Files.readString(held.resolve("reason.txt"));
        assertTrue(reason.startsWith("file: " + gap + "\nreason: not conforming\n"), reason);
        assertTrue(reason.contains("plos:FootnoteNumbering"), reason);
        assertTrue(reason.contains("footnote 4 exists but footnote 3 does not"), reason);
        assertTrue(RDFDataMgr.loadGraph(held.resolve("graph.ttl").toString()).size() > 100);
        String report = Files.readString(held.resolve("validation-report.ttl"));
        assertTrue(report.contains("sh:conforms  false"), report);
        assertTrue(report.contains("FootnoteNumbering"), report);
    }

    /**
     * --all-or-nothing keeps the old gate: one bad file among good ones publishes nothing; bad input
     * exits 2, data that fails the shapes 1 with the report in DIR/failed/.
     */
    @Test
    void allOrNothingPublishesNothingForOneBadFile() throws IOException {
        Path pub = dir.resolve("pub");
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path good = copyOfSeed();
        Cli.Run r = Cli.run("publish", "--all-or-nothing", "--out", pub.toString(), good.toString(), empty.toString());
        assertEquals(2, r.code(), r.toString());
        assertEquals("error: " + empty + ": empty document: no text to publish\n", r.err());
        assertFalse(Files.exists(pub));

        Cli.Run bad = Cli.run("publish", "--all-or-nothing", "--out", pub.toString(), SeedVariants.renumbered(dir).toString(),
                SeedVariants.withoutFootnote3(dir).toString());
        assertEquals(1, bad.code(), bad.toString());
        assertTrue(bad.err().contains("nothing was published\nfull report: " + pub.resolve("failed/validation-report.ttl")),
                bad.err());
        assertFalse(Files.exists(pub.resolve("current"), LinkOption.NOFOLLOW_LINKS));
        assertFalse(Files.exists(pub.resolve("held-back")));
    }

    /**
     * When every document is held back nothing is published: the previous release stays exactly as
     * it was, and the held-back folder names each document.
     */
    @Test
    void thePreviousReleaseStaysIntactWhenNothingCanBePublished() throws IOException {
        Path pub = dir.resolve("pub");
        Cli.Run first = Cli.run("publish", "--out", pub.toString(), SeedVariants.SEED.toString());
        assertEquals(0, first.code(), first.toString());
        Map<String, String> before = Cli.fingerprint(pub);

        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path gap = SeedVariants.withoutFootnote3(dir);
        Cli.Run r = Cli.run("publish", "--out", pub.toString(), empty.toString(), gap.toString());
        assertEquals(1, r.code(), "one does not conform: " + r);
        assertTrue(r.err().endsWith("error: nothing was published: every document was held back (reasons, graphs and "
                + "reports in " + pub.resolve("held-back") + "); the current release is unchanged\n"), r.err());
        assertEquals(before, Cli.fingerprint(pub));
        assertEquals(List.of("empty", "gap"), names(pub.resolve("held-back")));

        Cli.Run unreadable = Cli.run("publish", "--out", pub.toString(), empty.toString());
        assertEquals(2, unreadable.code(), "bad input only: " + unreadable);
        assertEquals(before, Cli.fingerprint(pub));
        assertEquals(List.of("empty"), names(pub.resolve("held-back")));

        Cli.Run again = Cli.run("publish", "--out", pub.toString(), SeedVariants.SEED.toString());
        assertEquals(0, again.code(), again.toString());
        assertFalse(Files.exists(pub.resolve("held-back")), "a publish that holds nothing back removes the folder");
    }

    /** The named graphs of the current release's N-Quads dump, without the ontology and reference graphs. */
    static Set<String> documentGraphs(Path pub) {
        DatasetGraph data = RDFDataMgr.loadDatasetGraph(pub.resolve("current/dumps/policy-lod.nq").toString());
        Set<String> graphs = new TreeSet<>();
        data.listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI()));
        assertTrue(graphs.remove(BASE + "graph/ontology"), graphs.toString());
        assertTrue(graphs.remove(BASE + "graph/reference"), graphs.toString());
        return graphs;
    }

    static Properties release(Path pub) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(pub.resolve("current/release.properties"))) {
            p.load(in);
        }
        return p;
    }

    static List<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
