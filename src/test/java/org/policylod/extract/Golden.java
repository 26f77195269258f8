package org.policylod.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.util.FmtUtils;
import org.policylod.rdf.DocumentGraph;
import org.policylod.source.InputException;
import org.policylod.source.SourceReader;

/**
 * Golden graphs: the expected output of a document, compared as graphs (isomorphism). Run with
 * {@code -Dgolden.write=true} to rewrite them after a reviewed change.
 */
final class Golden {
    static final Instant TIME = Instant.parse("2026-01-01T00:00:00Z");
    static final String BASE = "https://w3id.org/policy-lod/";
    static final Path DIR = Path.of("src/test/resources/etl");

    private static Etl etl;

    private Golden() {
    }

    static synchronized Etl etl() {
        if (etl == null) {
            etl = Etl.create(BASE, TIME);
        }
        return etl;
    }

    static DocumentGraph transform(Path file) {
        try {
            return etl().transform(SourceReader.read(file));
        } catch (InputException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    static void compare(Model actual, String name) {
        Path expected = DIR.resolve(name);
        try {
            if (Boolean.getBoolean("golden.write")) {
                Files.createDirectories(expected.getParent());
                try (OutputStream out = Files.newOutputStream(expected)) {
                    RDFDataMgr.write(out, actual, RDFFormat.TURTLE_PRETTY);
                }
                return;
            }
            assertTrue(Files.exists(expected), "golden graph missing: " + expected + " (write it with -Dgolden.write=true)");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        Model golden = RDFDataMgr.loadModel(expected.toString());
        if (!golden.isIsomorphicWith(actual)) {
            fail("graph differs from " + expected + "\nmissing:\n" + diff(golden, actual) + "\nunexpected:\n" + diff(actual, golden));
        }
    }

    /** Statements of a not in b, sorted, at most 40 (blank nodes are not used in these graphs). */
    private static String diff(Model a, Model b) {
        TreeSet<String> lines = new TreeSet<>();
        for (Statement s : a.listStatements().toList()) {
            if (!b.contains(s)) {
                lines.add(FmtUtils.stringForTriple(s.asTriple()));
            }
        }
        List<String> shown = new ArrayList<>(lines);
        return String.join("\n", shown.subList(0, Math.min(40, shown.size()))) + (shown.size() > 40 ? "\n..." : "");
    }
}
