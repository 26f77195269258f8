package org.policylod.serve;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.policylod.Bundle;

/**
 * The HTML face of /sparql: the YASGUI query editor (served from the jar under /assets, started by
 * assets/editor.js) with the dataset's prefixes and the queries of queries/ as examples, results
 * as a table whose IRIs of ours link to their pages here, and downloads as CSV and JSON. Without
 * scripts, a plain form.
 */
final class QueryForm {
    static final String EXAMPLE = "SELECT ?type (COUNT(*) AS ?n) WHERE { ?s a ?type } GROUP BY ?type ORDER BY DESC(?n)";

    private QueryForm() {
    }

    /** The link that runs a query and shows its result as text in a browser. */
    static String run(String query) {
        return Site.SPARQL + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&output=text";
    }

    /** The link that opens a query in the editor, to be edited before running. */
    static String edit(String query) {
        return Site.SPARQL + "?edit=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    /** Sends the editor page under its own policy: the scripts of this server may run, nothing else. */
    static void send(HttpServletResponse response, Site site, String query) throws IOException {
        Html.send(response, HttpServletResponse.SC_OK, page(site, query), Html.EDITOR_CSP);
    }

    static String page(Site site, String query) {
        Map<String, String> prefixes = new TreeMap<>(Describe.prefixes(site.dataset()).getNsPrefixMap());
        String q = query == null || query.isBlank() ? declarations(prefixes) + EXAMPLE : query;
        List<Map<String, Object>> examples = new ArrayList<>();
        JsonArray exampleJson = new JsonArray();
        for (String file : Bundle.list("queries", ".rq")) {
            String text = Bundle.read(file);
            String name = file.substring(file.lastIndexOf('/') + 1).replaceFirst("\\.rq$", "");
            examples.add(Map.of("index", examples.size(), "name", name, "title", HomeServlet.title(text)));
            JsonObject e = new JsonObject();
            e.put("name", name);
            e.put("query", text);
            exampleJson.add(e);
        }
        JsonObject config = new JsonObject();
        config.put("endpoint", Site.SPARQL);
        config.put("base", site.base());
        config.put("query", q);
        JsonObject p = new JsonObject();
        prefixes.forEach(p::put);
        config.put("prefixes", p);
        config.put("examples", exampleJson);
        Map<String, Object> page = new HashMap<>();
        page.put("version", site.snapshot().version());
        page.put("query", q);
        page.put("examples", examples);
        page.put("config", JSON.toStringFlat(config));
        page.put("csv", download(q, "csv"));
        page.put("json", download(q, "json"));
        return Html.render("sparql", page);
    }

    /** The link that downloads a query's results in a format of the endpoint's {@code output} parameter. */
    static String download(String query, String output) {
        return Site.SPARQL + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&output=" + output;
    }

    private static String declarations(Map<String, String> prefixes) {
        StringBuilder b = new StringBuilder();
        prefixes.forEach((prefix, ns) -> b.append("PREFIX ").append(prefix).append(": <").append(ns).append(">\n"));
        return b.append('\n').toString();
    }
}
