package org.policylod.serve;

import java.util.List;
import java.util.Optional;
import org.apache.jena.sparql.core.DatasetGraph;
import org.policylod.rdf.Plo;

/**
 * What every part of the server shares: the release served and its data (bound once Fuseki has
 * assembled it from fuseki-config/, replaced whole when the server switches to a new release), and
 * the mapping between this server's paths and the base namespace: the path {@code /id/x} stands for
 * {@code <BASE id/x>}.
 */
public final class Site {
    /** Path of the SPARQL service (fuseki-config/service.ttl names it). */
    public static final String SPARQL = "/sparql";
    /** Prefix of the documents that describe a resource: {@code /doc/id/x.ttl} describes {@code <BASE id/x>}. */
    public static final String DOC = "/doc/";
    /** Top-level path segments under which URIs are minted (ontology/MODEL.md). */
    public static final List<String> MINTED = List.of("id", "graph");

    /** The release served now and its data; replaced whole when a new release is switched to. */
    private record Served(Snapshot snapshot, DatasetGraph dataset) {
    }

    private volatile Served served;

    public Site(Snapshot snapshot) {
        this.served = new Served(snapshot, null);
    }

    /** The release served now (a later call may see a newer one: read it once per request). */
    public Snapshot snapshot() {
        return served.snapshot();
    }

    public String base() {
        return snapshot().base();
    }

    /** Serves {@code snapshot} with {@code dataset} from now on. */
    void switchTo(Snapshot snapshot, DatasetGraph dataset) {
        this.served = new Served(snapshot, dataset);
    }

    public DatasetGraph dataset() {
        DatasetGraph d = served.dataset();
        if (d == null) {
            throw new IllegalStateException("the dataset is not bound yet");
        }
        return d;
    }

    /** The IRI a server path (without the document prefix or suffix) stands for. */
    public String iri(String path) {
        return base() + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** The path of this server at which an IRI of ours is dereferenced, if it is ours. */
    public Optional<String> path(String iri) {
        String base = base();
        if (iri.startsWith(base) && iri.length() > base.length()) {
            return Optional.of("/" + iri.substring(base.length()));
        }
        if (iri.startsWith(Plo.NS)) {
            return Optional.of("/ontology#" + iri.substring(Plo.NS.length()));
        }
        return Optional.empty();
    }

    /** The document that describes an IRI of ours in a given format. */
    public Optional<String> document(String iri, Format format) {
        String base = base();
        if (!iri.startsWith(base) || iri.length() == base.length()) {
            return Optional.empty();
        }
        return Optional.of(DOC + iri.substring(base.length()) + (format == null ? "" : "." + format.suffix()));
    }
}
