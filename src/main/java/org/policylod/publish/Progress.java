package org.policylod.publish;

/**
 * Hears how a publish run advances, so that a long run over a large corpus shows it is working:
 * one call per document through the per-document gate, and one per stage.
 */
public interface Progress {
    /** Hears nothing. */
    Progress NONE = new Progress() {
    };

    /**
     * The {@code done}-th of {@code total} documents has been through the ETL and the gate.
     *
     * @param millis how long that took
     */
    default void document(int done, int total, DocumentOutcome outcome, long millis) {
    }

    /** A stage begins (e.g. writing the release). */
    default void stage(String what) {
    }
}
