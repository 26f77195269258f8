package org.policylod.serve.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.RegexEngine;
import org.junit.jupiter.api.Test;
import org.policylod.serve.eval.Fragments.Piece;

/** The words a pattern requires: read right where it is certain, nothing where it is not, and never a word a match lacks. */
class FragmentsTest {

    private static Piece p(String text, boolean start, boolean end) {
        return new Piece(text, start, end);
    }

    @Test
    void literalRunsCutAtEveryConstruct() {
        assertEquals(List.of(p("frontex", false, true), p("readmission", true, false)), Fragments.regex("frontex [a-z]+ readmission", "i"));
        assertEquals(List.of(p("ab", false, true), p("cd", true, false)), Fragments.regex("ab\\.cd", ""));
        assertEquals(List.of(p("front", false, true), p("ex", true, false)), Fragments.regex("\\Qfront.ex\\E", null));
        assertEquals(List.of(p("cd", false, false)), Fragments.regex("[ab]cd", ""));
        assertEquals(List.of(p("word", false, false)), Fragments.regex("\\bword\\b", ""));
        assertEquals(List.of(p("rontex", false, false)), Fragments.regex("\\x66rontex", ""));
        assertEquals(List.of(p("σοφία", false, false)), Fragments.regex("ΣΟΦΊΑ", "i"));
        assertEquals(List.of(p("kelvin", false, false)), Fragments.regex("\u212Aelvin", "i"));
    }

    @Test
    void optionalAtomsLeaveTheRun() {
        assertEquals(List.of(p("colo", false, false)), Fragments.regex("colou?r", ""));
        assertEquals(List.of(p("ab", false, false)), Fragments.regex("abc*", ""));
        assertEquals(List.of(p("abc", false, false)), Fragments.regex("abc+d", ""));
        assertEquals(List.of(), Fragments.regex("xy{0,2}z", ""));
        assertEquals(List.of(p("ab", false, false)), Fragments.regex("abc??", ""));
    }

    @Test
    void nothingIsCertainInAlternativesInlineFlagsOrBrokenPatterns() {
        assertEquals(List.of(), Fragments.regex("frontex|readmission", "i"));
        assertEquals(List.of(), Fragments.regex("(?i)frontex", ""));
        assertEquals(List.of(), Fragments.regex("front ex", "x"));
        assertEquals(List.of(), Fragments.regex("frontex)", ""));
        assertEquals(List.of(), Fragments.regex("[frontex", ""));
        assertEquals(List.of(p("mission", true, false)), Fragments.regex("(border|return) mission", ""));
    }

    @Test
    void substringsAreLiteral() {
        assertEquals(List.of(p("frontex", false, true), p("readmission", true, false)), Fragments.substring("Frontex readmission"));
        assertEquals(List.of(p("a", false, false)).size() - 1, Fragments.substring("a.b").size());  // one-letter words are no help
    }

    /**
     * Random patterns over a small alphabet of look-alikes (cases, Kelvin sign, final sigma, sharp s,
     * punctuation): whenever Jena's REGEX matches a string, every piece matches a word of it.
     */
    @Test
    void everyMatchHasTheWords() {
        String[] atoms = {"a", "A", "b", "B", "k", "K", "\u212A", "σ", "ς", "Σ", "ß", "é", "É", "1", " ", "-", ".", "\\.", "\\s",
                "[ab]", "[^a]", "(a|b)", "(ab)", "?", "*", "+", "{1,2}", "^", "$", "\\Qa.b\\E", "\\x61", "\\u0062", "\\p{L}", "|",
                "\\b", "\\w", "[]a]", "\\1"};
        String alphabet = "aAbBkK\u212AσςΣßéÉ1 -.";
        Random r = new Random(3);
        int checked = 0;
        for (int n = 0; n < 3000; n++) {
            StringBuilder pattern = new StringBuilder();
            for (int k = 1 + r.nextInt(7); k > 0; k--) {
                pattern.append(r.nextBoolean() ? atoms[r.nextInt(atoms.length)] : atoms[r.nextInt(8)]);  // letters half the time
            }
            String flags = r.nextBoolean() ? "i" : "";
            RegexEngine engine;
            try {
                engine = E_Regex.makeRegexEngine(pattern.toString(), flags);
            } catch (RuntimeException e) {
                continue;  // not a pattern: REGEX fails on every row whatever is looked up
            }
            List<Piece> pieces = Fragments.regex(pattern.toString(), flags);
            for (int s = 0; s < 300; s++) {
                StringBuilder text = new StringBuilder();
                for (int k = r.nextInt(10); k > 0; k--) {
                    text.append(alphabet.charAt(r.nextInt(r.nextBoolean() ? 4 : alphabet.length())));
                }
                if (engine.match(text.toString())) {
                    List<String> words = new ArrayList<>();
                    Words.each(text.toString(), words::add);
                    for (Piece piece : pieces) {
                        assertTrue(words.stream().anyMatch(piece::matches), pattern + " /" + flags + " matches '" + text + "' without " + piece);
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 1000, "too few matches with pieces to mean anything: " + checked);
    }
}
