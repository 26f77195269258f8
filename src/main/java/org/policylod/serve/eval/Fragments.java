package org.policylod.serve.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * The words a string must contain for a regular expression (Java syntax, as ARQ's REGEX uses it) or
 * a substring test to accept it. Only what is certain counts: a run of literal characters at the top
 * level of the pattern, cut where anything else stands (a class, a group, an escape, a wildcard) and
 * shortened by an atom a quantifier makes optional. A pattern with a top-level alternation, inline
 * flags or a construct not understood gives no words (the filter is then left alone); skipping more
 * of a pattern than needed only finds more candidates, reading a construct as literal text would lose
 * answers, so every doubt skips.
 */
final class Fragments {
    /** Words shorter than this match too much of the vocabulary to be worth a lookup. */
    static final int MIN_LENGTH = 2;

    /**
     * A folded word of the pattern that some word of a matching literal contains; {@code start}
     * when that word must begin with it (a non-word character precedes it in the pattern), {@code end}
     * when it must end with it.
     */
    record Piece(String text, boolean start, boolean end) {
        boolean matches(String word) {
            if (start && end) {
                return word.equals(text);
            }
            if (start) {
                return word.startsWith(text);
            }
            return end ? word.endsWith(text) : word.contains(text);
        }
    }

    private Fragments() {
    }

    /** The words any string matched by {@code pattern} with {@code flags} (null: none) contains; empty if unknown. */
    static List<Piece> regex(String pattern, String flags) {
        if (flags != null && !flags.chars().allMatch(c -> c == 'i' || c == 's' || c == 'm')) {
            return List.of();  // x reads whitespace and # differently, q is not Java's syntax
        }
        if (pattern.contains("(?")) {
            return List.of();  // inline flags, look-arounds: not worth the risk
        }
        List<String> runs = new ArrayList<>();
        if (!new PatternScan(pattern, runs).all()) {
            return List.of();
        }
        List<Piece> pieces = new ArrayList<>();
        runs.forEach(r -> pieces(r, pieces));
        return pieces;
    }

    /** The words any string containing {@code text} contains (CONTAINS, STRSTARTS, STRENDS). */
    static List<Piece> substring(String text) {
        List<Piece> pieces = new ArrayList<>();
        pieces(text, pieces);
        return pieces;
    }

    /** Cuts a run of literal text into its words, folded, each anchored where the run shows a word edge. */
    private static void pieces(String run, List<Piece> out) {
        String folded = Words.fold(run);
        int[] cps = folded.codePoints().toArray();
        for (int i = 0; i < cps.length; ) {
            if (!Words.isWordChar(cps[i])) {
                i++;
                continue;
            }
            int j = i;
            while (j < cps.length && Words.isWordChar(cps[j])) {
                j++;
            }
            if (j - i >= MIN_LENGTH) {
                out.add(new Piece(new String(cps, i, j - i), i > 0, j < cps.length));
            }
            i = j;
        }
    }
}
