package org.policylod.serve;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.sparql.core.DatasetGraph;
import org.policylod.publish.Publication;
import org.policylod.serve.eval.Evaluation;
import org.policylod.source.InputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which release the server answers from, and the switch to a new one. A switch registers a new
 * Fuseki data service for /sparql (Fuseki looks it up once per request, so a request runs wholly on
 * the release it started on), then points the {@link Site} at the new release and drops the old
 * release's answers from the {@link ResultCache}. The old data is closed once no request uses it.
 * {@link #follow} polls the publication's {@code current} link and switches when a publish moved it.
 */
final class Releases implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Releases.class);
    /** How often {@code current} is read: a new release is answered within about this long after its load. */
    static final Duration POLL = Duration.ofMillis(500);
    /** Time for requests that looked up the old service just before the switch to begin their transaction. */
    static final Duration GRACE = Duration.ofSeconds(1);

    private final DataAccessPointRegistry registry;
    private final Site site;
    private final ResultCache cache;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "policy-lod-releases");
        t.setDaemon(true);
        return t;
    });
    private String refused;

    Releases(DataAccessPointRegistry registry, Site site, ResultCache cache) {
        this.registry = registry;
        this.site = site;
        this.cache = cache;
    }

    /**
     * Starts serving the release of {@code site} from the TDB2 dataset Fuseki assembled for it, or from
     * a copy in memory when it fits ({@link ReleaseData}), whose TDB2 database is then closed.
     */
    void first(DatasetGraph tdb) {
        Snapshot s = site.snapshot();
        if (ReleaseData.inMemory(s)) {
            DatasetGraph copy = ReleaseData.copy(tdb);
            register(copy);
            ReleaseData.close(tdb);
            tdb = copy;
        }
        LazySlice.install(tdb);
        Evaluation.install(tdb);
        site.switchTo(s, tdb);
        cache.retain(s.version());
    }

    /** Serves {@code next} from now on; the old release's data closes when its last request ends. */
    synchronized void switchTo(Snapshot next) {
        DatasetGraph data = ReleaseData.tdb2(next);
        if (ReleaseData.inMemory(next)) {
            DatasetGraph copy = ReleaseData.copy(data);
            ReleaseData.close(data);
            data = copy;
        }
        LazySlice.install(data);
        Evaluation.install(data);
        DataAccessPoint old = register(data);
        site.switchTo(next, data);
        cache.retain(next.version());
        LOG.info("now serving release {}", next.version());
        retire(old, System.nanoTime() + GRACE.toNanos());
    }

    /** Checks {@code publication}'s current release every {@link #POLL} and switches to a new one. */
    void follow(Publication publication) {
        worker.scheduleWithFixedDelay(() -> check(publication), POLL.toMillis(), POLL.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void check(Publication publication) {
        String version = null;
        try {
            Optional<Publication.Release> r = publication.current();
            if (r.isEmpty()) {
                return;
            }
            version = r.get().version();
            if (version.equals(site.snapshot().version()) || version.equals(refused)) {
                return;
            }
            switchTo(Snapshot.of(r.get()));
        } catch (IOException | InputException | RuntimeException e) {
            // A release that cannot be served leaves the server on the one it serves.
            refused = version;
            LOG.warn("not switching to release {}: {}", version, e.toString());
        }
    }

    /** Makes /sparql answer from {@code data}, with the endpoints it had; returns the access point replaced. */
    private DataAccessPoint register(DatasetGraph data) {
        DataAccessPoint old = registry.get(Site.SPARQL);
        DataService service = DataService.newBuilder(old.getDataService()).dataset(data).build();
        service.goActive();
        registry.put(Site.SPARQL, new DataAccessPoint(Site.SPARQL, service));  // replaces it in one step
        return old;
    }

    /** Closes the data of a replaced access point once no request or transaction uses it any more. */
    private void retire(DataAccessPoint old, long notBefore) {
        DataService service = old.getDataService();
        DatasetGraph data = service.getDataset();
        boolean idle = System.nanoTime() >= notBefore && old.requestCount() == 0
                && service.activeTxn.get() == 0 && ReleaseData.idle(data);
        if (idle) {
            ReleaseData.close(data);
        } else {
            worker.schedule(() -> retire(old, notBefore), 100, TimeUnit.MILLISECONDS);
        }
    }

    /** Stops following and closes the data served now. */
    @Override
    public void close() {
        worker.shutdownNow();
        synchronized (this) {
            ReleaseData.close(site.dataset());
        }
    }
}
