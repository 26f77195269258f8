package org.policylod.extract.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Text for matching: typographic quotes, apostrophes and dashes folded to their ASCII forms one
 * char for one char (so offsets stay valid), and tokens: runs of letters and digits, every other
 * non-space char a token of its own.
 */
public final class Fold {
    private Fold() {
    }

    /** One token: its folded text and its char span in the original. */
    public record Token(String text, int start, int end) {
    }

    public static char fold(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`', '\u00B4' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            case '\u00A0', '\u2007', '\u202F' -> ' ';
            default -> c;
        };
    }

    public static String fold(String s) {
        int same = 0;
        while (same < s.length() && fold(s.charAt(same)) == s.charAt(same)) {
            same++;
        }
        if (same == s.length()) {
            return s;
        }
        char[] cs = s.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            cs[i] = fold(cs[i]);
        }
        return new String(cs);
    }

    /** The one-char tokens of Latin-1, made once (punctuation is a token of its own everywhere). */
    private static final String[] CHARS = new String[256];

    static {
        for (char c = 0; c < CHARS.length; c++) {
            CHARS[c] = String.valueOf(c);
        }
    }

    public static List<Token> tokens(String s) {
        List<Token> out = new ArrayList<>(s.length() / 5 + 4);
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(s.charAt(j)) || Character.isSurrogate(s.charAt(j)))) {
                    j++;
                }
                // letters, digits and surrogates never fold: the word is its own folded form
                out.add(new Token(s.substring(i, j), i, j));
                i = j;
            } else if (Character.isWhitespace(c) || c == '\u00A0') {
                i++;
            } else {
                char f = fold(c);
                out.add(new Token(f < CHARS.length ? CHARS[f] : String.valueOf(f), i, i + 1));
                i++;
            }
        }
        return out;
    }

    /** An acronym: two or more chars, upper-case letters and digits, at least one letter. */
    public static boolean acronym(String s) {
        if (s.length() < 2) {
            return false;
        }
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letter = true;
            } else if (!Character.isDigit(c)) {
                return false;
            }
        }
        return letter;
    }
}
