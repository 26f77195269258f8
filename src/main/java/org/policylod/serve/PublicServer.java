package org.policylod.serve;

import java.net.URI;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.policylod.source.InputException;

/**
 * The public server: one embedded Fuseki configured from fuseki-config/, extended by modules for
 * the SPARQL front, linked data, pages and dumps. Start it, read its URL, close it.
 */
public final class PublicServer implements AutoCloseable {
    private final FusekiServer fuseki;
    private final DatasetGraph dataset;
    private final String host;

    private PublicServer(FusekiServer fuseki, DatasetGraph dataset, String host) {
        this.fuseki = fuseki;
        this.dataset = dataset;
        this.host = host;
    }

    /** Starts serving a release on {@code host:port} (port 0: any free port). */
    public static PublicServer start(Snapshot snapshot, String host, int port) throws InputException {
        Site site = new Site(snapshot);
        FusekiServer fuseki;
        try {
            fuseki = build(site, port);
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
        DatasetGraph dsg = dap.getDataService().getDataset();
        site.bind(dsg);
        LazySlice.install(dsg);
        fuseki.start();
        return new PublicServer(fuseki, dsg, host);
    }

    private static FusekiServer build(Site site, int port) {
        return FusekiServer.create()
                .fusekiModules(FusekiModules.create(new OutputBuffer(), new Cors(), new ReadOnly(),
                        new SparqlModule(site), new LinkedDataModule(site), new PagesModule(site), new DumpsModule(site)))
                .parseConfig(Config.load(site.snapshot().dir()))
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

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** Stops the server and releases the database, so its folder can be replaced or deleted. */
    @Override
    public void close() {
        fuseki.stop();
        TDBInternal.expel(dataset);
    }
}
