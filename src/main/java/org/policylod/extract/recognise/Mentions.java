package org.policylod.extract.recognise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.policylod.extract.model.Mention;
import org.policylod.extract.model.Passage;
import org.policylod.extract.model.Ref;

/**
 * The mentions of one document, passed forward from pass to pass: per passage, in the order a
 * pass left them, and the identifiers each footnote carries (a name's footnote tells what
 * document it is published in). Created for one document and dropped after it.
 */
public final class Mentions {
    private final Map<Passage, List<Mention>> byPassage = new LinkedHashMap<>();
    private final Map<Integer, List<Ref>> footnoteRefs = new TreeMap<>();
    private final Map<Integer, Passage> footnotes = new TreeMap<>();

    /**
     * The mentions of a passage, which a pass may edit in place (a named instrument replaces the
     * labels inside its name); empty before the first pass.
     */
    public List<Mention> in(Passage p) {
        return byPassage.computeIfAbsent(p, x -> new ArrayList<>());
    }

    /** Sets the first mentions of a passage. */
    void put(Passage p, List<Mention> found) {
        byPassage.put(p, new ArrayList<>(found));
    }

    /** Records the identifiers a footnote carries (the first footnote of a number is kept). */
    void footnote(Passage note, List<Ref> refs) {
        footnoteRefs.put(note.order(), refs);
        footnotes.putIfAbsent(note.order(), note);
    }

    /** Whether footnote {@code number} was read (with or without identifiers). */
    boolean hasFootnote(int number) {
        return footnoteRefs.containsKey(number);
    }

    /** The identifiers of footnote {@code number}, in order; empty when it has none or is unknown. */
    List<Ref> footnoteRefs(int number) {
        return footnoteRefs.getOrDefault(number, List.of());
    }

    /** The identifiers of footnote {@code number}, or null when no such footnote was read. */
    List<Ref> footnoteRefsOrNull(int number) {
        return footnoteRefs.get(number);
    }

    /** Footnote {@code number}, or null. */
    Passage footnote(int number) {
        return footnotes.get(number);
    }
}
