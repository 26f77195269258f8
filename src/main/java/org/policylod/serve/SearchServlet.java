package org.policylod.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.system.Txn;

/**
 * The label search, {@code /search?q=...}: resources whose names (labels, alternative labels,
 * acronyms, identifiers) or a word of them start with the query, ignoring case, ranked as
 * {@link LabelIndex} says. HTML for browsers, JSON for {@code Accept: application/json} or
 * {@code format=json}.
 */
final class SearchServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String PATH = "/search";
    static final int LIMIT = 50;
    private static final String JSON_TYPE = "application/json";

    private final transient Entities entities;
    private final transient Caching caching;

    SearchServlet(Site site, Entities entities) {
        this.entities = entities;
        this.caching = new Caching(site.snapshot().version());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String q = request.getParameter("q") == null ? "" : request.getParameter("q");
        boolean json = "json".equals(request.getParameter("format")) || wantsJson(request.getHeader("Accept"));
        response.addHeader("Vary", "Accept");
        String variant = json ? "search-json" : "search-html";
        if (caching.answeredNotModified(request, response, variant)) {
            return;
        }
        caching.headers(response, variant, entities.site().snapshot().time().toEpochMilli());
        List<Map<String, Object>> results = results(q);
        if (json) {
            sendJson(response, q, results);
        } else {
            Map<String, Object> page = new HashMap<>();
            page.put("q", q);
            page.put("asked", !q.isBlank());
            page.put("results", results);
            page.put("none", results.isEmpty());
            Html.send(response, HttpServletResponse.SC_OK, Html.render("search", page));
        }
    }

    private List<Map<String, Object>> results(String q) {
        List<LabelIndex.Hit> hits = entities.index().search(q, LIMIT);
        return Txn.calculateRead(entities.site().dataset(), () -> {
            Graph union = entities.site().dataset().getUnionGraph();
            List<Map<String, Object>> out = new ArrayList<>();
            for (LabelIndex.Hit h : hits) {
                Map<String, Object> row = new HashMap<>(entities.describe(union, h.iri()));
                if (!h.matched().equals(row.get("label"))) {
                    row.put("matched", h.matched());
                }
                row.put("mentions", h.mentions());
                row.put("score", h.score());
                out.add(row);
            }
            return out;
        });
    }

    private static void sendJson(HttpServletResponse response, String q, List<Map<String, Object>> results)
            throws IOException {
        JsonArray array = new JsonArray();
        for (Map<String, Object> r : results) {
            JsonObject o = new JsonObject();
            o.put("iri", (String) r.get("iri"));
            o.put("path", (String) r.get("href"));
            o.put("label", (String) r.get("label"));
            if (r.containsKey("matched")) {
                o.put("matched", (String) r.get("matched"));
            }
            if (r.containsKey("kind")) {
                o.put("kind", (String) r.get("kind"));
            }
            o.put("mentions", (Long) r.get("mentions"));
            o.put("score", JsonNumber.value((Double) r.get("score")));
            array.add(o);
        }
        JsonObject body = new JsonObject();
        body.put("query", q);
        body.put("results", array);
        byte[] bytes = JSON.toString(body).getBytes(StandardCharsets.UTF_8);
        response.setContentType(JSON_TYPE + ";charset=utf-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(bytes.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(bytes);
        }
    }

    /** JSON when the client prefers it to HTML (a browser's Accept prefers HTML). */
    static boolean wantsJson(String accept) {
        if (accept == null) {
            return false;
        }
        Accept a = Accept.parse(accept);
        return a.quality(JSON_TYPE) > a.quality("text/html");
    }
}
