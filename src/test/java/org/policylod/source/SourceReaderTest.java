package org.policylod.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceReaderTest {
    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    @Test
    void lineEndsBecomeLf() throws Exception {
        SourceDocument d = SourceReader.read(write("a.txt", "one\r\ntwo\rthree\nfour".getBytes(StandardCharsets.UTF_8)));
        assertEquals("one\ntwo\nthree\nfour", d.text());
        assertEquals("a.txt", d.name());
    }

    @Test
    void byteOrderMarkIsDroppedButHashedWithTheFile() throws Exception {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', 'b', 'c'};
        SourceDocument d = SourceReader.read(write("bom.txt", bytes));
        assertEquals("abc", d.text());
        // SHA-256 of the six bytes as stored, not of the decoded text
        assertEquals(SourceReader.sha256(bytes), d.sha256());
    }

    @Test
    void knownHash() throws Exception {
        SourceDocument d = SourceReader.read(write("abc.txt", "abc".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", d.sha256());
    }

    @Test
    void curlyQuotesAreKeptAsWritten() throws Exception {
        String text = "the Commission’s “Strategy” and 'straight'";
        assertEquals(text, SourceReader.read(write("q.txt", text.getBytes(StandardCharsets.UTF_8))).text());
    }

    @Test
    void emptyFileIsRefused() throws Exception {
        InputException e = assertThrows(InputException.class, () -> SourceReader.read(write("empty.txt", new byte[0])));
        assertTrue(e.getMessage().contains("empty.txt"), e.getMessage());
        assertTrue(e.getMessage().contains("empty document"), e.getMessage());
        assertEquals(0, e.line());
    }

    @Test
    void blankFileIsRefused() throws Exception {
        InputException e = assertThrows(InputException.class,
                () -> SourceReader.read(write("blank.txt", " \n\r\n\t\n".getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("empty document"), e.getMessage());
    }

    @Test
    void nulByteIsBinaryWithItsLine() throws Exception {
        byte[] bytes = "line one\r\nline two\nthree\0four".getBytes(StandardCharsets.UTF_8);
        InputException e = assertThrows(InputException.class, () -> SourceReader.read(write("bin.dat", bytes)));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith(dir.resolve("bin.dat") + ":3: binary file"), e.getMessage());
    }

    @Test
    void invalidUtf8NamesTheLine() throws Exception {
        byte[] head = "first\nsecond caf".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 2];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xE9; // Latin-1 'é': not UTF-8
        bytes[head.length + 1] = '\n';
        InputException e = assertThrows(InputException.class, () -> SourceReader.read(write("latin1.txt", bytes)));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("not UTF-8 text: invalid byte 0xe9"), e.getMessage());
    }

    @Test
    void truncatedSequenceAtTheEndIsRefused() throws Exception {
        byte[] bytes = {'o', 'k', '\n', (byte) 0xE2, (byte) 0x80};
        InputException e = assertThrows(InputException.class, () -> SourceReader.read(write("cut.txt", bytes)));
        assertEquals(2, e.line());
    }

    @Test
    void missingFileIsAnInputError() {
        InputException e = assertThrows(InputException.class, () -> SourceReader.read(dir.resolve("nope.txt")));
        assertTrue(e.getMessage().contains("nope.txt"), e.getMessage());
    }
}
