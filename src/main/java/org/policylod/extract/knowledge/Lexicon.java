package org.policylod.extract.knowledge;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.policylod.extract.model.EntityKind;
import org.policylod.extract.text.Fold;
import org.policylod.extract.text.Phrase;

/**
 * Finds labels of known entities in text: a trie over tokens, leftmost-longest, whole words only.
 * One-token labels and acronyms match with their case as written ("EUAA", "Niger"); longer
 * labels match in any case. A label two entries share is ambiguous and never matches.
 */
public final class Lexicon {
    /** What a label stands for. */
    public record Entry(String iri, EntityKind kind, boolean curated) {
    }

    /** A match: the entry and its char span. */
    public record Hit(Entry entry, int start, int end) {
    }

    private static final Entry AMBIGUOUS = new Entry("", EntityKind.CONCEPT, false);

    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        Entry entry;
    }

    /** The kinds of entity whose names a text may write in capitals; concepts and documents are not looked for there. */
    private static final Set<EntityKind> CAPITALISED = EnumSet.of(EntityKind.ORGANISATION, EntityKind.MISSION,
            EntityKind.COUNTRY, EntityKind.REGION);

    private final Node exact = new Node();
    private final Node folded = new Node();
    /** Names (not acronyms) by their lower-case words, matched only where the text is written in capitals. */
    private final Node capitals = new Node();
    private int size;

    /** Adds a label; a curated entry replaces an authority one, two of a rank make it ambiguous. */
    void add(String label, Entry entry) {
        List<Fold.Token> tokens = Fold.tokens(label);
        if (tokens.isEmpty()) {
            return;
        }
        if (tokens.size() == 1 && !Character.isUpperCase(tokens.get(0).text().charAt(0))) {
            return; // a one-word label in lower case ("public", "ongoing") is a common word, not a name
        }
        // official names of the authority tables match only as written: "Security and Defence" is a
        // committee, "security and defence" is not
        boolean caseKept = tokens.size() == 1 || !entry.curated() || Fold.acronym(label.replaceAll("\\s+", ""));
        if (put(caseKept ? exact : folded, tokens, !caseKept, entry)) {
            size++;
        }
        // the same name written in capitals, as front pages and titles write names ("THE COUNCIL")
        if (CAPITALISED.contains(entry.kind()) && !label.equals(label.toUpperCase(Locale.ROOT))) {
            put(capitals, tokens, true, entry);
        }
    }

    /** Puts a label's tokens into a trie; true when the label is new there. */
    private static boolean put(Node root, List<Fold.Token> tokens, boolean lower, Entry entry) {
        Node node = root;
        for (Fold.Token t : tokens) {
            String key = lower ? t.text().toLowerCase(Locale.ROOT) : t.text();
            node = node.next.computeIfAbsent(key, k -> new Node());
        }
        if (node.entry == null) {
            node.entry = entry;
            return true;
        }
        if (!node.entry.iri().equals(entry.iri())) {
            if (entry.curated() && !node.entry.curated()) {
                node.entry = entry;
            } else if (entry.curated() == node.entry.curated()) {
                node.entry = AMBIGUOUS;
            }
        }
        return false;
    }

    /** Adds a label only where no entry has it yet (the other forms of a name never displace a name). */
    void addIfAbsent(String label, Entry entry) {
        if (find(label, false).stream().noneMatch(h -> h.start() == 0 && h.end() == label.strip().length())) {
            add(label, entry);
        }
    }

    int size() {
        return size;
    }

    /** Every label found in the text, left to right, longest first, none overlapping. */
    public List<Hit> find(String text) {
        return find(text, true);
    }

    /**
     * @param prose true for running text, where an official name inside a longer capitalised name
     *              is no mention; false inside a name already recognised ("EUCAP Sahel Niger")
     */
    public List<Hit> find(String text, boolean prose) {
        List<Fold.Token> tokens = Fold.tokens(text);
        // Folded once: every start position looks its following tokens up again.
        String[] lower = new String[tokens.size()];
        for (int t = 0; t < lower.length; t++) {
            lower[t] = tokens.get(t).text().toLowerCase(Locale.ROOT);
        }
        List<Hit> hits = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Hit best = null;
            int bestLen = 0;
            int bestPass = 0;
            for (int pass = 0; pass < 3; pass++) {
                if (pass == 2 && !capitalWord(tokens, i)) {
                    break;
                }
                Node node = pass == 0 ? exact : pass == 1 ? folded : capitals;
                for (int j = i; j < tokens.size(); j++) {
                    if (pass == 2 && !capitalWord(tokens, j) && letters(tokens.get(j))) {
                        break;
                    }
                    String key = pass == 0 ? tokens.get(j).text() : lower[j];
                    node = node.next.get(key);
                    if (node == null) {
                        break;
                    }
                    int len = j - i + 1;
                    boolean better = len > bestLen || (pass < 2 && len == bestLen && node.entry != null
                            && node.entry.curated() && !best.entry().curated());
                    if (node.entry != null && node.entry != AMBIGUOUS && whole(tokens, i, j, text) && better
                            && (pass < 2 || inCapitals(tokens, i, j, text))) {
                        best = new Hit(node.entry, tokens.get(i).start(), tokens.get(j).end());
                        bestLen = len;
                        bestPass = pass;
                    }
                }
            }
            // in capitals every neighbour is capitalised: the longest name there is the name
            if (best != null && prose && bestPass < 2 && !best.entry().curated() && inLongerName(tokens, i, i + bestLen - 1, text)) {
                best = null;
            }
            if (best != null) {
                hits.add(best);
                i = best.entry().curated() && bestPass < 2 ? conjuncts(tokens, i, i + bestLen, bestPass, text, hits) : i + bestLen;
            } else {
                i++;
            }
        }
        return hits;
    }

    /**
     * "principles of equality and solidarity": after a curated label "{head} of X", each conjunct Y
     * for which "{head} of Y" is a curated label too names that entry (the span is Y alone).
     *
     * @return the token index after the last conjunct read
     */
    private int conjuncts(List<Fold.Token> tokens, int i, int next, int pass, String text, List<Hit> hits) {
        int of = -1;
        for (int j = next - 2; j > i && of < 0; j--) {
            if (tokens.get(j).text().equalsIgnoreCase("of")) {
                of = j;
            }
        }
        while (of >= 0) {
            int k = next;
            if (k < tokens.size() && tokens.get(k).text().equals(",")) {
                k++;
            }
            if (k < tokens.size() && (tokens.get(k).text().equals("and") || tokens.get(k).text().equals("or"))) {
                k++;
            }
            if (k == next) {
                return next;
            }
            Node node = pass == 0 ? exact : folded;
            for (int j = i; j <= of && node != null; j++) {
                node = node.next.get(key(tokens.get(j), pass));
            }
            Entry found = null;
            int last = -1;
            for (int j = k; j < tokens.size() && node != null; j++) {
                node = node.next.get(key(tokens.get(j), pass));
                if (node != null && node.entry != null && node.entry != AMBIGUOUS && node.entry.curated()
                        && whole(tokens, k, j, text)) {
                    found = node.entry;
                    last = j;
                }
            }
            if (found == null) {
                return next;
            }
            hits.add(new Hit(found, tokens.get(k).start(), tokens.get(last).end()));
            next = last + 1;
        }
        return next;
    }

    private static String key(Fold.Token t, int pass) {
        return pass == 0 ? t.text() : t.text().toLowerCase(Locale.ROOT);
    }

    /**
     * An official name inside a longer capitalised name ("Common Security and Defence Policy") is
     * part of that name, not a mention of the body.
     */
    private static boolean inLongerName(List<Fold.Token> tokens, int i, int j, String text) {
        if (i > 0 && capitalWord(tokens.get(i - 1)) && text.substring(tokens.get(i - 1).end(), tokens.get(i).start()).equals(" ")
                && !Phrase.DETERMINERS.contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT))
                && !opensSentence(text, tokens.get(i - 1).start())) {
            return true;
        }
        return j + 1 < tokens.size() && capitalWord(tokens.get(j + 1))
                && text.substring(tokens.get(j).end(), tokens.get(j + 1).start()).equals(" ");
    }

    /** A word at the start of a sentence is capitalised by its place ("Following Russia's ..."), not as part of a name. */
    private static boolean opensSentence(String text, int at) {
        int b = at;
        while (b > 0 && (Character.isWhitespace(text.charAt(b - 1)) || "\"'“‘(".indexOf(Fold.fold(text.charAt(b - 1))) >= 0)) {
            b--;
        }
        return b == 0 || ".!?".indexOf(text.charAt(b - 1)) >= 0;
    }

    /** A word written in capitals: letters, none of them lower case ("COUNCIL", "EU"). */
    private static boolean capitalWord(List<Fold.Token> tokens, int i) {
        String t = tokens.get(i).text();
        return letters(tokens.get(i)) && t.equals(t.toUpperCase(Locale.ROOT));
    }

    private static boolean letters(Fold.Token t) {
        return t.text().chars().anyMatch(Character::isLetter);
    }

    /**
     * A name in capitals is read only in a run of capitals: two words of its own, or a capitalised word
     * beside it ("OF THE COUNCIL"). One capitalised word alone ("EUROPOL" in running text) is an
     * acronym or an emphasis, and acronyms match as written.
     */
    private static boolean inCapitals(List<Fold.Token> tokens, int i, int j, String text) {
        int words = 0;
        for (int k = i; k <= j; k++) {
            words += letters(tokens.get(k)) ? 1 : 0;
        }
        if (words >= 2) {
            return true;
        }
        boolean before = i > 0 && capitalWord(tokens, i - 1) && tokens.get(i - 1).text().length() >= 2
                && text.substring(tokens.get(i - 1).end(), tokens.get(i).start()).isBlank();
        boolean after = j + 1 < tokens.size() && capitalWord(tokens, j + 1) && tokens.get(j + 1).text().length() >= 2
                && text.substring(tokens.get(j).end(), tokens.get(j + 1).start()).isBlank();
        return before || after;
    }

    private static boolean capitalWord(Fold.Token t) {
        return Character.isUpperCase(t.text().charAt(0));
    }

    /** A match may not end inside a hyphenated word ("EU-funded" is no mention of the EU). */
    private static boolean whole(List<Fold.Token> tokens, int i, int j, String text) {
        int end = tokens.get(j).end();
        int start = tokens.get(i).start();
        boolean joinedAfter = end + 1 < text.length() && Fold.fold(text.charAt(end)) == '-'
                && Character.isLetterOrDigit(text.charAt(end + 1));
        boolean joinedBefore = start >= 2 && Fold.fold(text.charAt(start - 1)) == '-'
                && Character.isLetterOrDigit(text.charAt(start - 2));
        return !joinedAfter && !joinedBefore;
    }

    /** The one entry the whole text names (a trailing acronym in brackets or after a dash allowed), or null. */
    public Entry whole(String text) {
        String t = text.strip();
        List<Hit> hits = find(t);
        if (hits.isEmpty()) {
            return null;
        }
        Entry e = hits.get(0).entry();
        StringBuilder rest = new StringBuilder();
        int at = 0;
        for (Hit h : hits) {
            if (!h.entry().iri().equals(e.iri())) {
                return null;
            }
            rest.append(t, at, h.start());
            at = h.end();
        }
        rest.append(t.substring(at));
        // "Crisis Management and Planning Directorate - CMPD": a name and its acronym, as front pages write them
        return rest.toString().replaceAll("[\\s()\\-\u2013]", "").isEmpty() ? e : null;
    }
}
