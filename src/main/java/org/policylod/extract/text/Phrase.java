package org.policylod.extract.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The grammar of instrument names around a keyword ("Strategy", "Action Plan"): capitalised words
 * before it ("EU", "Global", "New"), and after it a connector ("on", "to", "against") that opens a
 * complement, running to a footnote marker or over capitalised words ("on Migration and Asylum").
 */
public final class Phrase {
    /** Words that open a name's complement. */
    public static final Set<String> OPENERS = Set.of("of", "on", "for", "to", "against", "towards", "from");
    /** Small words allowed inside a complement between capitalised words. */
    public static final Set<String> INNER = Set.of("of", "on", "for", "to", "against", "towards", "the", "and", "in",
            "'", "s", "-");
    /** Words that end a name leftwards: determiners, and the pronoun that never names (this). */
    public static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "its",
            "their", "our", "his", "her");
    /** Characters that end a clause for the purpose of tying a name to a footnote marker. */
    public static final String CLAUSE_BREAK = ",;:()\"“”[]";
    /** A title in quotes right after the keyword: the Joint Communication "Responding to ...". */
    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("\\s+(?:“[^”]{3,300}”|\"[^\"]{3,300}\")");

    /** A full date ("19 November 2018") opening a complement. */
    private static final java.util.regex.Pattern DATED = java.util.regex.Pattern.compile("\\s+\\d{1,2}\\s+\\p{L}+\\s+\\d{4}\\b");

    private Phrase() {
    }

    public static boolean capitalised(String token) {
        return !token.isEmpty() && (Character.isUpperCase(token.charAt(0)) || Character.isDigit(token.charAt(0)));
    }

    /** The token index where a name's capitalised prefix starts (== k when there is none). */
    public static int prefix(List<Fold.Token> t, int k, String text) {
        int i = k;
        while (i > 0) {
            Fold.Token prev = t.get(i - 1);
            if (!adjacentWords(t, i - 1, i, text)) {
                break;
            }
            String w = prev.text();
            if (DETERMINERS.contains(w.toLowerCase(Locale.ROOT)) || Character.isDigit(w.charAt(0))) {
                break;
            }
            if (Character.isUpperCase(w.charAt(0))) {
                i--;
            } else if (i >= 3 && "-".equals(t.get(i - 2).text()) && capitalised(t.get(i - 3).text())
                    && t.get(i - 2).end() == prev.start() && t.get(i - 3).end() == t.get(i - 2).start()) {
                i -= 3;
            } else {
                break;
            }
        }
        return i;
    }

    /** Two tokens separated by white space only (no punctuation between them). */
    private static boolean adjacentWords(List<Fold.Token> t, int a, int b, String text) {
        String gap = text.substring(t.get(a).end(), t.get(b).start());
        return gap.isBlank() && Character.isLetterOrDigit(t.get(a).text().charAt(0));
    }

    /** The char offset where the complement after the keyword (ending at token e) ends. */
    public static int complement(List<Fold.Token> t, int e, String text, List<Markup.Anchor> anchors) {
        int end = t.get(e).end();
        String rest = text.substring(end);
        var quoted = QUOTED.matcher(rest);
        if (quoted.lookingAt()) {
            return end + quoted.end();
        }
        // a year or a span of years right after the keyword is part of the name: "Drugs Strategy 2021-2025"
        if (e + 1 < t.size() && year(t.get(e + 1)) && text.substring(end, t.get(e + 1).start()).equals(" ")) {
            e++;
            if (e + 2 < t.size() && "-".equals(t.get(e + 1).text()) && year(t.get(e + 2))
                    && t.get(e + 1).start() == t.get(e).end() && t.get(e + 2).start() == t.get(e + 1).end()) {
                e += 2;
            }
            end = t.get(e).end();
        }
        if (e + 1 >= t.size() || !OPENERS.contains(t.get(e + 1).text().toLowerCase(Locale.ROOT))
                || DATED.matcher(text.substring(t.get(e + 1).end())).lookingAt()) {
            return end; // "the Compact of 19 November 2018": a date, not part of the name
        }
        Markup.Anchor a = anchorAfter(text, end, anchors);
        if (a != null) {
            int stop = a.offset();
            for (int i = end; i < stop; i++) {
                if (CLAUSE_BREAK.indexOf(text.charAt(i)) >= 0) {
                    stop = i;
                    break;
                }
            }
            while (stop > end && (text.charAt(stop - 1) == '.' || text.charAt(stop - 1) == ' ')) {
                stop--;
            }
            return stop;
        }
        int best = end;
        for (int j = e + 1; j < t.size(); j++) {
            String w = t.get(j).text();
            String gap = text.substring(t.get(j - 1).end(), t.get(j).start());
            if (!gap.isBlank()) {
                break;
            }
            if (capitalised(w)) {
                best = t.get(j).end();
            } else if (!INNER.contains(w.toLowerCase(Locale.ROOT))) {
                break;
            }
        }
        return best;
    }

    private static boolean year(Fold.Token t) {
        return t.text().length() == 4 && t.text().chars().allMatch(Character::isDigit);
    }

    /** The first footnote marker after {@code from} in the same clause (a full stop may precede it). */
    public static Markup.Anchor anchorAfter(String text, int from, List<Markup.Anchor> anchors) {
        for (Markup.Anchor a : anchors) {
            if (a.offset() < from) {
                continue;
            }
            String gap = text.substring(from, a.offset());
            String inner = gap.endsWith(".") ? gap.substring(0, gap.length() - 1) : gap;
            inner = inner.replaceAll("“[^”]*”|\"[^\"]*\"", " ");
            for (int i = 0; i < inner.length(); i++) {
                if (CLAUSE_BREAK.indexOf(inner.charAt(i)) >= 0 || inner.charAt(i) == '.') {
                    return null;
                }
            }
            return inner.split("\\s+").length <= 16 ? a : null;
        }
        return null;
    }
}
