package org.policylod.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;

/**
 * gzip for text answers (pages, SPARQL results, RDF) to clients that send
 * {@code Accept-Encoding: gzip}, by Jetty's GzipHandler around the whole server. It compresses the
 * bytes on their way out, so the result cache keeps and replays the same identity bytes whatever
 * the client accepts, and it marks the entity tag of a compressed answer ({@code "tag--gzip"}) and
 * reads that mark off a revalidation, so a 304 still follows from the release's tag. The dumps are
 * left alone: each has a .gz twin, and uncompressed they keep an exact length for Range requests.
 */
final class Compression implements FusekiModule {
    /** Answers smaller than this gain nothing from gzip's header and CPU. */
    static final int MIN_BYTES = 256;

    @Override
    public String name() {
        return "policy-lod gzip";
    }

    @Override
    public void serverBeforeStarting(FusekiServer server) {
        Server jetty = server.getJettyServer();
        GzipHandler gzip = new GzipHandler();
        gzip.setMinGzipSize(MIN_BYTES);
        gzip.setIncludedMethods("GET", "POST");
        gzip.addExcludedPaths(DumpsServlet.PATH + "/*");
        gzip.setHandler(jetty.getHandler());
        jetty.setHandler(gzip);
    }
}
