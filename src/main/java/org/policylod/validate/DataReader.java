package org.policylod.validate;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.policylod.source.InputException;

/**
 * Reads the data to validate: any RDF syntax Jena reads, chosen by file extension (.ttl, .nt, .nq,
 * .trig, .rdf, .jsonld, also gzipped). Quads count too: the gate sees the union of all graphs.
 */
public final class DataReader {
    private DataReader() {
    }

    /** The union of every triple and quad in {@code files}; a file that is not readable RDF fails. */
    public static Graph read(List<Path> files) throws InputException {
        Graph union = GraphFactory.createDefaultGraph();
        for (Path file : files) {
            DatasetGraph ds = readOne(file);
            ds.find().forEachRemaining(q -> union.add(q.asTriple()));
        }
        return union;
    }

    private static DatasetGraph readOne(Path file) throws InputException {
        DatasetGraph ds = DatasetGraphFactory.create();
        parse(file, StreamRDFLib.dataset(ds));
        if (ds.isEmpty()) {
            throw new InputException(file, 0, "holds no RDF statements");
        }
        return ds;
    }

    /**
     * Checks that {@code file} is a readable, non-empty file whose name says an RDF syntax Jena
     * reads, and returns that syntax.
     */
    public static Lang check(Path file) throws InputException {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file, 0, Files.exists(file) ? "not a regular file" : "no such file");
        }
        if (!Files.isReadable(file)) {
            throw new InputException(file, 0, "not readable");
        }
        Lang lang = RDFLanguages.pathnameToLang(file.toString());
        if (lang == null) {
            throw new InputException(file, 0,
                    "not an RDF file name Jena knows (use .ttl, .nt, .nq, .trig, .rdf, .owl, .jsonld, optionally .gz)");
        }
        try {
            if (Files.size(file) == 0) {
                throw new InputException(file, 0, "empty file");
            }
        } catch (IOException e) {
            throw new InputException(file, 0, "cannot read: " + e.getMessage(), e);
        }
        return lang;
    }

    /** {@link #check}s {@code file} and parses it into {@code sink}; a syntax error stops it, reported with its line. */
    public static void parse(Path file, StreamRDF sink) throws InputException {
        Lang lang = check(file);
        try (InputStream in = open(file)) {
            RDFParser.source(in).lang(lang).base(file.toUri().toString()).errorHandler(new Fail()).parse(sink);
        } catch (Malformed e) {
            throw new InputException(file, e.line, "malformed " + lang.getLabel() + ": " + e.getMessage(), e);
        } catch (RiotException | UncheckedIOException e) {
            throw new InputException(file, 0, "malformed " + lang.getLabel() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new InputException(file, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    /* The parser is given a stream, so that a .gz file is read the same whatever the parser's own guess. */
    private static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file));
        return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
    }

    /** A parse error with the line the parser gave (0 when it gave none). */
    private static final class Malformed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int line;

        Malformed(String message, long line) {
            super(message);
            this.line = line > 0 && line <= Integer.MAX_VALUE ? (int) line : 0;
        }
    }

    /** Parse errors stop the read; warnings (e.g. an unusual language tag) do not. */
    private static final class Fail implements ErrorHandler {
        @Override
        public void warning(String message, long line, long col) {
        }

        @Override
        public void error(String message, long line, long col) {
            throw new Malformed(message, line);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new Malformed(message, line);
        }
    }
}
