package org.policylod.spark;

import java.util.List;
import org.apache.jena.rdf.model.Model;

/**
 * What became of one document (kept on the executor that made it: never serialised).
 *
 * @param file   the source file
 * @param graph  the document's named graph (null when the ETL found no document)
 * @param reason why it was held back (null when published)
 * @param quads  its named graph as sorted, canonical N-Quads lines (empty when held back)
 * @param model  its graph, for the reference data (null when held back)
 */
public record Result(String file, String graph, String reason, List<String> quads, Model model) {

    public boolean published() {
        return reason == null;
    }

    /** One line of the results table: file, status, graph, quads, reason (tab-separated). */
    public String row() {
        return file + '\t' + (published() ? "published" : "held-back") + '\t' + (graph == null ? "" : graph) + '\t'
                + quads.size() + '\t' + (reason == null ? "" : reason.replaceAll("\\s+", " ").strip());
    }
}
