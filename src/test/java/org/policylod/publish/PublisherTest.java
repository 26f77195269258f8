package org.policylod.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylod.publish.Publisher.Outcome;
import org.policylod.publish.Publisher.Status;

class PublisherTest {
    static final Instant TIME = Instant.parse("2026-11-29T12:00:00Z");

    @TempDir
    Path a;
    @TempDir
    Path b;

    static Outcome publish(Path dir, Assembly data, boolean conforms) throws IOException {
        return new Publisher(Publication.at(dir), Fixture.BASE, TIME, conforms ? Fixture.conforming() : Fixture.failing())
                .publish(data);
    }

    @Test
    void writesAWholeReleaseAndPointsCurrentAtIt() throws IOException {
        Outcome o = publish(a, Fixture.assembly(), true);
        assertEquals(Status.PUBLISHED, o.status());
        Path dumps = a.resolve("releases").resolve(o.version()).resolve("dumps");
        String hash = Checksums.sha256(dumps.resolve("policy-lod.nq"));
        assertEquals("2026-11-29-" + hash.substring(0, 8), o.version());
        assertEquals(Path.of("releases", o.version()), Files.readSymbolicLink(a.resolve("current")));
        assertEquals(List.of(o.version()), list(a.resolve("releases")));
        assertEquals(List.of("dumps", "release.properties", "tdb2", "validation-report.ttl"),
                list(a.resolve("releases").resolve(o.version())));
        List<String> expected = new ArrayList<>(List.of(Checksums.FILE));
        for (Dump d : Dump.values()) {
            expected.add(d.fileName());
            expected.add(d.fileName() + ".gz");
        }
        expected.add(Description.FILE);
        Tables.bundled().keySet().forEach(q -> expected.add("csv/" + q + ".csv"));
        expected.sort(null);
        assertEquals(expected, walk(dumps));

        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(a.resolve("current/release.properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        assertEquals(o.version(), p.getProperty("version"));
        assertEquals(Fixture.BASE, p.getProperty("base"));
        assertEquals("2026-11-29T12:00:00Z", p.getProperty("time"));
        assertEquals("33", p.getProperty("quads"));
        assertEquals("32", p.getProperty("triples"));
        assertEquals("3", p.getProperty("graphs"));
        assertEquals(hash, p.getProperty("content.sha256"));
    }

    @Test
    void checksumFileVerifiesEveryDump() throws IOException {
        publish(a, Fixture.assembly(), true);
        Path dumps = a.resolve("current/dumps");
        List<String> lines = Files.readAllLines(dumps.resolve(Checksums.FILE));
        List<String> named = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.split(" {2}", 2);
            assertEquals(Checksums.sha256(dumps.resolve(parts[1])), parts[0], parts[1]);
            named.add(parts[1]);
        }
        List<String> all = new ArrayList<>(walk(dumps));
        all.remove(Checksums.FILE);
        assertEquals(all, named);
    }

    @Test
    void theTdb2DatabaseHoldsTheDatasetWithAUnionDefaultGraph() throws IOException {
        publish(a, Fixture.assembly(), true);
        try (Store s = Store.open(Publication.at(a).current().orElseThrow())) {
            assertFalse(s.inMemory());
            long triples = s.query(QueryFactory.create("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"),
                    qe -> qe.execSelect().next().getLiteral("n").getLong());
            long quads = s.query(QueryFactory.create("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"),
                    qe -> qe.execSelect().next().getLiteral("n").getLong());
            assertEquals(Fixture.TRIPLES, triples);
            assertEquals(Fixture.QUADS, quads);
        }
    }

    /** The same input and time give the same bytes, in another folder, in every file but the database. */
    @Test
    void republishingGivesByteIdenticalFiles() throws IOException {
        Outcome first = publish(a, Fixture.assembly(), true);
        Outcome second = publish(b, Fixture.assembly(), true);
        assertEquals(first.version(), second.version());
        Path ra = a.resolve("current");
        Path rb = b.resolve("current");
        List<String> files = walk(ra.resolve("dumps"));
        assertEquals(files, walk(rb.resolve("dumps")));
        for (String f : files) {
            assertArrayEquals(Files.readAllBytes(ra.resolve("dumps").resolve(f)), Files.readAllBytes(rb.resolve("dumps").resolve(f)), f);
        }
        for (String f : List.of("release.properties", "validation-report.ttl")) {
            assertArrayEquals(Files.readAllBytes(ra.resolve(f)), Files.readAllBytes(rb.resolve(f)), f);
        }
    }

    @Test
    void theSameContentAgainChangesNothing() throws IOException {
        Outcome first = publish(a, Fixture.assembly(), true);
        Map<String, String> before = snapshot(a.resolve("releases"));
        Outcome again = publish(a, Fixture.assembly(), true);
        assertEquals(Status.UNCHANGED, again.status());
        assertEquals(first.version(), again.version());
        assertEquals(before, snapshot(a.resolve("releases")));
    }

    @Test
    void dataThatFailsTheGateLeavesThePublicationAsItWas() throws IOException {
        Outcome good = publish(a, Fixture.assembly(), true);
        Map<String, String> before = snapshot(a.resolve("releases"));
        Outcome bad = publish(a, Fixture.changed(), false);
        assertEquals(Status.NOT_CONFORMING, bad.status());
        assertEquals(a.resolve("failed/validation-report.ttl"), bad.where());
        assertTrue(Files.readString(bad.where()).contains("missing title"));
        assertEquals("1 violation: missing title", Files.readString(a.resolve("failed/summary.txt")));
        assertEquals(before, snapshot(a.resolve("releases")));
        assertEquals(Path.of("releases", good.version()), Files.readSymbolicLink(a.resolve("current")));
        assertEquals(List.of(good.version()), list(a.resolve("releases")));

        Outcome fixed = publish(a, Fixture.changed(), true);
        assertEquals(Status.PUBLISHED, fixed.status());
        assertFalse(fixed.version().equals(good.version()));
        assertEquals(Path.of("releases", fixed.version()), Files.readSymbolicLink(a.resolve("current")));
        assertEquals(List.of(good.version(), fixed.version()).stream().sorted().toList(), list(a.resolve("releases")));
        assertFalse(Files.exists(a.resolve("failed")), "a successful publish clears the failure report");
    }

    @Test
    void aFirstPublishThatFailsCreatesNoRelease() throws IOException {
        Outcome bad = publish(a, Fixture.assembly(), false);
        assertEquals(Status.NOT_CONFORMING, bad.status());
        assertFalse(Files.exists(a.resolve("current"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
        assertTrue(list(a.resolve("releases")).isEmpty());
        assertTrue(Publication.at(a).current().isEmpty());
    }

    @Test
    void aCrashedRunsHalfWrittenReleaseIsClearedAway() throws IOException {
        Path leftover = Files.createDirectories(a.resolve("releases/2026-01-01-deadbeef.tmp/dumps"));
        Files.writeString(leftover.resolve("policy-lod.nt"), "half");
        Outcome o = publish(a, Fixture.assembly(), true);
        assertEquals(List.of(o.version()), list(a.resolve("releases")));
    }

    @Test
    void aSecondPublishIntoTheSameFolderWaitsItsTurn() throws IOException {
        ReleaseSwitch.Held held = ReleaseSwitch.lock(Publication.at(a));
        try {
            IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                    () -> publish(a, Fixture.assembly(), true));
            assertEquals(a + ": another publish is writing to this folder", e.getMessage());
        } finally {
            held.close();
        }
        assertEquals(Status.PUBLISHED, publish(a, Fixture.assembly(), true).status());
    }

    @Test
    void timeComesFromSourceDateEpoch() {
        assertEquals(Instant.parse("2023-11-14T22:13:20Z"), Publisher.time(Map.of("SOURCE_DATE_EPOCH", "1700000000")));
        Instant now = Publisher.time(Map.of());
        assertTrue(Math.abs(now.getEpochSecond() - Instant.now().getEpochSecond()) < 60);
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Publisher.time(Map.of("SOURCE_DATE_EPOCH", "yesterday")));
        assertEquals("SOURCE_DATE_EPOCH=yesterday is not a whole number of seconds", e.getMessage());
    }

    static List<String> list(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static List<String> walk(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> Checksums.name(dir, p)).sorted().toList();
        }
    }

    /** Every file under {@code dir} with its SHA-256 (the database's lock file aside: opening writes it). */
    static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> m = new TreeMap<>();
        for (String f : walk(dir)) {
            if (!f.endsWith("tdb.lock")) {
                m.put(f, Checksums.sha256(dir.resolve(f)));
            }
        }
        return m;
    }
}
