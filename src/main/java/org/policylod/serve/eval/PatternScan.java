package org.policylod.serve.eval;

import java.util.List;

/**
 * One pass over the top level of a regular expression in Java's syntax, collecting its runs of
 * literal characters for {@link Fragments}: a class, a group, a wildcard, an anchor or an escaped
 * letter ends a run; a quantifier that may leave its atom out takes the atom back out of the run.
 * Groups and classes are skipped whole (what is inside them is never certain at the top level).
 */
final class PatternScan {
    private final String p;
    private final List<String> runs;
    private final StringBuilder run = new StringBuilder();
    /** Where the last literal atom starts in {@code run}, or -1 when the last atom was not literal. */
    private int last = -1;
    private int i;

    PatternScan(String pattern, List<String> runs) {
        this.p = pattern;
        this.runs = runs;
    }

    /** False when the pattern is not understood (its runs are then not to be used). */
    boolean all() {
        while (i < p.length()) {
            char c = p.charAt(i);
            switch (c) {
                case '\\' -> {
                    if (!escape()) {
                        return false;
                    }
                }
                case '[' -> {
                    i = skipClass(p, i);
                    if (i < 0) {
                        return false;
                    }
                    cut();
                }
                case '(' -> {
                    i = skipGroup(p, i);
                    if (i < 0) {
                        return false;
                    }
                    cut();
                }
                case ')', '|' -> {
                    return false;  // unbalanced, or an alternative: nothing is certain
                }
                case '.', '^', '$' -> {
                    i++;
                    cut();
                }
                case '?', '*' -> {
                    i++;
                    optional();
                }
                case '+' -> {
                    i++;
                    cut();
                    modifier();
                }
                case '{' -> {
                    int close = p.indexOf('}', i);
                    if (close < 0) {
                        return false;
                    }
                    i = close + 1;
                    optional();  // {0,n} makes it optional; {1,} would not, but one rule is enough
                }
                default -> {
                    int cp = p.codePointAt(i);
                    i += Character.charCount(cp);
                    literal(cp);
                }
            }
        }
        cut();
        return true;
    }

    /** A backslash: a quoted stretch, an escaped punctuation character, or a construct skipped whole. */
    private boolean escape() {
        if (i + 1 >= p.length()) {
            return false;
        }
        char e = p.charAt(i + 1);
        if (e == 'Q') {
            int end = p.indexOf("\\E", i + 2);
            String quoted = end < 0 ? p.substring(i + 2) : p.substring(i + 2, end);
            quoted.codePoints().forEach(this::literal);
            i = end < 0 ? p.length() : end + 2;
            return true;
        }
        if (!Character.isLetterOrDigit(e)) {
            i += 2;
            literal(e);
            return true;
        }
        i = skipEscape(p, i);
        cut();
        return i > 0;
    }

    private void literal(int cp) {
        last = run.length();
        run.appendCodePoint(cp);
    }

    /** The atom just read may be absent: it leaves the run, which ends there. */
    private void optional() {
        if (last >= 0) {
            run.setLength(last);
        }
        cut();
        modifier();
    }

    /** A lazy or possessive mark after a quantifier. */
    private void modifier() {
        if (i < p.length() && (p.charAt(i) == '?' || p.charAt(i) == '+')) {
            i++;
        }
    }

    private void cut() {
        if (!run.isEmpty()) {
            runs.add(run.toString());
            run.setLength(0);
        }
        last = -1;
    }

    /** The index after an escape of a letter or digit starting at {@code i} (its arguments included), or -1. */
    private static int skipEscape(String p, int i) {
        char e = p.charAt(i + 1);
        int j = i + 2;
        switch (e) {
            case 'p', 'P', 'x', 'N' -> {
                if (j < p.length() && p.charAt(j) == '{') {
                    int close = p.indexOf('}', j);
                    return close < 0 ? -1 : close + 1;
                }
                return Math.min(p.length(), j + (e == 'x' ? 2 : 1));
            }
            case 'u' -> {
                return Math.min(p.length(), j + 4);
            }
            case 'c' -> {
                return Math.min(p.length(), j + 1);
            }
            case 'k' -> {
                int close = p.indexOf('>', j);
                return close < 0 ? -1 : close + 1;
            }
            default -> {
                if (Character.isDigit(e)) {  // octal \0nn or a back reference: all its digits
                    while (j < p.length() && Character.isDigit(p.charAt(j))) {
                        j++;
                    }
                }
                return j;
            }
        }
    }

    /** The index after the character class opening at {@code i}, or -1 if it does not close. */
    private static int skipClass(String p, int i) {
        int j = i + 1;
        if (j < p.length() && p.charAt(j) == '^') {
            j++;
        }
        if (j < p.length() && p.charAt(j) == ']') {
            j++;  // a ']' first in the class is a member
        }
        int depth = 1;
        while (j < p.length()) {
            char c = p.charAt(j);
            if (c == '\\') {
                if (j + 1 < p.length() && p.charAt(j + 1) == 'Q') {
                    return -1;
                }
                j += 2;
                continue;
            }
            if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return j + 1;
            }
            j++;
        }
        return -1;
    }

    /** The index after the group opening at {@code i}, or -1 if it does not close. */
    private static int skipGroup(String p, int i) {
        int depth = 0;
        int j = i;
        while (j < p.length()) {
            char c = p.charAt(j);
            if (c == '\\') {
                if (j + 1 < p.length() && p.charAt(j + 1) == 'Q') {
                    int end = p.indexOf("\\E", j + 2);
                    if (end < 0) {
                        return -1;
                    }
                    j = end + 2;
                } else {
                    j += 2;
                }
                continue;
            }
            if (c == '[') {
                j = skipClass(p, j);
                if (j < 0) {
                    return -1;
                }
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return j + 1;
            }
            j++;
        }
        return -1;
    }
}
