package org.policylod.queries;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.policylod.Bundle;

/**
 * The published queries, the result columns outside scripts rely on, and their expected rows on
 * the seed publication ({@code src/test/resources/queries/expected/NAME.tsv}).
 *
 * <p>To regenerate the expected rows after the ETL changed:
 * {@code mvn -o -q test -Dtest='org.policylod.queries.ExpectedRowsTest#givesTheExpectedRows' -Dqueries.regenerate=true}, then review
 * {@code git diff src/test/resources/queries/expected} against the corpus text before committing.
 */
final class Queries {
    static final String FOLDER = "queries";
    static final Path EXPECTED = Path.of("src/test/resources/queries/expected");
    static final boolean REGENERATE = Boolean.getBoolean("queries.regenerate");

    /** The required files and the variables they must project (more are welcome). */
    static final Map<String, List<String>> REQUIRED = Map.ofEntries(
            Map.entry("cited-instruments.rq", List.of("instrument", "label", "identifier", "celex", "eli", "eurlex")),
            Map.entry("missions.rq", List.of("mission", "label", "kind", "country", "category")),
            Map.entry("organisations.rq", List.of("organisation", "label", "acronym", "authority")),
            Map.entry("principles.rq", List.of("principle", "label", "basis")),
            Map.entry("footnotes.rq", List.of("document", "number", "text")),
            Map.entry("redactions.rq", List.of("document", "redaction", "marker", "untilPage")),
            Map.entry("mentions.rq", List.of("entity", "label", "section", "excerpt")),
            Map.entry("document.rq", List.of("document", "identifier", "title", "date")),
            Map.entry("agency-mission-cooperation.rq", List.of("agency", "agencyLabel", "mission", "missionLabel", "relation")),
            Map.entry("instruments-by-year.rq", List.of("year", "instrument", "label")),
            Map.entry("eurlex-links.rq", List.of("resource", "label", "identifier", "celex", "eli", "eurlex")));

    private Queries() {
    }

    /** Every bundled query file, e.g. {@code queries/missions.rq}, sorted. */
    static List<String> files() {
        return Bundle.list(FOLDER, ".rq");
    }

    static String name(String file) {
        return file.substring(file.lastIndexOf('/') + 1);
    }

    static Query parse(String file) {
        return QueryFactory.create(Bundle.read(file), file);
    }

    /** The results of a SELECT query as SPARQL TSV, the format the query command writes. */
    static String tsv(Dataset dataset, Query query) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
            ResultSetFormatter.outputAsTSV(out, qe.execSelect());
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    static Path expectedFile(String file) {
        String n = name(file);
        return EXPECTED.resolve(n.substring(0, n.length() - ".rq".length()) + ".tsv");
    }

    static String expected(String file) throws IOException {
        return Files.readString(expectedFile(file), StandardCharsets.UTF_8);
    }

    /** Rewrites the expected rows of {@code file} (regeneration only). */
    static void write(String file, String rows) throws IOException {
        Files.createDirectories(EXPECTED);
        Files.writeString(expectedFile(file), rows, StandardCharsets.UTF_8);
    }
}
