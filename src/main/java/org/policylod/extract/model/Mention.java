package org.policylod.extract.model;

import org.apache.jena.rdf.model.Resource;

/**
 * An entity named in a passage.
 *
 * @param passage where
 * @param start   char offset in the passage text
 * @param end     char offset after it
 * @param iri     the entity (already at the graph's base)
 * @param kind    what kind of entity
 * @param type    the entity's class in the ontology when known (a cited document's, a curated
 *                entity's, a named instrument's), else null: what a later pass needs of it travels
 *                here, not through the graph
 */
public record Mention(Passage passage, int start, int end, String iri, EntityKind kind, Resource type) {

    public Mention(Passage passage, int start, int end, String iri, EntityKind kind) {
        this(passage, start, end, iri, kind, null);
    }

    public String exact() {
        return passage.text().substring(start, end);
    }

    public boolean overlaps(int s, int e) {
        return start < e && s < end;
    }
}
