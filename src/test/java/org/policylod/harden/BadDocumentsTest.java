package org.policylod.harden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents that cannot be published, through the command line: exit 2, each held back with a
 * reason naming the file (and the line where there is one), and the publication already in the
 * folder left exactly as it was, every file of the current release byte for byte and
 * {@code current} pointing where it did.
 */
class BadDocumentsTest {
    static final Path SEED = Fuzz.SEED;

    @TempDir
    static Path dir;
    static Path pub;
    static Map<String, String> before;

    @BeforeAll
    static void publishTheSeed() throws IOException {
        pub = dir.resolve("pub");
        Cli.Run r = Cli.run("publish", "--out", pub.toString(), SEED.toString());
        assertEquals(0, r.code(), r.toString());
        before = Cli.fingerprint(pub);
    }

    @AfterEach
    void thePublicationIsUntouched() throws IOException {
        assertEquals(before, Cli.fingerprint(pub));
    }

    private static Cli.Run publish(Path... sources) {
        String[] args = new String[3 + sources.length];
        args[0] = "publish";
        args[1] = "--out";
        args[2] = pub.toString();
        for (int i = 0; i < sources.length; i++) {
            args[3 + i] = sources[i].toString();
        }
        return Cli.run(args);
    }

    private static Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void anEmptyFile() throws IOException {
        Path f = write("empty.txt", new byte[0]);
        Cli.Run r = publish(f);
        assertHeldBack("held back: " + f + ": empty document: no text to publish\n", r);
    }

    @Test
    void aFileOfBlankLines() throws IOException {
        Path f = write("blank.txt", " \r\n\t\n\n".getBytes(StandardCharsets.UTF_8));
        Cli.Run r = publish(f);
        assertHeldBack("held back: " + f + ": empty document: no text to publish\n", r);
    }

    @Test
    void aBinaryFileNamesTheLineOfTheFirstNul() throws IOException {
        Path f = write("scan.txt", new byte[] {'%', 'P', 'D', 'F', '\n', '1', '\r', '\n', 'x', 0, 7});
        Cli.Run r = publish(f);
        assertHeldBack("held back: " + f + ":3: binary file: NUL byte at offset 9\n", r);
    }

    @Test
    void latin1TextNamesTheLineOfTheBadByte() throws IOException {
        Path f = write("latin1.txt", "12493/22\n\nCaf\u00e9 society\n".getBytes(StandardCharsets.ISO_8859_1));
        Cli.Run r = publish(f);
        assertHeldBack("held back: " + f + ":3: not UTF-8 text: invalid byte 0xe9 at offset 13\n", r);
    }

    @Test
    void aDocumentCutInTheMiddleOfAUtf8Sequence() throws IOException {
        byte[] seed = Files.readAllBytes(SEED);
        String text = new String(seed, StandardCharsets.UTF_8);
        int quote = text.indexOf('\u201c');
        byte[] cut = text.substring(0, quote + 1).getBytes(StandardCharsets.UTF_8);
        Path f = write("cut.txt", java.util.Arrays.copyOf(cut, cut.length - 1));
        long line = text.substring(0, quote).chars().filter(c -> c == '\n').count() + 1;
        Cli.Run r = publish(f);
        int offset = text.substring(0, quote).getBytes(StandardCharsets.UTF_8).length;
        assertHeldBack("held back: " + f + ":" + line + ": not UTF-8 text: invalid byte 0xe2 at offset " + offset + "\n", r);
    }

    @Test
    void textWithoutADocumentIdentifierIsPublishedUnderItsFileName() throws IOException {
        Path f = write("prose.txt", "Some prose <script>alert(1)</script> with \"\"\" and \\u0000.\n"
                .getBytes(StandardCharsets.UTF_8));
        Path out = dir.resolve("own-release");
        Cli.Run r = Cli.run("publish", "--out", out.toString(), f.toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.err().contains("prose.txt:1: no identifier of its own"), r.err());
    }

    /** With --all-or-nothing, one bad file among good ones publishes nothing (HeldBackTest: without). */
    @Test
    void oneBadFileAmongGoodOnesPublishesNothingAllOrNothing() throws IOException {
        Path copy = Files.copy(SEED, dir.resolve("good.txt"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path bad = write("zzz-empty.txt", new byte[0]);
        Cli.Run r = Cli.run("publish", "--all-or-nothing", "--out", pub.toString(), copy.toString(), bad.toString());
        assertEquals(2, r.code(), r.toString());
        assertEquals("error: " + bad + ": empty document: no text to publish\n", r.err());
    }

    /** A run of bad input only: exit 2, the document named, and the run saying nothing was published. */
    private static void assertHeldBack(String named, Cli.Run r) {
        assertEquals(2, r.code(), r.toString());
        assertEquals(named + "error: nothing was published: every document was held back (reasons, graphs and reports in "
                + pub.resolve("held-back") + "); the current release is unchanged\n", r.err());
    }

    @Test
    void aMissingFile() {
        Path f = dir.resolve("absent.txt");
        Cli.Run r = publish(f);
        assertEquals(2, r.code(), r.toString());
        assertEquals("error: " + f + ": no such file or folder\n", r.err());
    }
}
