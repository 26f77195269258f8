package org.policylod.serve;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.policylod.HtmlText;

/**
 * The HTML of every page: escaping and the common frame. Every value that comes from the data goes
 * through {@link #esc}, so markup in a source text is shown as text and never runs.
 */
public final class Html {
    private static final String STYLE = "body{font-family:system-ui,sans-serif;max-width:60rem;margin:1rem auto;"
            + "padding:0 1rem;line-height:1.4}table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;"
            + "padding:.2rem .5rem;vertical-align:top;text-align:left}code{word-break:break-all}"
            + "mark{background:#ffe066}nav a{margin-right:1rem}.iri{color:#555;font-size:.9em}"
            + "blockquote{border-left:3px solid #ccc;margin:.3rem 0;padding-left:.6rem}";

    /** No scripts, no plugins, no foreign resources; inline styles and forms to this server only. */
    public static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private Html() {
    }

    /** Escapes text for element content and quoted attribute values. */
    public static String esc(String s) {
        return HtmlText.escape(s);
    }

    /** A link; only http(s) and server-relative targets become links, anything else stays text. */
    public static String link(String href, String text) {
        boolean safe = href.startsWith("/") && !href.startsWith("//")
                || href.startsWith("http://") || href.startsWith("https://");
        if (!safe) {
            return esc(text);
        }
        String rel = href.startsWith("/") ? "" : " rel=\"external\"";
        return "<a href=\"" + esc(href) + "\"" + rel + ">" + esc(text) + "</a>";
    }

    /** A whole page around {@code body} (already HTML). */
    public static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + esc(title) + " - policy-lod</title><style>" + STYLE + "</style></head><body>\n"
                + "<nav><a href=\"/\">Home</a><a href=\"/sparql\">SPARQL</a><a href=\"/dumps/\">Dumps</a>"
                + "<a href=\"/ontology\">Ontology</a><a href=\"/.well-known/void\">VoID</a></nav>\n"
                + body + "\n</body></html>\n";
    }

    /**
     * Writes a page with its length, so the connection stays open for the next request. The
     * content security policy lets no script run, even if a value escaped the escaping.
     */
    public static void send(HttpServletResponse response, int status, String html) throws IOException {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentType("text/html;charset=utf-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
