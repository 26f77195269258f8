package org.policylod.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

/**
 * Read-only at the HTTP level too: only GET, HEAD, POST (SPARQL queries) and OPTIONS (CORS) reach
 * the server; PUT, DELETE, PATCH and TRACE (which the servlet API would answer by echoing the
 * request) get 405 everywhere. Fuseki's own checks refuse updates and graph writes sent by POST.
 */
final class ReadOnly implements FusekiModule {
    static final Set<String> ALLOWED = Set.of("GET", "HEAD", "POST", "OPTIONS");

    /** Largest refused body read to the end, so the connection can serve the client's next request. */
    static final int DRAIN = 64 * 1024;

    /**
     * Reads a small refused body to its end (one skip may stop at what has arrived so far; closing
     * with unread bytes makes TCP reset the connection and the client loses the 405); a larger one
     * closes the connection instead of being read.
     */
    static void drain(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] sink = new byte[8192];
        long total = 0;
        int n;
        while (total <= DRAIN && (n = request.getInputStream().read(sink)) >= 0) {
            total += n;
        }
        if (total > DRAIN) {
            response.setHeader("Connection", "close");
        }
    }

    /**
     * Fuseki refuses some POSTs (a graph write, an update) without reading their body; left unread,
     * the body makes the connection unusable for the client's next request. Reading the rest here,
     * before Jetty completes the exchange, keeps the connection healthy.
     */
    static void finish(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            drain(request, response);
        } catch (IllegalStateException readAsText) {
            // The servlet read the body through getReader(): it has consumed it already.
        }
    }

    @Override
    public String name() {
        return "policy-lod read-only";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        Filters.everyPath(builder, (request, response, chain) -> {
            if (ALLOWED.contains(request.getMethod())) {
                chain.doFilter(request, response);
                if ("POST".equals(request.getMethod())) {
                    finish(request, response);
                }
                return;
            }
            drain(request, response);
            response.setHeader("Allow", "GET, HEAD, POST, OPTIONS");
            Send.plain(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Method not allowed: this server is read-only");
        });
    }
}
