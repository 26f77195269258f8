package org.policylod.extract;

import java.time.Instant;
import java.util.Collection;
import org.apache.jena.rdf.model.Model;
import org.policylod.rdf.DocumentGraph;
import org.policylod.source.InputException;
import org.policylod.source.SourceDocument;

/**
 * The ETL: a source document to its named graph. Created once per publication (it loads the
 * reference data and builds the recognisers), then used for every document; thread-safe.
 */
public final class Etl {
    private Etl() {
    }

    /**
     * @param base the base namespace of minted URIs, ending in '/'
     * @param time the publication time recorded in provenance
     */
    public static Etl create(String base, Instant time) {
        throw new UnsupportedOperationException("owned by the ETL work (issue 4)");
    }

    public DocumentGraph transform(SourceDocument doc) throws InputException {
        throw new UnsupportedOperationException("owned by the ETL work (issue 4)");
    }

    /** The ontology (its namespace is fixed, never rebased). */
    public Model ontology() {
        throw new UnsupportedOperationException("owned by the ETL work (issue 4)");
    }

    /**
     * The reference data the given document graphs use: curated entries (rebased to this base) and
     * the authority-table entries they link to, with the labels a reader needs.
     */
    public Model reference(Collection<Model> documentGraphs) {
        throw new UnsupportedOperationException("owned by the ETL work (issue 4)");
    }
}
