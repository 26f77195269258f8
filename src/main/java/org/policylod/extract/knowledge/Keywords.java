package org.policylod.extract.knowledge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.rdf.model.Resource;
import org.policylod.extract.text.Fold;

/**
 * The words that name a kind of instrument or document ("Strategy", "Action Plan", "Communication")
 * and the class each names, indexed by first word for scanning text. Read-only once built.
 */
public final class Keywords {
    /** A keyword as lower-case words, and the class it names. */
    public record Keyword(String text, String[] words, Resource type) {
    }

    private final Map<String, Resource> classes;
    /** Keywords by their first word, longest first ("action plan" before "plan"), then alphabetical. */
    private final Map<String, List<Keyword>> byFirstWord = new HashMap<>();

    /** @param classes the class named by each lower-case keyword */
    Keywords(Map<String, Resource> classes) {
        this.classes = Collections.unmodifiableMap(new HashMap<>(classes));
        List<Map.Entry<String, Resource>> kw = new ArrayList<>(classes.entrySet());
        kw.sort((a, b) -> a.getKey().length() != b.getKey().length()
                ? Integer.compare(b.getKey().length(), a.getKey().length()) : a.getKey().compareTo(b.getKey()));
        for (Map.Entry<String, Resource> e : kw) {
            String[] words = Fold.tokens(e.getKey()).stream().map(t -> t.text().toLowerCase(Locale.ROOT)).toArray(String[]::new);
            if (words.length > 0) {
                byFirstWord.computeIfAbsent(words[0], x -> new ArrayList<>()).add(new Keyword(e.getKey(), words, e.getValue()));
            }
        }
    }

    /** The keywords whose first word is this lower-case word, longest first. */
    public List<Keyword> startingWith(String lowerWord) {
        return byFirstWord.getOrDefault(lowerWord, List.of());
    }

    /** Whether this lower-case text is exactly a keyword ("strategy"): a kind named, not a name. */
    public boolean contains(String lower) {
        return classes.containsKey(lower);
    }

    public boolean isEmpty() {
        return classes.isEmpty();
    }
}
