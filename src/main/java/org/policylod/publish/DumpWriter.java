package org.policylod.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.RDFWriterBuilder;
import org.apache.jena.sparql.core.Quad;

/**
 * Writes the dumps of a canonical dataset: every {@link Dump} format, each also gzipped. N-Triples
 * and N-Quads are the sorted lines themselves (diff-friendly); the other syntaxes come from Jena's
 * writers over the canonical dataset, so they too are the same bytes for the same data.
 *
 * <p>Turtle, TriG and JSON-LD are pretty (grouped, abbreviated, JSON-LD compacted with its context)
 * up to {@link #PRETTY_LIMIT} quads. Those writers build the whole document in memory first (the
 * JSON-LD 1.1 writer ran out of an 8 GB heap on a 5.6M-quad release), so above it they are written
 * as a bulk release writes them: Turtle and TriG by Jena's streaming blocks writers, JSON-LD
 * expanded, one node object per subject and graph ({@link StreamingSyntax}).
 */
public final class DumpWriter {
    /** Quads up to which Turtle, TriG and JSON-LD are written pretty. */
    public static final long PRETTY_LIMIT = 250_000;

    private DumpWriter() {
    }

    /** Writes into {@code dir} and returns the files written, each plain file followed by its gzip. */
    public static List<Distribution> write(Canonical data, Path dir) throws IOException {
        return write(data, dir, PRETTY_LIMIT);
    }

    /** As {@link #write(Canonical, Path)}, pretty up to {@code prettyLimit} quads. */
    static List<Distribution> write(Canonical data, Path dir, long prettyLimit) throws IOException {
        Files.createDirectories(dir);
        boolean pretty = data.quadLines().size() <= prettyLimit;
        List<Distribution> written = new ArrayList<>();
        for (Dump d : Dump.values()) {
            Path file = dir.resolve(d.fileName());
            switch (d) {
                case NTRIPLES -> lines(data.tripleLines(), file);
                case NQUADS -> lines(data.quadLines(), file);
                case TURTLE -> jena(RDFWriter.source(data.union()), pretty ? RDFFormat.TURTLE_PRETTY : RDFFormat.TURTLE_BLOCKS, file);
                case RDFXML -> jena(RDFWriter.source(data.union()), RDFFormat.RDFXML_PLAIN, file);
                case TRIG -> jena(RDFWriter.source(data.dataset()), pretty ? RDFFormat.TRIG_PRETTY : RDFFormat.TRIG_BLOCKS, file);
                case JSONLD -> {
                    if (pretty) {
                        jena(RDFWriter.source(data.dataset()), RDFFormat.JSONLD11_PRETTY, file);
                    } else {
                        expanded(data, file);
                    }
                }
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

    /* Graph by graph in the order of their names, so the same data gives the same bytes. */
    private static void expanded(Canonical data, Path file) throws IOException {
        Iterator<Quad> quads = Iter.flatMap(data.graphNames().iterator(),
                g -> data.dataset().find(g, Node.ANY, Node.ANY, Node.ANY));
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StreamingSyntax.jsonld(quads, w);
        }
    }

    private static void jena(RDFWriterBuilder builder, RDFFormat format, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            builder.format(format).output(out);
        }
    }
}
