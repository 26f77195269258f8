package org.policylod.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraph;
import org.policylod.Bundle;

/**
 * The home page: what the dataset is, its counts, and the ways in (SPARQL, dumps, ontology, VoID)
 * with the example queries of queries/ runnable in one click.
 */
final class HomeServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient Site site;
    private final transient Caching caching;
    private transient volatile Map.Entry<DatasetGraph, Stats> stats;

    HomeServlet(Site site) {
        this.site = site;
        this.caching = new Caching(site);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (caching.answeredNotModified(request, response, "home")) {
            return;
        }
        caching.headers(response, "home", site.snapshot().time().toEpochMilli());
        Html.send(response, HttpServletResponse.SC_OK, Html.page("Home", body()));
    }

    private String body() {
        DatasetGraph data = site.dataset();
        Map.Entry<DatasetGraph, Stats> counted = stats;
        if (counted == null || counted.getKey() != data) {
            counted = Map.entry(data, Stats.of(data));  // once per release served
            stats = counted;
        }
        Stats s = counted.getValue();
        StringBuilder b = new StringBuilder("<h1>policy-lod</h1>\n<p>EU policy documents as linked data: the "
                + "documents, their structure (sections, paragraphs, footnotes, redactions), the organisations, "
                + "missions, legal acts and policy instruments they name, and every fact extracted from the text "
                + "with the sentence it comes from. URIs under <code>")
                .append(Html.esc(site.base())).append("</code> resolve here: <code>/id/...</code> on this server stands for <code>")
                .append(Html.esc(site.base())).append("id/...</code>.</p>\n<p>Release <strong>").append(Html.esc(site.snapshot().version()))
                .append("</strong>, published ").append(Html.esc(site.snapshot().time().toString())).append(".</p>\n");
        if (!site.snapshot().validated()) {
            b.append("<p><strong>Not validated.</strong> This release was loaded from RDF files with <code>policy-lod "
                    + "load</code>: it was neither extracted nor checked against the SHACL shapes here.</p>\n");
        }
        b.append("<h2>Contents</h2>\n<table>\n<tr><th>Triples (in named graphs)</th><td>").append(s.quads())
                .append("</td></tr>\n<tr><th>Named graphs</th><td>").append(s.graphs()).append("</td></tr>\n");
        for (Stats.Count c : s.counts()) {
            b.append("<tr><th>").append(site.path(c.classIri()).map(p -> Html.link(p, c.label())).orElse(Html.esc(c.label())))
                    .append("</th><td>").append(c.n()).append("</td></tr>\n");
        }
        b.append("</table>\n<h2>Access</h2>\n<ul>\n<li>").append(Html.link(Site.SPARQL, "SPARQL endpoint"))
                .append(" (<code>").append(Site.SPARQL).append("</code>, read-only)</li>\n<li>")
                .append(Html.link(DumpsServlet.PATH + "/", "Dumps")).append(" of the whole dataset</li>\n<li>")
                .append(Html.link(OntologyServlet.PATH, "Ontology documentation")).append("</li>\n<li>")
                .append(Html.link(VoidServlet.PATH, "VoID description")).append("</li>\n</ul>\n");
        b.append("<h2>Example queries</h2>\n<ul>\n");
        for (String file : Bundle.list("queries", ".rq")) {
            String query = Bundle.read(file);
            String name = file.substring(file.lastIndexOf('/') + 1);
            b.append("<li>").append(Html.link(QueryForm.run(query), name)).append(" - ")
                    .append(Html.esc(title(query))).append(" (").append(Html.link(QueryForm.edit(query), "edit"))
                    .append(")</li>\n");
        }
        return b.append("</ul>").toString();
    }

    /**
     * A query's title: the first sentence of its opening comment (up to a question mark or a full
     * stop), which may run over several comment lines.
     */
    static String title(String query) {
        StringBuilder b = new StringBuilder();
        for (String line : query.split("\n")) {
            String t = line.trim();
            if (!t.startsWith("#")) {
                if (t.isEmpty() && b.length() == 0) {
                    continue;
                }
                break;
            }
            String text = t.replaceFirst("^#+\\s*", "");
            if (text.isEmpty()) {
                break;
            }
            b.append(b.length() == 0 ? "" : " ").append(text);
            int end = sentenceEnd(b);
            if (end > 0) {
                return b.substring(0, end);
            }
        }
        return b.toString();
    }

    private static int sentenceEnd(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '?' || (c == '.' && (i + 1 == s.length() || s.charAt(i + 1) == ' '))) {
                return i + 1;
            }
        }
        return -1;
    }
}
