package org.policylod.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;

/**
 * Gives Jetty a response buffer its buffer pool can reuse. Fuseki 5.6.0 (JettyLib) asks for 5 MiB,
 * larger than any buffer Jetty 12.1's pool keeps, so every response allocated and zeroed a fresh
 * 5 MiB direct buffer (apache/jena #4084): about 9 ms of CPU per small answer and gigabytes of
 * memory under load. 32 KiB is Jetty's own default; {@link Spill} holds whole answers on the heap
 * where an answer must be complete before its status is sent.
 */
public final class OutputBuffer implements FusekiModule {
    /** Jetty's response buffer size, in bytes. */
    public static final int SIZE = 32 * 1024;

    @Override
    public String name() {
        return "policy-lod output buffer";
    }

    @Override
    public void server(FusekiServer server) {
        for (Connector c : server.getJettyServer().getConnectors()) {
            HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                HttpConfiguration config = http.getHttpConfiguration();
                config.setOutputBufferSize(SIZE);
                config.setOutputAggregationSize(SIZE / 4);
            }
        }
    }
}
