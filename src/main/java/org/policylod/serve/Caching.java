package org.policylod.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * HTTP caching for a dataset that changes only when it is republished: every representation's
 * entity tag is the release version plus the representation's variant, so a client's cached copy
 * stays valid exactly as long as the release it came from is served, and a revalidation costs a
 * {@code 304 Not Modified} instead of a query.
 */
public final class Caching {
    /** How long a client or shared cache may use a response without revalidating it. */
    public static final Duration MAX_AGE = Duration.ofMinutes(10);

    private final Supplier<String> version;

    public Caching(String version) {
        this.version = () -> version;
    }

    /** Caching for the release {@code site} serves at the time of each call (it changes on a switch). */
    public Caching(Site site) {
        this.version = () -> site.snapshot().version();
    }

    /** The entity tag of one variant (e.g. "ttl", "json") of this release's representations. */
    public String etag(String variant) {
        return "\"" + version.get() + "-" + variant + "\"";
    }

    /** Sets ETag, Cache-Control and (when known) Last-Modified on a response about to be sent. */
    public void headers(HttpServletResponse response, String variant, long lastModified) {
        response.setHeader("ETag", etag(variant));
        response.setHeader("Cache-Control", "public, max-age=" + MAX_AGE.toSeconds());
        if (lastModified > 0) {
            response.setDateHeader("Last-Modified", lastModified);
        }
    }

    /**
     * The tag by which the request revalidates a representation of this very release, if any: a
     * tag of {@code variant} in its If-None-Match or, with variant null (when the variant is not
     * known before answering), any tag of this release, since every variant of a release stays
     * current as long as the release is served.
     */
    public Optional<String> revalidated(HttpServletRequest request, String variant) {
        String inm = request.getHeader("If-None-Match");
        if (inm == null) {
            return Optional.empty();
        }
        for (String tag : inm.split(",")) {
            String t = tag.trim();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (variant == null ? t.startsWith("\"" + version.get() + "-") : t.equals(etag(variant))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * Answers 304 when the request revalidates a representation of this release (see
     * {@link #revalidated}); returns true when it did, so the caller sends nothing more.
     */
    public boolean answeredNotModified(HttpServletRequest request, HttpServletResponse response, String variant) {
        Optional<String> tag = revalidated(request, variant);
        tag.ifPresent(t -> notModified(response, t));
        return tag.isPresent();
    }

    /** Answers 304 with the validators a 200 would have carried. */
    public void notModified(HttpServletResponse response, String tag) {
        response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        response.setHeader("ETag", tag);
        response.setHeader("Cache-Control", "public, max-age=" + MAX_AGE.toSeconds());
    }
}
