package org.policylod.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Gzip that gives the same bytes for the same input: Java's gzip header holds no time stamp and no
 * file name (mtime 0, no FNAME flag), unlike the gzip tool's default.
 */
final class Gzip {
    static final String SUFFIX = ".gz";

    private Gzip() {
    }

    /** Writes {@code file}.gz beside {@code file} and returns it. */
    static Path compress(Path file) throws IOException {
        Path gz = file.resolveSibling(file.getFileName() + SUFFIX);
        try (InputStream in = Files.newInputStream(file);
             OutputStream out = new Best(Files.newOutputStream(gz))) {
            in.transferTo(out);
        }
        return gz;
    }

    /** Dumps are compressed once and downloaded many times: spend the time on the best ratio. */
    private static final class Best extends GZIPOutputStream {
        Best(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(Deflater.BEST_COMPRESSION);
        }
    }
}
