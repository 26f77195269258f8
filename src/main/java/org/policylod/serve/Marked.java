package org.policylod.serve;

import java.util.Optional;

/**
 * A sentence with the words of a mention marked: the text before, the marked words, the text
 * after (the template puts the middle in {@code <mark>}), or the whole sentence when the words
 * cannot be placed.
 */
record Marked(String before, String mark, String after) {

    /**
     * Places {@code exact} in {@code sentence}: from {@code start} (code points in the passage's
     * {@code text}) when the sentence can be found in the passage, else at the first occurrence of
     * the words.
     */
    static Marked of(String sentence, String exact, String text, String start) {
        if (exact == null) {
            return new Marked(sentence, null, null);
        }
        int at = at(sentence, exact, text, start);
        if (at < 0) {
            return new Marked(sentence, null, null);
        }
        return new Marked(sentence.substring(0, at), exact, sentence.substring(at + exact.length()));
    }

    private static int at(String sentence, String exact, String text, String start) {
        if (text != null && start != null) {
            int sentenceAt = text.indexOf(sentence);
            try {
                int startCp = Integer.parseInt(start);
                if (sentenceAt >= 0 && startCp <= text.codePointCount(0, text.length())) {
                    int startChar = text.offsetByCodePoints(0, startCp) - sentenceAt;
                    if (startChar >= 0 && sentence.startsWith(exact, startChar)) {
                        return startChar;
                    }
                }
            } catch (NumberFormatException | IndexOutOfBoundsException e) {
                // Malformed offsets fall back to finding the words.
            }
        }
        return sentence.indexOf(exact);
    }

    static Optional<String> text(org.apache.jena.graph.Node n) {
        return n != null && n.isLiteral() ? Optional.of(n.getLiteralLexicalForm()) : Optional.empty();
    }
}
