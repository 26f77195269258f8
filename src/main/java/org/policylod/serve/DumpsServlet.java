package org.policylod.serve;

import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.jetty.ee10.servlet.ResourceServlet;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;

/**
 * The publication's dump files under /dumps/: a listing, and each file with its media type, length,
 * validators and byte ranges (Jetty's resource serving). Only regular files inside the release's dumps folder are served; any other path
 * (.., absolute, hidden, a link leading out) is 404.
 */
final class DumpsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String PATH = "/dumps";

    /** Media types by file name ending; compressed files are served as what they are (gzip). */
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry(".nt", "application/n-triples"), Map.entry(".nq", "application/n-quads"),
            Map.entry(".ttl", "text/turtle;charset=utf-8"), Map.entry(".trig", "application/trig"),
            Map.entry(".jsonld", "application/ld+json"), Map.entry(".rdf", "application/rdf+xml"),
            Map.entry(".csv", "text/csv;charset=utf-8"), Map.entry(".gz", "application/gzip"),
            Map.entry("SHA256SUMS", "text/plain;charset=utf-8"), Map.entry(".txt", "text/plain;charset=utf-8"));

    private final transient Site site;
    private final transient Caching caching;
    private final transient ResourceServlet files = new ResourceServlet();

    DumpsServlet(Site site) {
        this.site = site;
        this.caching = new Caching(site);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String rel = request.getPathInfo();
        if (rel == null) {
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", PATH + "/");
            response.setContentLength(0);
            return;
        }
        if (rel.equals("/")) {
            list(request, response);
            return;
        }
        Optional<Path> file = resolve(rel.substring(1));
        if (file.isEmpty()) {
            Send.plain(response, HttpServletResponse.SC_NOT_FOUND, "Not found");
            return;
        }
        String variant = "dump-" + rel.substring(1).replaceAll("[^A-Za-z0-9.+-]", "_");
        Optional<String> tag = caching.revalidated(request, variant);
        if (tag.isPresent()) {
            caching.notModified(response, tag.get());
            return;
        }
        response.setHeader("ETag", caching.etag(variant));
        response.setContentType(type(file.get().getFileName().toString()));
        files.service(new IfRange(request, caching.etag(variant)), response);
    }

    /**
     * The release's entity tag is strong (a path's bytes never change within a release), so an
     * If-Range naming it resumes: Jetty, which knows only its own (weak) tags, gets the plain
     * range; any other tag in If-Range gets the whole file. A date is left to Jetty.
     */
    private static final class IfRange extends HttpServletRequestWrapper {
        private static final String IF_RANGE = "If-Range";
        private static final String RANGE = "Range";
        private final boolean drop;
        private final boolean whole;

        IfRange(HttpServletRequest request, String etag) {
            super(request);
            String ifRange = request.getHeader(IF_RANGE);
            boolean isTag = ifRange != null && (ifRange.startsWith("\"") || ifRange.startsWith("W/"));
            this.drop = isTag;
            this.whole = isTag && !ifRange.trim().equals(etag);
        }

        @Override
        public String getHeader(String name) {
            return hidden(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return hidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = Collections.list(super.getHeaderNames());
            names.removeIf(this::hidden);
            return Collections.enumeration(names);
        }

        private boolean hidden(String name) {
            return drop && IF_RANGE.equalsIgnoreCase(name) || whole && RANGE.equalsIgnoreCase(name);
        }
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doGet(request, response);
    }

    /**
     * Jetty's resource serving under this servlet's mapping, for the file answers: length,
     * Last-Modified, If-Modified-Since (304) and byte ranges
     * ({@code Range} answered 206 with {@code Content-Range}, {@code If-Range}), so a broken
     * download resumes. Nothing is cached in memory: the dumps can be large.
     */
    @Override
    public void init(ServletConfig config) throws ServletException {
        super.init(config);
        Path dumps = site.snapshot().dumps();
        if (!Files.isDirectory(dumps)) {
            return;
        }
        ServletContextHandler context = ServletContextHandler.getServletContextHandler(config.getServletContext());
        TYPES.forEach((ending, type) -> {
            if (ending.startsWith(".")) {
                context.getMimeTypes().addMimeMapping(ending.substring(1), type);
            }
        });
        Map<String, String> params = Map.of("baseResource", real(dumps).toUri().toString(),
                "pathInfoOnly", "true", "dirAllowed", "false", "acceptRanges", "true", "etags", "false",
                "maxCacheSize", "0", "cacheControl", "public, max-age=" + Caching.MAX_AGE.toSeconds());
        files.init(Filters.Params.of(config, params));
    }

    private static Path real(Path p) throws ServletException {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            throw new ServletException(p + ": " + e.getMessage(), e);
        }
    }

    /** The file a relative path names, if it is a regular, visible file inside the dumps folder. */
    Optional<Path> resolve(String rel) throws IOException {
        Path root = site.snapshot().dumps();
        if (!Files.isDirectory(root) || rel.isEmpty() || rel.contains("\\") || rel.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        for (String segment : rel.split("/", -1)) {
            if (segment.isEmpty() || segment.startsWith(".")) {
                return Optional.empty();
            }
        }
        Path realRoot = root.toRealPath();
        Path file = realRoot.resolve(rel).normalize();
        if (!file.startsWith(realRoot) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                || !file.toRealPath().startsWith(realRoot)) {
            return Optional.empty();
        }
        return Optional.of(file);
    }

    static String type(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return TYPES.entrySet().stream().filter(e -> lower.endsWith(e.getKey().toLowerCase(Locale.ROOT)))
                .map(Map.Entry::getValue).findFirst().orElse("application/octet-stream");
    }

    private void list(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (caching.answeredNotModified(request, response, "dumps-list")) {
            return;
        }
        Path root = site.snapshot().dumps();
        List<Path> files = List.of();
        if (Files.isDirectory(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                        .filter(p -> !root.relativize(p).toString().startsWith("."))
                        .sorted().toList();
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Path p : files) {
            String rel = root.relativize(p).toString().replace('\\', '/');
            rows.add(Map.of("href", PATH + "/" + rel, "name", rel, "bytes", Files.size(p), "type", type(rel)));
        }
        caching.headers(response, "dumps-list", site.snapshot().time().toEpochMilli());
        Html.send(response, HttpServletResponse.SC_OK,
                Html.render("dumps", Map.of("version", site.snapshot().version(), "files", rows)));
    }
}
