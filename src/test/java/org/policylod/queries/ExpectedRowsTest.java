package org.policylod.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each query gives exactly its expected rows on the seed publication (checked by hand against the
 * corpus text), and the same rows when the publication is minted under another base.
 */
class ExpectedRowsTest {
    static final String OTHER_BASE = "http://data.example.org/plod/";

    static Stream<String> files() {
        return Queries.files().stream();
    }

    @ParameterizedTest
    @MethodSource("files")
    void givesTheExpectedRows(String file) throws Exception {
        String rows = Queries.tsv(Seed.dataset(Seed.BASE), Queries.parse(file));
        if (Queries.REGENERATE) {
            Queries.write(file, rows);
        }
        assertEquals(Queries.expected(file), rows, file);
    }

    /**
     * Under publish --base X, the same rows with X in every minted URI (compared as sets: rows
     * ordered by URI may change places when the base sorts differently).
     */
    @ParameterizedTest
    @MethodSource("files")
    void followsTheBase(String file) throws Exception {
        String rows = Queries.tsv(Seed.dataset(OTHER_BASE), Queries.parse(file));
        String ontology = Seed.BASE + "ontology#";
        String expected = Queries.expected(file).replace(ontology, "\u0000")
                .replace(Seed.BASE, OTHER_BASE).replace("\u0000", ontology);
        assertEquals(sorted(expected), sorted(rows), file);
    }

    private static List<String> sorted(String tsv) {
        return tsv.lines().sorted().toList();
    }
}
