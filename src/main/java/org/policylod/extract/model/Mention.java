package org.policylod.extract.model;

/**
 * An entity named in a passage.
 *
 * @param passage where
 * @param start   char offset in the passage text
 * @param end     char offset after it
 * @param iri     the entity (already at the graph's base)
 * @param kind    what kind of entity
 */
public record Mention(Passage passage, int start, int end, String iri, EntityKind kind) {

    public String exact() {
        return passage.text().substring(start, end);
    }

    public boolean overlaps(int s, int e) {
        return start < e && s < end;
    }
}
