package org.policylod.serve;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.metrics.MetricsProvider;
import org.apache.jena.rdf.model.Model;

/**
 * The operator's meters, added to the registry behind Fuseki's /$/metrics (Prometheus text, turned
 * on in fuseki-config/server.ttl): every request by route and status with a latency histogram
 * ({@code policylod_http_requests_seconds}), the result cache's hits and misses, and the release
 * served ({@code policylod_release_info{version=...} 1}). Fuseki's own meters count only what
 * reaches its query action, not the answers the result cache gives.
 */
final class Metrics implements FusekiModule {
    static final String REQUESTS = "policylod.http.requests";
    /** Routes by first path segment; anything else is "other", so the label set stays small. */
    static final List<String> ROUTES = List.of("sparql", "id", "doc", "graph", "dumps", "ontology", ".well-known", "$");

    /** Latency histogram buckets: from a cached answer (about a millisecond) to the query time limit. */
    static final Duration[] BUCKETS = {Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(10),
        Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
        Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)};

    private final Site site;
    private final ResultCache cache;
    private volatile MeterRegistry registry;

    Metrics(Site site, ResultCache cache) {
        this.site = site;
        this.cache = cache;
    }

    @Override
    public String name() {
        return "policy-lod metrics";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        Filters.everyPath(builder, (request, response, chain) -> {
            long start = System.nanoTime();
            try {
                chain.doFilter(request, response);
            } finally {
                record(request, response, System.nanoTime() - start);
            }
        });
    }

    @Override
    public void serverBeforeStarting(FusekiServer server) {
        MetricsProvider provider = MetricsProvider.getMetricsProvider(server.getServletContext());
        if (provider == null) {
            return;
        }
        MeterRegistry r = provider.getMeterRegistry();
        FunctionCounter.builder("policylod.cache.hits", cache, ResultCache::hits)
                .description("SPARQL answers sent from the result cache").register(r);
        FunctionCounter.builder("policylod.cache.misses", cache, ResultCache::misses)
                .description("SPARQL requests the result cache did not hold").register(r);
        Gauge.builder("policylod.cache.bytes", cache, ResultCache::held)
                .description("bytes held by the result cache").register(r);
        Gauge.builder("policylod.release.info", () -> 1)
                .description("the release served").tag("version", site.snapshot().version()).register(r);
        registry = r;
    }

    private void record(HttpServletRequest request, HttpServletResponse response, long nanos) {
        MeterRegistry r = registry;
        if (r == null) {
            return;
        }
        Timer.builder(REQUESTS).description("HTTP requests by route and status")
                .tag("route", route(request.getRequestURI())).tag("method", method(request.getMethod()))
                .tag("status", String.valueOf(response.getStatus()))
                .serviceLevelObjectives(BUCKETS).register(r)
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    static String route(String uri) {
        if (uri == null || uri.equals("/")) {
            return "home";
        }
        String first = uri.substring(1).split("[/.]", 2)[0];
        if (uri.startsWith("/.well-known/")) {
            first = ".well-known";
        }
        return ROUTES.contains(first) ? first : "other";
    }

    private static String method(String m) {
        return ReadOnly.ALLOWED.contains(m) ? m : "other";
    }
}
