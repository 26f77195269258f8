package org.policylod.spark;

import java.io.Serializable;

/**
 * The work done for one source document: its ETL and its gate, in one call. The Spark job knows
 * nothing else of the pipeline, so the implementation can be swapped (for the publish package's own
 * per-document API) without touching the job.
 */
public interface PerDocument extends Serializable {
    /**
     * @param file  the document's file name, as {@code publish} names it in messages
     * @param bytes the file's bytes
     */
    Result apply(String file, byte[] bytes);
}
