package org.policylod.publish;

/**
 * Hears how a publish run advances, so that a long run over a large corpus shows it is working:
 * one call per document extracted, and one per later stage.
 */
public interface Progress {
    /** Hears nothing. */
    Progress NONE = new Progress() {
    };

    /**
     * The {@code done}-th of {@code total} documents has been extracted.
     *
     * @param triples the triples of its named graph
     * @param millis  how long its extraction took
     */
    default void document(int done, int total, String name, long triples, long millis) {
    }

    /** A later stage begins (e.g. the SHACL gate over the whole publication). */
    default void stage(String what) {
    }
}
