package org.policylod.spark;

import java.util.List;

/**
 * What became of one document.
 *
 * @param file      the source file name
 * @param graph     the document's named graph (null when the ETL found no document)
 * @param published true when the document passed the gate and its quads are to be published
 * @param reason    why it was held back (null when published)
 * @param quads     its named graph as sorted, canonical N-Quads lines (empty when held back)
 * @param reference the reference data its graph uses, as N-Quads lines in the reference graph
 */
public record Result(String file, String graph, boolean published, String reason, List<String> quads,
                     List<String> reference) {

    /** One line of the results table: file, status, graph, quads, reason (tab-separated). */
    public String row() {
        return file + '\t' + (published ? "published" : "held-back") + '\t' + (graph == null ? "" : graph) + '\t'
                + quads.size() + '\t' + (reason == null ? "" : reason.replaceAll("\\s+", " ").strip());
    }
}
