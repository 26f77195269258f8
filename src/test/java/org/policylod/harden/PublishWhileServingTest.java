package org.policylod.harden;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policylod.publish.SeedVariants;

/**
 * {@code publish} into the folder a running server serves: whether it fails (bad input, SHACL) or
 * succeeds, the server goes on answering its own release, byte for byte, until it is restarted; a
 * failed publish also leaves {@code current} and every file of the current release as they were.
 */
class PublishWhileServingTest extends Server {
    static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
    static final String DUMP = "/dumps/policy-lod.nt";

    static String version;
    static String count;
    static byte[] dump;

    @BeforeAll
    static void answersBefore() throws Exception {
        version = Files.readSymbolicLink(pub.resolve("current")).getFileName().toString();
        count = query(COUNT).body();
        dump = bytes(DUMP);
        taggedWith(version, query(QueryAbuseTest.ORDINARY));
        assertArrayEquals(Files.readAllBytes(pub.resolve("releases").resolve(version).resolve("dumps/policy-lod.nt")), dump);
    }

    private static byte[] bytes(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = CLIENT.send(HttpRequest.newBuilder(root.resolve(path)).timeout(PATIENCE).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    /** Whether an answer's entity tag names the release version (serve.Caching: "VERSION-VARIANT"). */
    private static void taggedWith(String v, HttpResponse<?> r) {
        String tag = r.headers().firstValue("ETag").orElseThrow();
        assertTrue(tag.startsWith("\"" + v + "-"), tag + " should name release " + v);
    }

    /** The running server answers exactly as it did before any publish. */
    private static void stillServesTheSameRelease() throws Exception {
        HttpResponse<String> ordinary = query(QueryAbuseTest.ORDINARY);
        assertEquals(200, ordinary.statusCode(), ordinary.body());
        assertEquals("l\r\nEUCAP Sahel Niger\r\n", ordinary.body());
        taggedWith(version, ordinary);
        assertEquals(count, query(COUNT).body());
        assertArrayEquals(dump, bytes(DUMP));
        HttpResponse<String> home = get("/", "text/html");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("Release <strong>" + version + "</strong>"), home.body());
        assertFalse(home.body().contains("Not validated"), "a published release passed the gate");
    }

    private static Cli.Run publish(Path source) {
        return Cli.run("publish", "--out", pub.toString(), source.toString());
    }

    @Test
    void aPublishThatFailsTheShapesChangesNothing() throws Exception {
        Map<String, String> before = Cli.fingerprint(pub);
        Cli.Run r = publish(SeedVariants.withoutFootnote3(dir));
        assertEquals(1, r.code(), r.toString());
        // The one addition is the refused document with its report, beside the publication.
        assertTrue(Files.size(pub.resolve("held-back/gap/validation-report.ttl")) > 0);
        assertEquals(before, Cli.fingerprint(pub));
        stillServesTheSameRelease();
    }

    @Test
    void aPublishOfBadInputChangesNothing() throws Exception {
        Map<String, String> before = Cli.fingerprint(pub);
        Cli.Run r = publish(Files.write(dir.resolve("scan.txt"), new byte[] {'%', 'P', 'D', 'F', 0, 1, 2}));
        assertEquals(2, r.code(), r.toString());
        assertEquals(before, Cli.fingerprint(pub));
        stillServesTheSameRelease();
    }

    /** A new release is switched to for the next start; the running server keeps its own. */
    @Test
    void aSuccessfulPublishLeavesTheRunningServerOnItsRelease() throws Exception {
        Path changed = Files.writeString(dir.resolve("changed.txt"),
                Files.readString(Fuzz.SEED) + "\nThis closing paragraph makes a new release.\n");
        Cli.Run r = publish(changed);
        assertEquals(0, r.code(), r.toString());
        String now = Files.readSymbolicLink(pub.resolve("current")).getFileName().toString();
        assertNotEquals(version, now, r.toString());
        stillServesTheSameRelease();
    }
}
