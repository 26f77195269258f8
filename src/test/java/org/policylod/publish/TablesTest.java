package org.policylod.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TablesTest {
    static final String PREFIXES = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
            + "PREFIX plo: <https://w3id.org/policy-lod/ontology#>\n";

    @TempDir
    Path dir;

    @Test
    void writesOneCsvPerQueryFromTheUnionGraph() throws IOException {
        Fixture.publish(dir);
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("labels", "# Every resource with a preferred label.\n# Columns: resource, label.\n" + PREFIXES
                + "SELECT ?resource ?label { ?resource skos:prefLabel ?label }");
        queries.put("texts", PREFIXES + "SELECT ?order ?text { ?p plo:order ?order ; plo:text ?text } ORDER BY ?order");
        Path csv = dir.resolve("csv");
        List<Distribution> written;
        try (Store store = Store.open(Publication.at(dir).current().orElseThrow())) {
            written = Tables.write(store, csv, queries);
        }
        assertEquals(List.of(new Distribution(csv.resolve("labels.csv"), "text/csv", false,
                        "Every resource with a preferred label. Columns: resource, label."),
                new Distribution(csv.resolve("texts.csv"), "text/csv", false, null)), written);
        // The label is in two graphs; the union graph has it once.
        assertEquals("resource,label\r\nhttps://w3id.org/policy-lod/id/organisation/europol,Europol\r\n",
                Files.readString(csv.resolve("labels.csv")));
        assertEquals("order,text\r\n3,\"He said \"\"non-refoulement\"\" \\ <script>alert(1)</script>\nline two: Fünf — 5 € ✓\"\r\n",
                Files.readString(csv.resolve("texts.csv")));
    }

    @Test
    void aQueryThatIsNotASelectIsABundleFault() throws IOException {
        Fixture.publish(dir);
        try (Store store = Store.open(Publication.at(dir).current().orElseThrow())) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> Tables.write(store, dir.resolve("csv"), Map.of("ask", "ASK {}")));
            assertEquals("queries/ask.rq is not a SELECT query: it cannot make a table", e.getMessage());
            e = assertThrows(IllegalStateException.class,
                    () -> Tables.write(store, dir.resolve("csv"), Map.of("bad", "SELECT ?x\nWHERE { ?x ")));
            assertEquals("queries/bad.rq:2:", e.getMessage().substring(0, 17));
        }
    }

    @Test
    void theQuestionIsTheOpeningComment() {
        assertEquals("Which missions are named, and where?",
                Tables.question("#\n# Which missions are named,\n#   and where?\n#\n## Columns: ?mission ?label\nSELECT"));
        assertNull(Tables.question("SELECT * {}"));
    }
}
