package org.policylod.extract.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.policylod.Bundle;

class AuthorityIndexTest {
    /** The index the build wrote holds exactly what parsing the Turtle tables gives. */
    @Test
    void bundledIndexEqualsTheParsedTables() throws IOException {
        Authority parsed = Authority.parse(Authority.TABLES);
        Authority indexed;
        try (InputStream in = Bundle.open(AuthorityIndex.RESOURCE)) {
            indexed = AuthorityIndex.read(in);
        }
        assertEquals(parsed.bodies, indexed.bodies);
        assertEquals(parsed.countries, indexed.countries);
        assertEquals(parsed.types, indexed.types);
        assertEquals(parsed.broader, indexed.broader);
        assertEquals(parsed.languages, indexed.languages);
        assertEquals(parsed.codes, indexed.codes);
        assertEquals(parsed.prefs, indexed.prefs);
        assertEquals(List.copyOf(parsed.bodies.keySet()), List.copyOf(indexed.bodies.keySet()));
        assertTrue(indexed.bodies.containsKey(Authority.AT.replace("ontology", "resource") + "corporate-body/EUROPOL"));
        assertEquals("http://publications.europa.eu/resource/authority/language/ENG", indexed.languages.get("en"));
    }

    @Test
    void escapedCharsSurviveTheRoundTrip() throws IOException {
        Map<String, List<String>> bodies = new TreeMap<>(Map.of("b:1", List.of("A\tB", "C\\D", "E\nF\rG")));
        Authority a = new Authority(bodies, new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), Map.of("en", "l:ENG"),
                Map.of("b:1", "X\\tY"), Map.of("b:1", "A\tB"));
        StringWriter w = new StringWriter();
        AuthorityIndex.write(a, w);
        Authority back = AuthorityIndex.read(new ByteArrayInputStream(w.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals(bodies, back.bodies);
        assertEquals(Map.of("b:1", "X\\tY"), back.codes);
        assertEquals(Map.of("b:1", "A\tB"), back.prefs);
        assertEquals(Map.of("en", "l:ENG"), back.languages);
    }

    @Test
    void aTruncatedIndexIsAnErrorNamingTheLine() {
        String text = "# header\n@bodies\nb:1\tLabel\n@countries\n";
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> AuthorityIndex.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
        assertEquals(AuthorityIndex.RESOURCE + ": truncated after 4 lines", e.getMessage());
        String bad = "@bodies\nb:1\n";
        e = assertThrows(IllegalStateException.class,
                () -> AuthorityIndex.read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))));
        assertEquals(AuthorityIndex.RESOURCE + ":2: a line outside a section or without a value", e.getMessage());
    }
}
