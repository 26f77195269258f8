package org.policylod.spark;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.apache.jena.rdf.model.Model;

/**
 * The work done for one source document: its ETL and its gate, in one call. The Spark job knows
 * nothing else of the pipeline, so the implementation can be swapped without touching the job.
 */
public interface PerDocument extends Serializable {
    /**
     * @param file  the document's file (its name is what {@code publish} records)
     * @param bytes the file's bytes
     */
    Result apply(String file, byte[] bytes);

    /** The reference data that published documents use, as N-Quads lines in {@code graphIri}. */
    List<String> reference(String graphIri, Collection<Model> documents);
}
