package org.policylod.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * In front of Fuseki's /sparql service: answers a GET without query or graph with the service
 * description (an HTML query form for browsers), answers revalidations of this release with 304,
 * and passes queries on to Fuseki through a {@link Spill}, which keeps error statuses honest and
 * adds the caching validators to successful answers.
 */
final class SparqlFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    private final transient Site site;
    private final transient Caching caching;

    SparqlFilter(Site site) {
        this.site = site;
        this.caching = new Caching(site.snapshot().version());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        boolean read = method.equals("GET") || method.equals("HEAD");
        if (read && request.getParameter("query") == null && request.getParameter("graph") == null
                && request.getParameter("default") == null) {
            describe(request, response);
            return;
        }
        if (read && caching.answeredNotModified(request, response, null)) {
            return;
        }
        Spill spill = new Spill(response, r -> {
            if (read && r.getStatus() == HttpServletResponse.SC_OK) {
                // Fuseki marks every answer uncacheable; within one release an answer never changes.
                r.setHeader("Pragma", null);
                caching.headers(r, variant(r.getContentType()), 0);
            }
        });
        chain.doFilter(request, spill);
        spill.finish();
    }

    /** The entity-tag variant of a result: its media subtype, e.g. "sparql-results+json". */
    private static String variant(String contentType) {
        if (contentType == null) {
            return "none";
        }
        String t = contentType.split(";")[0].trim();
        return t.substring(t.indexOf('/') + 1).replaceAll("[^A-Za-z0-9+.-]", "_");
    }

    private void describe(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Format> f = Send.negotiate(request, response, Format.ALL);
        if (f.isEmpty()) {
            return;
        }
        String variant = "sd-" + f.get().suffix();
        if (caching.answeredNotModified(request, response, variant)) {
            return;
        }
        caching.headers(response, variant, site.snapshot().time().toEpochMilli());
        String endpoint = request.getRequestURL().toString();
        if (f.get() == Format.HTML) {
            Html.send(response, HttpServletResponse.SC_OK, QueryForm.page(site, request.getParameter("edit")));
        } else {
            Send.rdf(response, ServiceDescription.describe(site, endpoint), f.get());
        }
    }
}
