package org.policylod.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Reads a corpus document, refusing empty, binary and undecodable files with the file and line. */
public final class SourceReader {
    private SourceReader() {
    }

    public static SourceDocument read(Path file) throws InputException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(file, 0, "cannot read the file: " + e.getMessage(), e);
        }
        Path name = file.getFileName();
        return decode(file, name == null ? file.toString() : name.toString(), bytes);
    }

    /**
     * Decodes a document's bytes: UTF-8 only (a byte order mark is dropped), CRLF and CR become
     * LF. Quotes and dashes are kept as written; the recognisers match either form.
     */
    public static SourceDocument decode(Path file, String name, byte[] bytes) throws InputException {
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) {
            throw new InputException(file, lineAt(bytes, nul), "binary file: NUL byte at offset " + nul);
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        String text = utf8(file, bytes, start);
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            throw new InputException(file, 0, "empty document: no text to publish");
        }
        return new SourceDocument(file, name, text, sha256(bytes));
    }

    private static String utf8(Path file, byte[] bytes, int start) throws InputException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            throw new InputException(file, lineAt(bytes, at),
                    "not UTF-8 text: invalid byte 0x" + HexFormat.of().toHexDigits(bytes[at])
                            + " at offset " + at);
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new InputException(file, lineAt(bytes, bytes.length), "not UTF-8 text: truncated sequence at the end");
        }
        out.flip();
        return out.toString();
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** The 1-based line holding byte offset {@code at} (LF, CRLF and CR all end a line). */
    private static int lineAt(byte[] bytes, int at) {
        int line = 1;
        for (int i = 0; i < at && i < bytes.length; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                line++;
            }
        }
        return line;
    }

    /** The SHA-256 of {@code bytes}, in lower-case hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
