package org.policylod.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The publication's dump files under /dumps/: a listing, and each file with its media type, length
 * and validators. Only regular files inside the release's dumps folder are served; any other path
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

    DumpsServlet(Site site) {
        this.site = site;
        this.caching = new Caching(site.snapshot().version());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
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
        long modified = Files.getLastModifiedTime(file.get()).toMillis();
        long since = request.getDateHeader("If-Modified-Since");
        if (tag.isPresent() || (request.getHeader("If-None-Match") == null && since >= 0 && modified / 1000 <= since / 1000)) {
            caching.notModified(response, tag.orElse(caching.etag(variant)));
            return;
        }
        caching.headers(response, variant, modified);
        response.setContentType(type(file.get().getFileName().toString()));
        response.setContentLengthLong(Files.size(file.get()));
        if (!request.getMethod().equals("HEAD")) {
            try (InputStream in = Files.newInputStream(file.get())) {
                in.transferTo(response.getOutputStream());
            }
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
