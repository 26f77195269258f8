package org.policylod.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policylod.Bundle;

/** The query files as outside scripts and readers rely on them, before any data is involved. */
class QueryFilesTest {
    static Stream<String> files() {
        return Queries.files().stream();
    }

    @Test
    void everyRequiredFileIsBundled() {
        List<String> names = Queries.files().stream().map(Queries::name).toList();
        Queries.REQUIRED.keySet().forEach(n -> assertTrue(names.contains(n), "missing query " + n));
    }

    @ParameterizedTest
    @MethodSource("files")
    void parsesAsAnOrderedSelect(String file) {
        Query q = Queries.parse(file);
        assertTrue(q.isSelectType(), file + " is not a SELECT query");
        assertTrue(q.hasOrderBy(), file + " has no ORDER BY: its rows would come in any order");
    }

    @ParameterizedTest
    @MethodSource("files")
    void projectsTheRequiredVariables(String file) {
        List<String> projected = Queries.parse(file).getProjectVars().stream().map(Var::getVarName).toList();
        List<String> required = Queries.REQUIRED.getOrDefault(Queries.name(file), List.of());
        assertEquals(required, projected.subList(0, Math.min(required.size(), projected.size())),
                file + " must project " + required + " first, in that order");
    }

    /** The header comment states the question and documents every result column. */
    @ParameterizedTest
    @MethodSource("files")
    void opensWithTheQuestionAndTheColumns(String file) {
        String text = Bundle.read(file);
        assertTrue(text.startsWith("# Question: "), file + " must open with '# Question: ...'");
        String header = text.lines().takeWhile(l -> l.startsWith("#")).reduce("", (a, l) -> a + l + "\n");
        assertTrue(header.contains("# Columns:"), file + ": the header comment lists no columns");
        for (Var v : Queries.parse(file).getProjectVars()) {
            assertTrue(Pattern.compile("#\\s+\\?" + v.getVarName() + "\\s").matcher(header).find(),
                    file + ": the header comment does not document ?" + v.getVarName());
        }
    }

    /** Labels in one language: every language filter asks for English. */
    @ParameterizedTest
    @MethodSource("files")
    void asksForEnglishLabelsOnly(String file) {
        Matcher m = Pattern.compile("langMatches\\s*\\(\\s*lang\\s*\\([^)]*\\)\\s*,\\s*\"([^\"]*)\"").matcher(Bundle.read(file));
        while (m.find()) {
            assertEquals("en", m.group(1), file + ": " + m.group());
        }
    }

    /** Data URIs follow publish --base: a query may name the ontology, never a minted resource. */
    @ParameterizedTest
    @MethodSource("files")
    void namesNoMintedUri(String file) {
        String text = Bundle.read(file).replace(Seed.BASE + "ontology#", "");
        String body = text.lines().filter(l -> !l.startsWith("#")).reduce("", (a, l) -> a + l + "\n");
        assertFalse(body.contains(Seed.BASE), file + " names a URI under the default base");
    }

    @ParameterizedTest
    @MethodSource("files")
    void isDocumentedInTheReadme(String file) throws IOException {
        String readme = Files.readString(Path.of(Queries.FOLDER, "README.md"));
        assertTrue(readme.contains("## `" + Queries.name(file) + "`"), "queries/README.md has no section for " + file);
    }

    @Test
    void everyQueryHasExpectedRows() {
        for (String file : Queries.files()) {
            assertTrue(Files.isRegularFile(Queries.expectedFile(file)), "no expected rows for " + file);
        }
    }
}
