package org.policylod.extract;

/**
 * An entity named in a passage.
 *
 * @param passage where
 * @param start   char offset in the passage text
 * @param end     char offset after it
 * @param iri     the entity (already at the graph's base)
 * @param kind    what kind of entity
 */
record Mention(Passage passage, int start, int end, String iri, Lexicon.Kind kind) {

    String exact() {
        return passage.text().substring(start, end);
    }

    boolean overlaps(int s, int e) {
        return start < e && s < end;
    }
}
