package org.policylod.serve;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

/**
 * Keeps what a shared cache is told true. Every {@code Vary} value set along the way is kept (the
 * CORS filter's {@code Origin}, content negotiation's {@code Accept}), where a plain setHeader
 * would drop the first. And an answer to a cross-origin request (one with an {@code Origin}),
 * which echoes that origin in {@code Access-Control-Allow-Origin}, is {@code private}: only the
 * browser that asked may keep it, so no proxy hands one site's CORS answer to another.
 */
final class SharedCaches implements FusekiModule {
    static final String VARY = "Vary";
    static final String CACHE_CONTROL = "Cache-Control";

    @Override
    public String name() {
        return "policy-lod shared caches";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        Filters.everyPath(builder, (request, response, chain) ->
                chain.doFilter(request, new Headers(response, request.getHeader("Origin") != null)));
    }

    /** A response whose Vary values accumulate and whose public caching turns private for CORS. */
    static final class Headers extends HttpServletResponseWrapper {
        private final boolean crossOrigin;

        Headers(HttpServletResponse response, boolean crossOrigin) {
            super(response);
            this.crossOrigin = crossOrigin;
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, adjust(name, value));
        }

        @Override
        public void addHeader(String name, String value) {
            if (VARY.equalsIgnoreCase(name)) {
                super.setHeader(name, adjust(name, value));
            } else {
                super.addHeader(name, adjust(name, value));
            }
        }

        private String adjust(String name, String value) {
            if (value == null) {
                return null;
            }
            if (VARY.equalsIgnoreCase(name)) {
                Set<String> all = new LinkedHashSet<>();
                for (String v : getHeaders(VARY)) {
                    split(v, all);
                }
                split(value, all);
                return String.join(", ", all);
            }
            if (crossOrigin && CACHE_CONTROL.equalsIgnoreCase(name)) {
                return value.replaceFirst("(?i)\\bpublic\\b", "private");
            }
            return value;
        }

        private static void split(String header, Set<String> into) {
            for (String v : header.split(",")) {
                String t = v.trim();
                if (!t.isEmpty() && into.stream().noneMatch(x -> x.toLowerCase(Locale.ROOT).equals(t.toLowerCase(Locale.ROOT)))) {
                    into.add(t);
                }
            }
        }
    }
}
