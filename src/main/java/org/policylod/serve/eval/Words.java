package org.policylod.serve.eval;

import java.util.function.Consumer;

/**
 * How the text index and the patterns it answers for are cut into words. Both sides fold each code
 * point the way Java's case-insensitive matching compares them ({@code toLowerCase(toUpperCase(c))}),
 * and a word is a maximal run of folded code points that are letters or digits. So whenever a
 * regular expression (case-insensitive or not) matches a run of word characters of its pattern
 * against a literal, the folded literal has a word that contains the folded run: the index can
 * only find more literals than the filter keeps, never fewer.
 */
final class Words {
    private Words() {
    }

    static int fold(int codePoint) {
        return Character.toLowerCase(Character.toUpperCase(codePoint));
    }

    /** Whether a folded code point belongs to a word. */
    static boolean isWordChar(int folded) {
        return Character.isLetterOrDigit(folded);
    }

    /** {@code text} folded, code point by code point. */
    static String fold(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().map(Words::fold).forEach(b::appendCodePoint);
        return b.toString();
    }

    /** Hands every word of {@code text}, folded, to {@code sink}, in order (repeats included). */
    static void each(String text, Consumer<String> sink) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int raw = text.codePointAt(i);
            i += Character.charCount(raw);
            int cp = fold(raw);
            if (isWordChar(cp)) {
                word.appendCodePoint(cp);
            } else if (!word.isEmpty()) {
                sink.accept(word.toString());
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            sink.accept(word.toString());
        }
    }
}
