package org.policylod.publish;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * The dumps of a bulk-loaded release, every {@link Dump} format {@code publish} makes, written
 * from the database one statement at a time (no dataset in memory) and gzipped as they are written:
 * a bulk release is large, so only the {@code .gz} of each. N-Quads, TriG and JSON-LD hold the
 * named graphs; N-Triples, Turtle and RDF/XML their union. Not sorted (unlike {@code publish}'s
 * N-Triples and N-Quads): the order is the database's.
 */
final class BulkDumps {
    private BulkDumps() {
    }

    /** Writes every dump of {@code dsg} into {@code dir}; returns them for the description. */
    static List<Distribution> write(DatasetGraph dsg, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Distribution> written = new ArrayList<>();
        for (Dump d : Dump.values()) {
            Path file = dir.resolve(d.fileName() + Gzip.SUFFIX);
            try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), 1 << 16)) {
                Txn.executeRead(dsg, () -> {
                    try {
                        write(d, dsg, out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            written.add(new Distribution(file, d.mediaType(), true, d.about().replace(", sorted,", ",")));
        }
        return written;
    }

    private static void write(Dump d, DatasetGraph dsg, OutputStream out) throws IOException {
        Graph union = dsg.getUnionGraph();
        switch (d) {
            case NQUADS -> stream(out, RDFFormat.NQUADS, dsg, null);
            case NTRIPLES -> stream(out, RDFFormat.NTRIPLES, null, union);
            case TRIG -> stream(out, RDFFormat.TRIG_BLOCKS, dsg, null);
            case TURTLE -> stream(out, RDFFormat.TURTLE_BLOCKS, null, union);
            case JSONLD -> text(out, w -> StreamingSyntax.jsonld(dsg.find(), w));
            case RDFXML -> text(out, w -> StreamingSyntax.rdfxml(union.find(), w));
        }
    }

    /** Jena's streaming writer of {@code format}, fed the quads of {@code dsg} or the triples of {@code graph}. */
    private static void stream(OutputStream out, RDFFormat format, DatasetGraph dsg, Graph graph) {
        StreamRDF s = StreamRDFWriter.getWriterStream(out, format, null);
        s.start();
        if (dsg != null) {
            dsg.prefixes().forEach(s::prefix);
            dsg.find().forEachRemaining(s::quad);
        } else {
            graph.getPrefixMapping().getNsPrefixMap().forEach(s::prefix);
            graph.find(Node.ANY, Node.ANY, Node.ANY).forEachRemaining(s::triple);
        }
        s.finish();
    }

    private interface Body {
        void write(Writer w) throws IOException;
    }

    private static void text(OutputStream out, Body body) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        body.write(w);
        w.flush();
    }
}
