package org.policylod.serve;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.policylod.Templates;

/**
 * The HTML of every page: the templates of {@code templates/} beside this class (the engine
 * escapes every value, so markup in a source text is shown as text and never runs) and the headers
 * every page is sent with.
 */
public final class Html {
    /** No scripts, no plugins, no foreign resources; inline styles and forms to this server only. */
    public static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /**
     * The query editor's policy: the scripts of this server only (YASGUI and ours, no inline
     * script), its requests to this server only, and the data: images of YASGUI's style sheet.
     */
    public static final String EDITOR_CSP = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private static final String TEMPLATES = "org/policylod/serve/templates/";

    private Html() {
    }

    /** The page of template {@code name} (e.g. "home") with the values of {@code scope}. */
    public static String render(String name, Object scope) {
        return Templates.render(TEMPLATES + name + ".mustache", scope);
    }

    /** Writes a page under the strict policy: no script runs, even if a value escaped the escaping. */
    public static void send(HttpServletResponse response, int status, String html) throws IOException {
        send(response, status, html, CSP);
    }

    /**
     * Writes a page with its length, so the connection stays open for the next request, under a
     * given content security policy.
     */
    static void send(HttpServletResponse response, int status, String html, String policy) throws IOException {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setHeader("Content-Security-Policy", policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentType("text/html;charset=utf-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /**
     * A link for a template: only http(s) and server-relative targets get an {@code href} (anything
     * else is shown as text); {@code external} marks links that leave this server.
     */
    record Link(String href, String text, boolean external) {
        static Link to(String href, String text) {
            boolean local = href.startsWith("/") && !href.startsWith("//");
            boolean web = href.startsWith("http://") || href.startsWith("https://");
            return new Link(local || web ? href : null, text, web);
        }
    }
}
