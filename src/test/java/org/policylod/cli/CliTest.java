package org.policylod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Models;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylod.Version;
import org.policylod.publish.Dump;
import org.policylod.publish.Rdf4j;
import org.policylod.publish.SeedVariants;

/** The command line as a black box: exit codes and what a user reads. */
class CliTest {
    static final Path SEED = Path.of("corpus", "000_420cf6d4ecb3b66e.txt");

    @TempDir
    Path dir;

    /** One publication of the seed, shared by the tests that only read it (a publish takes a while). */
    @TempDir
    static Path shared;
    static Run seedRun;

    static synchronized Run seed() {
        if (seedRun == null) {
            seedRun = Run.of("publish", "--progress", "--out", shared.resolve("out").toString(), SEED.toString());
        }
        return seedRun;
    }

    @Test
    void helpListsTheSubcommands() {
        Run r = Run.of("--help");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith("Usage: policy-lod "), r.out());
        for (String sub : new String[] {"publish", "serve", "validate", "query"}) {
            assertTrue(r.out().contains("\n  " + sub + " "), sub + " missing from\n" + r.out());
        }
        assertEquals("", r.err());
    }

    @Test
    void publishHelpDocumentsItsOptionsAndDefaults() {
        Run r = Run.of("publish", "--help");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("--out=DIR"), r.out());
        assertTrue(r.out().contains("(default: publication)"), r.out());
        assertTrue(r.out().contains("--base=URI"), r.out());
        assertTrue(r.out().contains("Base namespace of minted URIs (default: https://w3id."), r.out());
        assertTrue(r.out().contains("SOURCE_DATE_EPOCH"), r.out());
        assertTrue(r.out().contains("DIR/failed/validation-report.ttl"), r.out());
    }

    @Test
    void versionNamesTheBuild() {
        Run r = Run.of("--version");
        assertEquals(0, r.code(), r.toString());
        assertTrue(Version.get().matches("\\d+\\.\\d+\\.\\d+.*"), Version.get());
        assertEquals("policy-lod " + Version.get() + "\n", r.out());
    }

    @Test
    void anUnknownFlagGivesTheUsage() {
        Run r = Run.of("publish", "--bogus");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().startsWith("Unknown option: '--bogus'\n"), r.err());
        assertTrue(r.err().contains("Usage: policy-lod publish"), r.err());
    }

    @Test
    void anUnknownSubcommandGivesTheUsage() {
        Run r = Run.of("frobnicate");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().startsWith("Unmatched argument at index 0: 'frobnicate'\n"), r.err());
        assertTrue(r.err().contains("Usage: policy-lod "), r.err());
    }

    @Test
    void aMissingFileIsBadInput() {
        Path out = dir.resolve("out");
        Path missing = dir.resolve("nothere.txt");
        Run r = Run.of("publish", "--out", out.toString(), missing.toString());
        assertEquals(2, r.code(), r.toString());
        assertEquals("error: " + missing + ": no such file or folder\n", r.err());
        assertFalse(Files.exists(out), "nothing is written for bad input");
    }

    @Test
    void aFolderWithoutDocumentsIsBadInput() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("corpus"));
        Run r = Run.of("publish", "--out", dir.resolve("out").toString(), empty.toString());
        assertEquals(2, r.code(), r.toString());
        assertEquals("error: " + empty + ": the folder holds no .txt document\n", r.err());
    }

    @Test
    void anEmptyFileIsBadInput() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Run r = Run.of("publish", "--out", dir.resolve("out").toString(), empty.toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().startsWith("held back: " + empty + ": empty"), r.err());
        assertFalse(Files.exists(dir.resolve("out/current")));
    }

    @Test
    void progressNamesEachDocumentsOutcome() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Run r = Run.of("publish", "--progress", "--out", dir.resolve("out").toString(), empty.toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().matches("(?s)\\[1/1\\] " + java.util.regex.Pattern.quote(empty.toString())
                + ": held back \\(BAD_INPUT\\), [0-9]+ ms\nwriting the release.*\nheld back: .*"), r.err());
        Run quiet = Run.of("publish", "--no-progress", "--out", dir.resolve("out").toString(), empty.toString());
        assertTrue(quiet.err().startsWith("held back: "), quiet.err());
    }

    @Test
    void aBinaryFileIsBadInput() throws IOException {
        Path binary = Files.write(dir.resolve("scan.txt"), new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, (byte) 0xff, (byte) 0xfe, 0});
        Run r = Run.of("publish", "--out", dir.resolve("out").toString(), binary.toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().startsWith("held back: " + binary + ":1: binary"), r.err());
        assertFalse(Files.exists(dir.resolve("out/current")));
    }

    @Test
    void aBaseThatIsNotAnAbsoluteUriIsAUsageError() {
        Run r = Run.of("publish", "--out", dir.resolve("out").toString(), "--base", "policy-lod/", SEED.toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().startsWith("--base policy-lod/: not an absolute URI"), r.err());
    }

    static List<String> names(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    Path seedWithoutFootnote3() throws IOException {
        return SeedVariants.withoutFootnote3(dir);
    }

    /** --all-or-nothing keeps the whole-corpus gate: its report goes to DIR/failed/. */
    @Test
    void dataThatFailsTheShapesPublishesNothing() throws IOException {
        Path out = dir.resolve("out");
        Run r = Run.of("publish", "--all-or-nothing", "--out", out.toString(), seedWithoutFootnote3().toString());
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.err().contains("plos:FootnoteNumbering"), r.err());
        assertTrue(r.err().contains("footnote 4 exists but footnote 3 does not"), r.err());
        assertTrue(r.err().contains("nothing was published\nfull report: " + out.resolve("failed/validation-report.ttl") + "\n"), r.err());
        assertTrue(Files.size(out.resolve("failed/validation-report.ttl")) > 0);
        assertFalse(Files.exists(out.resolve("current"), LinkOption.NOFOLLOW_LINKS));
        assertEquals(List.of(), names(out.resolve("releases")));
    }

    @Test
    void aFailedPublishLeavesThePreviousReleaseCurrent() throws IOException {
        Path out = shared.resolve("out");
        Run good = seed();
        assertEquals(0, good.code(), good.toString());
        Path before = Files.readSymbolicLink(out.resolve("current"));
        byte[] nq = Files.readAllBytes(out.resolve("current/dumps/policy-lod.nq"));
        Run bad = Run.of("publish", "--out", out.toString(), seedWithoutFootnote3().toString());
        assertEquals(1, bad.code(), bad.toString());
        assertEquals(before, Files.readSymbolicLink(out.resolve("current")));
        assertEquals(List.of(before.getFileName().toString()), names(out.resolve("releases")));
        assertEquals(-1, Arrays.mismatch(nq, Files.readAllBytes(out.resolve("current/dumps/policy-lod.nq"))));
    }

    /** The seed document through the whole pipeline, then queried from the publication. */
    @Test
    void theSeedDocumentPublishesAndAnswersQueries() throws IOException {
        Path out = shared.resolve("out");
        Run r = seed();
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith("published 20"), r.out());
        // Progress on stderr (--progress; by default only at a terminal): a line per document, then the stages.
        assertTrue(r.err().matches("(?s)\\[1/1\\] " + java.util.regex.Pattern.quote(SEED.toString())
                + ": [1-9][0-9]* triples, [0-9]+ ms\nwriting the release.*"), r.err());
        Path dumps = out.resolve("current/dumps");
        Properties release = new Properties();
        try (Reader in = Files.newBufferedReader(out.resolve("current/release.properties"))) {
            release.load(in);
        }
        // Every dump of the real data, read back by RDF4J: the count release.properties gives, and
        // isomorphic to the N-Quads as Jena reads them.
        DatasetGraph data = RDFDataMgr.loadDatasetGraph(dumps.resolve("policy-lod.nq").toString());
        Model quads = Rdf4j.of(data);
        Model triples = Rdf4j.of(data.getUnionGraph());
        assertEquals(Integer.parseInt(release.getProperty("quads")), quads.size());
        assertEquals(Integer.parseInt(release.getProperty("triples")), triples.size());
        for (Dump d : Dump.values()) {
            for (String f : new String[] {d.fileName(), d.fileName() + ".gz"}) {
                Model read = Rdf4j.read(dumps.resolve(f));
                Model expected = d.quads() ? quads : triples;
                assertEquals(expected.size(), read.size(), f);
                assertTrue(Models.isomorphic(expected, read), f);
            }
        }
        assertTrue(Files.size(dumps.resolve("void.ttl")) > 0);
        Path q = Files.writeString(dir.resolve("doc.rq"), """
                PREFIX eli: <http://data.europa.eu/eli/ontology#>
                SELECT ?id { <https://w3id.org/policy-lod/id/document/st-12493-2022> eli:id_local ?id }
                """);
        Run query = Run.of("query", q.toString(), "--out", out.toString(), "--format", "csv");
        assertEquals(0, query.code(), query.toString());
        assertEquals("id\r\nST 12493/22\r\n", query.out());
    }

    /**
     * The same input and SOURCE_DATE_EPOCH give byte-identical dumps from two separate processes
     * (nothing may depend on hash seeds, identity hashes or the clock).
     */
    @Test
    void twoProcessesPublishByteIdenticalDumps() throws Exception {
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        for (Path out : List.of(one, two)) {
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "publish", "--out", out.toString(), SEED.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve(out.getFileName() + ".log").toFile());
            pb.environment().put("SOURCE_DATE_EPOCH", "1764417600");
            assertEquals(0, pb.start().waitFor(), Files.readString(dir.resolve(out.getFileName() + ".log")));
        }
        assertEquals(Files.readSymbolicLink(one.resolve("current")), Files.readSymbolicLink(two.resolve("current")));
        List<String> files;
        try (Stream<Path> walk = Files.walk(one.resolve("current/dumps"))) {
            files = walk.filter(Files::isRegularFile).map(p -> one.resolve("current/dumps").relativize(p).toString()).sorted().toList();
        }
        assertTrue(files.contains("policy-lod.jsonld.gz"), files.toString());
        for (String f : files) {
            assertEquals(-1L, Files.mismatch(one.resolve("current/dumps").resolve(f), two.resolve("current/dumps").resolve(f)), f);
        }
        assertTrue(Files.readString(one.resolve("current/release.properties")).contains("time=2025-11-29T12:00:00Z\n"));
    }
}
