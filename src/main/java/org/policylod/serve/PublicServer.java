package org.policylod.serve;

import java.net.URI;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.policylod.publish.Publication;
import org.policylod.source.InputException;

/**
 * The public server: one embedded Fuseki configured from fuseki-config/, extended by modules for
 * the SPARQL front, linked data, pages and dumps. Start it, read its URL, close it.
 */
public final class PublicServer implements AutoCloseable {
    private final FusekiServer fuseki;
    private final Releases releases;
    private final String host;
    private final ResultCache cache;

    private PublicServer(FusekiServer fuseki, Releases releases, String host, ResultCache cache) {
        this.fuseki = fuseki;
        this.releases = releases;
        this.host = host;
        this.cache = cache;
    }

    /** Starts serving a release on {@code host:port} (port 0: any free port), with the default settings. */
    public static PublicServer start(Snapshot snapshot, String host, int port) throws InputException {
        return start(snapshot, host, port, Settings.DEFAULT);
    }

    /** As {@link #start(Snapshot, String, int)}, with the operator's settings. */
    public static PublicServer start(Snapshot snapshot, String host, int port, Settings settings) throws InputException {
        Site site = new Site(snapshot);
        ResultCache cache = new ResultCache(settings.cacheBytes());
        FusekiServer fuseki;
        try {
            fuseki = build(site, cache, port, settings);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof DBOpEnvException) {
                    // Typically another server (or a publish) holds the database's lock.
                    throw new InputException(snapshot.tdb(), 0, "cannot open the database: " + t.getMessage());
                }
            }
            throw e;
        }
        for (Connector c : fuseki.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) {
                sc.setHost(host);
            }
        }
        DataAccessPoint dap = fuseki.getDataAccessPointRegistry().get(Site.SPARQL);
        if (dap == null) {
            throw new IllegalStateException(Config.FOLDER + " defines no service named " + Site.SPARQL);
        }
        Releases releases = new Releases(fuseki.getDataAccessPointRegistry(), site, cache);
        releases.first(dap.getDataService().getDataset());
        fuseki.start();
        return new PublicServer(fuseki, releases, host, cache);
    }

    private static FusekiServer build(Site site, ResultCache cache, int port, Settings settings) {
        return FusekiServer.create()
                .fusekiModules(FusekiModules.create(new Metrics(site, cache), new SharedCaches(), new Compression(),
                        new OutputBuffer(), new Cors(), new ReadOnly(),
                        new SparqlModule(site, cache), new LinkedDataModule(site), new PagesModule(site), new DumpsModule(site)))
                .parseConfig(Config.load(site.snapshot().dir(), settings.timeout()))
                .port(port)
                .build();
    }

    public int port() {
        return fuseki.getHttpPort();
    }

    /** The server's root URL, e.g. {@code http://127.0.0.1:3030/}. */
    public URI url() {
        String h = host.equals("0.0.0.0") || host.isEmpty() ? "localhost" : host;
        return URI.create("http://" + (h.contains(":") ? "[" + h + "]" : h) + ":" + port() + "/");
    }

    FusekiServer fuseki() {
        return fuseki;
    }

    ResultCache cache() {
        return cache;
    }

    /**
     * Serves each new release of {@code publication} as soon as a publish makes it current, without a
     * restart: requests under way finish on the release they began on.
     */
    public void follow(Publication publication) {
        releases.follow(publication);
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** Stops the server and releases the database, so its folder can be replaced or deleted. */
    @Override
    public void close() {
        fuseki.stop();
        releases.close();
    }
}
