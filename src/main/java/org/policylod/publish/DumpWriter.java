package org.policylod.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.RDFWriterBuilder;

/**
 * Writes the dumps of a canonical dataset: every {@link Dump} format, each also gzipped. N-Triples
 * and N-Quads are the sorted lines themselves (diff-friendly); the other syntaxes come from Jena's
 * writers over the canonical dataset, so they too are the same bytes for the same data.
 */
public final class DumpWriter {
    private DumpWriter() {
    }

    /** Writes into {@code dir} and returns the files written, each plain file followed by its gzip. */
    public static List<Distribution> write(Canonical data, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Distribution> written = new ArrayList<>();
        for (Dump d : Dump.values()) {
            Path file = dir.resolve(d.fileName());
            switch (d) {
                case NTRIPLES -> lines(data.tripleLines(), file);
                case NQUADS -> lines(data.quadLines(), file);
                case TURTLE -> jena(RDFWriter.source(data.union()), RDFFormat.TURTLE_PRETTY, file);
                case RDFXML -> jena(RDFWriter.source(data.union()), RDFFormat.RDFXML_PLAIN, file);
                case TRIG -> jena(RDFWriter.source(data.dataset()), RDFFormat.TRIG_PRETTY, file);
                case JSONLD -> jena(RDFWriter.source(data.dataset()), RDFFormat.JSONLD11_PRETTY, file);
            }
            written.add(new Distribution(file, d.mediaType(), false, d.about()));
            written.add(new Distribution(Gzip.compress(file), d.mediaType(), true, d.about()));
        }
        return written;
    }

    private static void lines(List<String> lines, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String l : lines) {
                w.write(l);
                w.write('\n');
            }
        }
    }

    private static void jena(RDFWriterBuilder builder, RDFFormat format, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            builder.format(format).output(out);
        }
    }
}
