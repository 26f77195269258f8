package org.policylod.publish;

import java.nio.file.Path;
import java.util.List;
import org.policylod.rdf.DocumentGraph;
import org.policylod.source.SourceDocument;
import org.policylod.validate.Verdict;

/**
 * What became of one source document at the per-document gate ({@link DocumentGate}): published,
 * or held back with its reason.
 */
public sealed interface DocumentOutcome permits DocumentOutcome.Published, DocumentOutcome.HeldBack {

    /** The file the document was read from. */
    Path file();

    /** The ETL's warnings on this document (the document is published all the same). */
    List<String> warnings();

    default boolean published() {
        return this instanceof Published;
    }

    /** Why a document is held back; each kind maps to the exit code of a run that publishes nothing. */
    enum Reason {
        /** Unreadable, empty, binary or not UTF-8, or text the extractor cannot take as a document. */
        BAD_INPUT,
        /** The extractor (or the gate on its graph) failed with an exception: a bug, kept with its stack trace. */
        EXTRACTOR_FAILED,
        /** Its graph, with the reference data, breaks the SHACL shapes. */
        NOT_CONFORMING,
        /** An earlier file of the same run holds the same document (the same graph). */
        DUPLICATE,
        /** Conforms alone, but breaks a shape next to an earlier document of the same run. */
        CONFLICT
    }

    /**
     * A conforming document.
     *
     * @param source  the document as read
     * @param graph   its named graph
     * @param verdict the gate's verdict on its graph with the ontology and its reference data
     */
    record Published(SourceDocument source, DocumentGraph graph, Verdict verdict) implements DocumentOutcome {
        @Override
        public Path file() {
            return source.path();
        }

        @Override
        public List<String> warnings() {
            return graph.warnings();
        }
    }

    /**
     * A document that is not published.
     *
     * @param file     the file
     * @param reason   the kind of reason
     * @param line     the 1-based line at fault, or 0 when not known or not on one line
     * @param message  the reason for a person, naming the file (and line)
     * @param detail   more for the person who inspects it (a stack trace, the SHACL summary), or ""
     * @param graph    the document's graph, or null when the extractor made none
     * @param verdict  the gate's verdict, or null when the document did not reach the gate
     * @param warnings the ETL's warnings, if it ran
     */
    record HeldBack(Path file, Reason reason, int line, String message, String detail, DocumentGraph graph,
                    Verdict verdict, List<String> warnings) implements DocumentOutcome {
    }
}
