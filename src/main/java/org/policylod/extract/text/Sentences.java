package org.policylod.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sentence spans of a passage: a sentence ends at '.', '!' or '?' (and any closing quotes or
 * brackets) before white space and a capital letter or an opening quote, unless the word before
 * the stop is an abbreviation (an initial, "e.g.", "Art.", "Ref.").
 */
public final class Sentences {
    /** Abbreviations of this register of English: a stop after them ends no sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "art", "ref", "doc", "no", "nr",
            "cf", "vs", "mr", "mrs", "ms", "dr", "st", "p", "pp", "para", "vol", "encl", "prev", "op", "fig", "ch");

    private final String text;
    private final int[] starts;
    private final int[] ends;
    /** Each sentence's text made once: a passage's mentions and assertions share it. */
    private final String[] made;

    private Sentences(String text, int[] starts, int[] ends) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.made = new String[starts.length];
    }

    public static Sentences of(String text) {
        List<int[]> spans = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int j = i + 1;
            while (j < n && "\"'’”)]".indexOf(text.charAt(j)) >= 0) {
                j++;
            }
            if (j >= n || text.charAt(j) != ' ') {
                continue;
            }
            int k = j;
            while (k < n && text.charAt(k) == ' ') {
                k++;
            }
            if (k >= n) {
                continue;
            }
            char next = text.charAt(k);
            boolean opens = Character.isUpperCase(next) || "\"“‘(".indexOf(next) >= 0;
            if (!opens || (c == '.' && abbreviation(text, i))) {
                continue;
            }
            spans.add(new int[] {start, j});
            start = k;
        }
        if (start < n) {
            spans.add(new int[] {start, n});
        }
        int[] s = new int[spans.size()];
        int[] e = new int[spans.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = spans.get(i)[0];
            e[i] = spans.get(i)[1];
        }
        return new Sentences(text, s, e);
    }

    private static boolean abbreviation(String text, int dot) {
        int b = dot;
        while (b > 0 && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '.')) {
            b--;
        }
        String word = text.substring(b, dot).toLowerCase(Locale.ROOT);
        return (word.length() == 1 && Character.isUpperCase(text.charAt(b))) || ABBREVIATIONS.contains(word);
    }

    public int count() {
        return starts.length;
    }

    /** The index of the sentence holding char offset {@code at}. */
    public int index(int at) {
        for (int i = starts.length - 1; i >= 0; i--) {
            if (starts[i] <= at) {
                return i;
            }
        }
        return 0;
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    public String sentence(int i) {
        if (made[i] == null) {
            made[i] = text.substring(starts[i], ends[i]);
        }
        return made[i];
    }

    /** The sentence holding char offset {@code at}. */
    public String at(int at) {
        return sentence(index(at));
    }
}
