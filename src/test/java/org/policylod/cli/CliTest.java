package org.policylod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylod.Version;

/** The command line as a black box: exit codes and what a user reads. */
class CliTest {
    static final Path SEED = Path.of("corpus", "000_420cf6d4ecb3b66e.txt");

    @TempDir
    Path dir;

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
        assertTrue(r.err().startsWith("error: " + empty + ": "), r.err());
        assertFalse(Files.exists(dir.resolve("out/current")));
    }

    @Test
    void aBinaryFileIsBadInput() throws IOException {
        Path binary = Files.write(dir.resolve("scan.txt"), new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, (byte) 0xff, (byte) 0xfe, 0});
        Run r = Run.of("publish", "--out", dir.resolve("out").toString(), binary.toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().startsWith("error: " + binary + ":"), r.err());
        assertFalse(Files.exists(dir.resolve("out/current")));
    }

    @Test
    void aBaseThatIsNotAnAbsoluteUriIsAUsageError() {
        Run r = Run.of("publish", "--out", dir.resolve("out").toString(), "--base", "policy-lod/", SEED.toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().startsWith("--base policy-lod/: not an absolute URI"), r.err());
    }

    /** The seed document through the whole pipeline, then queried from the publication. */
    @Test
    void theSeedDocumentPublishesAndAnswersQueries() throws IOException {
        Path out = dir.resolve("out");
        Run r = Run.of("publish", "--out", out.toString(), SEED.toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith("published 20"), r.out());
        Path dumps = out.resolve("current/dumps");
        for (String f : new String[] {"policy-lod.nt.gz", "policy-lod.nq.gz", "policy-lod.ttl.gz", "policy-lod.trig.gz",
                "policy-lod.jsonld.gz", "policy-lod.rdf.gz", "void.ttl", "SHA256SUMS"}) {
            assertTrue(Files.size(dumps.resolve(f)) > 0, f);
        }
        Path q = Files.writeString(dir.resolve("doc.rq"), """
                PREFIX eli: <http://data.europa.eu/eli/ontology#>
                SELECT ?id { <https://w3id.org/policy-lod/id/document/st-12493-2022> eli:id_local ?id }
                """);
        Run query = Run.of("query", q.toString(), "--out", out.toString(), "--format", "csv");
        assertEquals(0, query.code(), query.toString());
        assertEquals("id\r\nST 12493/22\r\n", query.out());
    }
}
