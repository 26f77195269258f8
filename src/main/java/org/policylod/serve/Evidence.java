package org.policylod.serve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.tdb2.TDB2;
import org.policylod.Bundle;

/**
 * What a page shows from queries about its resource: the sentences that mention an entity
 * (evidence.rq) with their document and section, and a document's outline (outline.rq). Called
 * inside a read transaction.
 */
final class Evidence {
    static final String EVIDENCE = "org/policylod/serve/evidence.rq";
    static final String OUTLINE = "org/policylod/serve/outline.rq";

    private final Site site;
    private final Graph union;

    Evidence(Site site, Graph union) {
        this.site = site;
        this.union = union;
    }

    /** Every mention of {@code entity}: the marked sentence, and links to passage, section and document. */
    List<Map<String, Object>> mentions(Node entity) {
        List<Map<String, Object>> out = new ArrayList<>();
        try (QueryExec qe = exec(site.dataset(), Bundle.read(EVIDENCE), "entity", entity)) {
            RowSet rs = qe.select();
            while (rs.hasNext()) {
                Binding b = rs.next();
                Map<String, Object> row = new HashMap<>();
                String sentence = Marked.text(b.get("sentence"))
                        .or(() -> Marked.text(b.get("text"))).orElse("");
                row.put("sentence", Marked.of(sentence, Marked.text(b.get("exact")).orElse(null),
                        Marked.text(b.get("text")).orElse(null), Marked.text(b.get("start")).orElse(null)));
                row.put("passage", link(b.get("passage"), null));
                if (b.get("section") != null) {
                    row.put("section", link(b.get("section"), Marked.text(b.get("heading")).orElse("section")));
                }
                if (b.get("document") != null) {
                    row.put("document", link(b.get("document"), null));
                }
                out.add(row);
            }
        }
        return out;
    }

    /** The headings of a document's outline, in the order shown, by the kind of outline.rq. */
    private static final Map<String, String> PARTS = new LinkedHashMap<>();

    static {
        PARTS.put("section", "Sections");
        PARTS.put("footnote", "Footnotes");
        PARTS.put("redaction", "Redactions");
        PARTS.put("citation", "Cites");
    }

    /** A document's outline: sections, footnotes, redactions and citations, each a heading and items. */
    List<Map<String, Object>> outline(Node document) {
        Map<String, List<Map<String, Object>>> parts = new HashMap<>();
        try (QueryExec qe = exec(site.dataset(), Bundle.read(OUTLINE), "document", document)) {
            RowSet rs = qe.select();
            while (rs.hasNext()) {
                Binding b = rs.next();
                String kind = b.get("kind").getLiteralLexicalForm();
                Map<String, Object> row = new HashMap<>();
                row.put("link", link(b.get("part"), null));
                if (!kind.equals("section")) {
                    Marked.text(b.get("text")).ifPresent(t -> row.put("text", t));
                }
                Marked.text(b.get("untilPage")).ifPresent(p -> row.put("untilPage", p));
                if (b.get("withheld") != null) {
                    row.put("withheld", link(b.get("withheld"), null));
                }
                parts.computeIfAbsent(kind, k -> new ArrayList<>()).add(row);
            }
        }
        List<Map<String, Object>> outline = new ArrayList<>();
        PARTS.forEach((kind, heading) -> {
            if (parts.containsKey(kind)) {
                outline.add(Map.of("heading", heading, "items", parts.get(kind)));
            }
        });
        return outline;
    }

    /** A link to a resource: here when it is ours, with its label (or {@code text}). */
    private Html.Link link(Node n, String text) {
        String label = text != null ? text : Describe.label(union, n).orElse(tail(n));
        if (!n.isURI()) {
            return new Html.Link(null, label, false);
        }
        return Html.Link.to(site.path(n.getURI()).orElse(n.getURI()), label);
    }

    /** The last two segments of an IRI as words, e.g. "paragraph 7" for {@code .../paragraph/7}. */
    static String tail(Node n) {
        String[] segments = n.toString().split("/");
        int k = segments.length;
        return k >= 2 ? segments[k - 2] + " " + segments[k - 1] : n.toString();
    }

    /** A query over the union of the named graphs with one variable bound. */
    static QueryExec exec(DatasetGraph dsg, String query, String var, Node value) {
        return QueryExec.dataset(dsg).query(query).substitution(var, value).set(TDB2.symUnionDefaultGraph, true).build();
    }
}
