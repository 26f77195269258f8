package org.policylod.extract.model;

import java.util.HashSet;
import java.util.Set;

/**
 * What one source file has stated so far that a later writer must respect, passed forward instead
 * of being read back from the graph: which entity already has which date (the first date stated
 * wins, whether a front page or a sentence stated it), which work already has its identifier
 * and its CELEX number (the document's own, written first, wins over a citation's reading), and which
 * minted mission already has its name. One instance per source file transformed.
 */
public final class Stated {
    private final Set<String> dated = new HashSet<>();
    private final Set<String> identified = new HashSet<>();
    private final Set<String> numbered = new HashSet<>();
    private final Set<String> named = new HashSet<>();

    /** Records that {@code iri} has a date by {@code property}; false when it already had one. */
    public boolean date(String iri, String property) {
        return dated.add(iri + " " + property);
    }

    /** Records that the work {@code iri} has its {@code eli:id_local}; false when it already had one. */
    public boolean identifier(String iri) {
        return identified.add(iri);
    }

    /** Records that the work {@code iri} has its CELEX number; false when it already had one. */
    public boolean celex(String iri) {
        return numbered.add(iri);
    }

    /** Records that a minted entity has its name (the first form written wins); false when it had one. */
    public boolean name(String iri) {
        return named.add(iri);
    }
}
