package org.policylod.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * In front of Fuseki's /sparql service: answers a GET without query or graph with the service
 * description (an HTML query form for browsers), answers revalidations of this release with 304,
 * answers a request it has answered before from the {@link ResultCache}, and passes the others on
 * to Fuseki through a {@link Spill}, which keeps error statuses honest, adds the caching
 * validators to successful answers and hands complete answers to the cache.
 */
final class SparqlFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    private final transient Site site;
    private final transient Caching caching;
    private final transient ResultCache cache;

    /**
     * Longest wait for the answer to the same query under way for another client: a little beyond
     * the default query time limit (fuseki-config/timeouts.ttl, 10 s). Under a longer limit
     * (serve --timeout) a follower that stops waiting evaluates the query itself: duplicate work,
     * never a wrong answer.
     */
    static final Duration PATIENCE = Duration.ofSeconds(15);

    SparqlFilter(Site site, ResultCache cache) {
        this.site = site;
        this.caching = new Caching(site.snapshot().version());
        this.cache = cache;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        boolean read = method.equals("GET") || method.equals("HEAD");
        if (method.equals("HEAD")) {
            // Fuseki answers 405 to HEAD; HTTP wants a GET's headers. Jetty drops the body of a HEAD.
            request = new HttpServletRequestWrapper(request) {
                @Override
                public String getMethod() {
                    return "GET";
                }
            };
        }
        if (read && request.getParameter("query") == null && request.getParameter("graph") == null
                && request.getParameter("default") == null) {
            describe(request, response);
            return;
        }
        if (read && caching.answeredNotModified(request, response, null)) {
            return;
        }
        Optional<QueryRequest> q = cache.enabled() ? QueryRequest.of(request) : Optional.empty();
        ResultCache.Key key = q.map(r -> r.key(site.snapshot().version())).orElse(null);
        ResultCache.Claim claim = key == null ? new ResultCache.Claim(null, false) : claim(key);
        if (claim.found().isPresent()) {
            replay(claim.answer(), response);
            return;
        }
        Map<String, String> sent = new LinkedHashMap<>();
        Spill spill = new Spill(response, r -> {
            if (read && r.getStatus() == HttpServletResponse.SC_OK) {
                // Fuseki marks every answer uncacheable; within one release an answer never changes.
                r.setHeader("Pragma", null);
                caching.headers(r, variant(r.getContentType()), 0);
            }
            for (String h : ResultCache.Answer.KEPT) {
                String v = r.getHeader(h);
                if (v != null) {
                    sent.put(h, v);
                }
            }
        });
        ResultCache.Answer answer = null;
        try {
            chain.doFilter(q.isPresent() ? q.get() : request, spill);
            spill.finish();
            answer = spill.kept().map(body -> new ResultCache.Answer(sent, body)).orElse(null);
        } finally {
            if (claim.leader()) {
                cache.settle(key, answer);
            } else if (key != null && answer != null) {
                cache.put(key, answer);
            }
        }
    }

    /** A kept answer, or one that another request for the same key is computing now. */
    private ResultCache.Claim claim(ResultCache.Key key) throws IOException {
        try {
            return cache.claim(key, PATIENCE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for a query's answer");
        }
    }

    /** Sends a kept answer as Fuseki sent it the first time, headers and bytes. */
    private static void replay(ResultCache.Answer answer, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        answer.headers().forEach(response::setHeader);
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
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
            QueryForm.send(response, site, request.getParameter("edit"));
        } else {
            Send.rdf(response, ServiceDescription.describe(site, endpoint), f.get());
        }
    }
}
