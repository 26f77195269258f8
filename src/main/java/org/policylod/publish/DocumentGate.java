package org.policylod.publish;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.mem2.GraphMem2Fast;
import org.policylod.extract.Etl;
import org.policylod.rdf.DocumentGraph;
import org.policylod.source.InputException;
import org.policylod.source.SourceDocument;
import org.policylod.source.SourceReader;
import org.policylod.validate.Gate;
import org.policylod.validate.Verdict;

/**
 * One document through the ETL and the SHACL gate, on its own: its graph, with the ontology and the
 * reference data it uses, is validated against {@code shapes/}. The answer is an outcome, never an
 * exception: published, or held back with the reason (unreadable, no document, extractor failure,
 * not conforming), the graph and the report where there are some.
 *
 * <p>Made once (it loads the reference data and the shapes), then used for any number of documents
 * from any number of threads: it keeps no state between calls. This is what {@code publish} runs per
 * document, and what a distributed job reuses.
 */
public final class DocumentGate {
    private final Etl etl;
    private final Gate gate;
    private final Graph ontology;
    /*
     * The part of every document's gate data that is the same for all: the ontology and the curated
     * reference data, copied whole (a copy of the store) instead of triple by triple. GraphMem2Fast is
     * what GraphFactory.createDefaultGraph() makes in Jena 5, so the gate sees the same kind of graph.
     */
    private final GraphMem2Fast commonData;

    public DocumentGate(Etl etl, Gate gate) {
        this.etl = etl;
        this.gate = gate;
        this.ontology = etl.ontology().getGraph();
        this.commonData = new GraphMem2Fast();
        ontology.find().forEach(commonData::add);
        etl.curated().store().find().forEach(commonData::add);
    }

    /** The gate of a publication under {@code base} (ending in '/') made at {@code time}. */
    public static DocumentGate create(String base, Instant time) {
        return new DocumentGate(Etl.create(base, time), Gate.create(base));
    }

    /** The ETL this gate runs (its ontology and reference data build the rest of a publication). */
    public Etl etl() {
        return etl;
    }

    /** Reads {@code file} and checks it. */
    public DocumentOutcome check(Path file) {
        SourceDocument doc;
        try {
            doc = SourceReader.read(file);
        } catch (InputException e) {
            return badInput(file, e, List.of());
        }
        return check(doc);
    }

    /** Checks a document whose bytes were read elsewhere (an archive, a distributed file system). */
    public DocumentOutcome check(Path file, byte[] bytes) {
        SourceDocument doc;
        try {
            Path name = file.getFileName();
            doc = SourceReader.decode(file, name == null ? file.toString() : name.toString(), bytes);
        } catch (InputException e) {
            return badInput(file, e, List.of());
        }
        return check(doc);
    }

    public DocumentOutcome check(SourceDocument doc) {
        DocumentGraph g = null;
        Verdict v;
        try {
            g = etl.transform(doc);
            v = gate.check(gateData(g.model()));
        } catch (InputException e) {
            return badInput(doc.path(), e, List.of());
        } catch (RuntimeException | StackOverflowError e) {
            // One document must not stop a batch; what broke is kept for the bug report.
            return new DocumentOutcome.HeldBack(doc.path(), DocumentOutcome.Reason.EXTRACTOR_FAILED, 0,
                    doc.path() + ": the extractor failed (a bug, please report it): " + e, trace(e), g, null,
                    g == null ? List.of() : g.warnings());
        }
        if (v.conforms()) {
            return new DocumentOutcome.Published(doc, g, v);
        }
        return new DocumentOutcome.HeldBack(doc.path(), DocumentOutcome.Reason.NOT_CONFORMING, 0,
                doc.path() + ": does not conform to the SHACL shapes (" + v.violations()
                        + (v.violations() == 1 ? " violation)" : " violations)"),
                v.summary(), g, v, g.warnings());
    }

    /**
     * What the gate sees of one document: its graph, the ontology, and the reference data it uses
     * ({@link Etl#reference} of the document: the curated data and the extras that depend on it).
     */
    public Graph gateData(Model document) {
        Graph data = commonData.copy();
        Model extras = etl.referenceExtras(List.of(document));
        document.getGraph().find().forEach(data::add);
        extras.getGraph().find().forEach(data::add);
        for (Graph part : List.of(ontology, document.getGraph(), extras.getGraph())) {
            part.getPrefixMapping().getNsPrefixMap().forEach((p, ns) -> {
                if (data.getPrefixMapping().getNsPrefixURI(p) == null) {
                    data.getPrefixMapping().setNsPrefix(p, ns);
                }
            });
        }
        return data;
    }

    private static DocumentOutcome.HeldBack badInput(Path file, InputException e, List<String> warnings) {
        return new DocumentOutcome.HeldBack(file, DocumentOutcome.Reason.BAD_INPUT, e.line(), e.getMessage(), "",
                null, null, warnings);
    }

    private static String trace(Throwable e) {
        StringWriter w = new StringWriter();
        e.printStackTrace(new PrintWriter(w));
        return w.toString();
    }
}
