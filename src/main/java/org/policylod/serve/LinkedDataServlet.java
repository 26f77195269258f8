package org.policylod.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Dereferenceable URIs. A minted URI ({@code /id/...}, {@code /graph/...}) names a thing, not a
 * document, so it answers {@code 303 See Other} to the document that describes it in the format
 * the Accept header prefers: {@code /doc/id/x.html}, {@code .ttl}, {@code .jsonld}, {@code .rdf},
 * {@code .nt}. A document URL without suffix negotiates itself (with Content-Location); one with a
 * suffix is that format. Every negotiated answer says {@code Vary: Accept}; a format we do not
 * serve gets 406, an IRI the data does not know 404.
 */
final class LinkedDataServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient Site site;
    private final transient Caching caching;

    LinkedDataServlet(Site site) {
        this.site = site;
        this.caching = new Caching(site);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.startsWith(Site.DOC)) {
            document(request, response, path.substring(Site.DOC.length()));
        } else {
            thing(request, response, path.substring(1));
        }
    }

    private void thing(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        Target t = target(path);
        if (!Describe.known(site.dataset(), site.iri(t.path()))) {
            Send.plain(response, HttpServletResponse.SC_NOT_FOUND, "Not found: " + site.iri(t.path()));
            return;
        }
        Optional<Format> f = t.format().isPresent() ? t.format() : Send.negotiate(request, response, Format.ALL);
        if (f.isEmpty()) {
            return;
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", site.document(site.iri(t.path()), f.get()).orElseThrow());
        response.setHeader("Cache-Control", "public, max-age=" + Caching.MAX_AGE.toSeconds());
        response.setContentLength(0);
    }

    private void document(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        Target t = target(path);
        String iri = site.iri(t.path());
        if (t.path().isEmpty() || !Describe.known(site.dataset(), iri)) {
            Send.plain(response, HttpServletResponse.SC_NOT_FOUND, "Not found: " + iri);
            return;
        }
        Optional<Format> f = t.format();
        if (f.isEmpty()) {
            f = Send.negotiate(request, response, Format.ALL);
            if (f.isEmpty()) {
                return;
            }
            response.setHeader("Content-Location", site.document(iri, f.get()).orElseThrow());
        }
        String variant = "doc-" + f.get().suffix();
        if (caching.answeredNotModified(request, response, variant)) {
            return;
        }
        caching.headers(response, variant, site.snapshot().time().toEpochMilli());
        if (f.get() == Format.HTML) {
            Html.send(response, HttpServletResponse.SC_OK, ResourcePage.render(site, iri));
        } else {
            Send.rdf(response, Describe.model(site, iri), f.get());
        }
    }

    /** A path with its format suffix, if it ends with one of ours, split off. */
    private record Target(String path, Optional<Format> format) {
    }

    private static Target target(String path) {
        int dot = path.lastIndexOf('.');
        if (dot > path.lastIndexOf('/')) {
            Optional<Format> f = Format.bySuffix(path.substring(dot + 1));
            if (f.isPresent()) {
                return new Target(path.substring(0, dot), f);
            }
        }
        return new Target(path, Optional.empty());
    }

    /** The servlet mappings: every minted prefix, and the documents. */
    static List<String> paths() {
        List<String> paths = new java.util.ArrayList<>();
        for (String minted : Site.MINTED) {
            paths.add("/" + minted + "/*");
        }
        paths.add(Site.DOC + "*");
        return paths;
    }
}
