package org.policylod.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policylod.cli.Main;
import org.policylod.publish.Publication;
import org.policylod.publish.Publisher;
import org.policylod.validate.Verdict;

/**
 * Every query file runs unchanged through {@code policy-lod query FILE --out DIR} over a published
 * release of the seed (its TDB2 database, union default graph) and gives the expected rows.
 */
class QueryCommandTest {
    @TempDir
    static Path out;

    static Stream<String> files() {
        return Queries.files().stream();
    }

    /**
     * Publishes the seed as publish does, past a gate that lets it through: the SHACL gate has its
     * own tests, and this one is about the queries over a release as the query command opens it.
     */
    @BeforeAll
    static void publish() throws Exception {
        Verdict pass = new Verdict(true, 0, 0, GraphFactory.createDefaultGraph(), "");
        Publisher.Outcome o = new Publisher(Publication.at(out), Seed.BASE, Seed.TIME, g -> pass)
                .publish(Seed.assembly(Seed.BASE));
        assertEquals(Publisher.Status.PUBLISHED, o.status(), o.toString());
    }

    @ParameterizedTest
    @MethodSource("files")
    void givesTheExpectedRows(String file) throws Exception {
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int exit = Main.run(new PrintWriter(stdout), new PrintWriter(stderr),
                "query", file, "--out", out.toString(), "--format", "tsv");
        assertEquals(0, exit, stderr.toString());
        assertEquals(Queries.expected(file), stdout.toString(), file);
    }
}
