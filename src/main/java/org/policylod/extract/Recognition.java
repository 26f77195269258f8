package org.policylod.extract;

import java.util.List;

/** Recognition over the passages of one document: references, entities, instruments, relations. */
final class Recognition {
    private Recognition() {
    }

    static void run(Graph g, Knowledge k, String doc, List<Passage> passages, List<String> warnings, String file) {
    }
}
