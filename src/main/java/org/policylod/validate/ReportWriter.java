package org.policylod.validate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/** Writes a validation report as Turtle (the gate gives the report the shapes' prefixes). */
public final class ReportWriter {
    private ReportWriter() {
    }

    public static void write(Verdict verdict, OutputStream out) {
        RDFDataMgr.write(out, verdict.report(), RDFFormat.TURTLE_PRETTY);
    }

    /** Writes the report to {@code file}, creating its folder; an existing file is replaced. */
    public static void write(Verdict verdict, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            write(verdict, out);
        }
    }
}
