package org.policylod.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policylod.Bundle;

/**
 * The home page: what the dataset is, its counts, its documents and most mentioned resources, and
 * the ways in (query editor, search, dumps, ontology, VoID) with the example queries of queries/.
 */
final class HomeServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    /** How many of the most mentioned resources the home page links. */
    private static final int MAIN_ENTITIES = 15;

    private final transient Site site;
    private final transient Entities entities;
    private final transient Caching caching;
    private transient volatile Stats stats;

    HomeServlet(Site site, Entities entities) {
        this.site = site;
        this.entities = entities;
        this.caching = new Caching(site.snapshot().version());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (caching.answeredNotModified(request, response, "home")) {
            return;
        }
        caching.headers(response, "home", site.snapshot().time().toEpochMilli());
        Html.send(response, HttpServletResponse.SC_OK, body());
    }

    private String body() {
        Stats s = stats;
        if (s == null) {
            s = Stats.of(site.dataset());
            stats = s;
        }
        Map<String, Object> page = new HashMap<>();
        page.put("base", site.base());
        page.put("version", site.snapshot().version());
        page.put("time", site.snapshot().time().toString());
        page.put("validated", site.snapshot().validated());
        page.put("quads", s.quads());
        page.put("graphs", s.graphs());
        page.put("counts", s.counts().stream().map(c -> Map.of("class", site.path(c.classIri())
                .map(p -> Html.Link.to(p, c.label())).orElse(new Html.Link(null, c.label(), false)), "n", c.n())).toList());
        List<Map<String, Object>> documents = entities.documents();
        List<Map<String, Object>> main = entities.main(MAIN_ENTITIES);
        page.put("documents", documents);
        page.put("hasDocuments", !documents.isEmpty());
        page.put("entities", main);
        page.put("hasEntities", !main.isEmpty());
        List<Map<String, String>> queries = new ArrayList<>();
        for (String file : Bundle.list("queries", ".rq")) {
            String query = Bundle.read(file);
            queries.add(Map.of("name", file.substring(file.lastIndexOf('/') + 1), "title", title(query),
                    "edit", QueryForm.edit(query), "run", QueryForm.run(query)));
        }
        page.put("queries", queries);
        return Html.render("home", page);
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
