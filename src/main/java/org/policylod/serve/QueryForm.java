package org.policylod.serve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The HTML face of /sparql: a query form that sends the query by GET and shows a text table. */
final class QueryForm {
    static final String EXAMPLE = "SELECT ?type (COUNT(*) AS ?n) WHERE { ?s a ?type } GROUP BY ?type ORDER BY DESC(?n)";

    private QueryForm() {
    }

    /** The link that runs a query and shows its result as text in a browser. */
    static String run(String query) {
        return Site.SPARQL + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&output=text";
    }

    /** The link that opens a query in the form, to be edited before running. */
    static String edit(String query) {
        return Site.SPARQL + "?edit=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    static String page(Site site, String query) {
        String q = query == null || query.isBlank() ? EXAMPLE : query;
        String body = "<h1>SPARQL endpoint</h1>\n<p>Read-only SPARQL 1.1 endpoint over release "
                + Html.esc(site.snapshot().version()) + ". The default graph is the union of all named graphs. "
                + "Clients send <code>GET " + Site.SPARQL + "?query=...</code> or POST (form or "
                + "<code>application/sparql-query</code>) with an Accept header; the Graph Store Protocol reads "
                + "graphs at <code>" + Site.SPARQL + "?graph=IRI</code>. Queries stop after the time limit "
                + "of fuseki-config/timeouts.ttl.</p>\n"
                + "<form method=\"get\" action=\"" + Site.SPARQL + "\">"
                + "<textarea name=\"query\" rows=\"12\" style=\"width:100%\">" + Html.esc(q) + "</textarea><br>"
                + "<label>Result format <select name=\"output\"><option value=\"text\">text table / Turtle</option>"
                + "<option value=\"json\">JSON</option><option value=\"xml\">XML</option>"
                + "<option value=\"csv\">CSV</option><option value=\"tsv\">TSV</option></select></label> "
                + "<button type=\"submit\">Run</button></form>";
        return Html.page("SPARQL", body);
    }
}
