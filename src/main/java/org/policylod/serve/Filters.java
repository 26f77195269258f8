package org.policylod.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import org.apache.jena.fuseki.main.FusekiServer;

/** Plumbing the server's modules share: a filter on every path, and fixed init parameters. */
final class Filters {
    private Filters() {
    }

    /** What a filter does with one request. */
    @FunctionalInterface
    interface Step {
        void apply(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws IOException, ServletException;
    }

    /** Adds a filter on every path; filters run in the order the modules add them. */
    static void everyPath(FusekiServer.Builder builder, Step step) {
        builder.addFilter("/*", new HttpFilter() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws IOException, ServletException {
                step.apply(request, response, chain);
            }
        });
    }

    /** A filter's or servlet's configuration: its name and context, with fixed init parameters. */
    record Params(String name, ServletContext context, Map<String, String> params) implements FilterConfig, ServletConfig {
        static Params of(FilterConfig config, Map<String, String> params) {
            return new Params(config.getFilterName(), config.getServletContext(), params);
        }

        static Params of(ServletConfig config, Map<String, String> params) {
            return new Params(config.getServletName(), config.getServletContext(), params);
        }

        @Override
        public String getFilterName() {
            return name;
        }

        @Override
        public String getServletName() {
            return name;
        }

        @Override
        public ServletContext getServletContext() {
            return context;
        }

        @Override
        public String getInitParameter(String key) {
            return params.get(key);
        }

        @Override
        public Enumeration<String> getInitParameterNames() {
            return Collections.enumeration(params.keySet());
        }
    }
}
