package org.policylod.serve.eval;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.Rewrite;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * How the server evaluates queries on a release: ARQ's standard optimiser, then our rewrites
 * ({@link Rewrites}) in one more pass, registered as the optimiser of the release's dataset (its
 * context), so that every query on it, whatever the endpoint, goes through them. A release served
 * from memory also gets a {@link TextIndex} and {@link Counts}, built here once.
 * System property {@value #SWITCH}=false leaves ARQ's optimiser alone (to compare).
 */
public final class Evaluation {
    public static final String SWITCH = "policy-lod.rewrites";
    static final Symbol TEXT = Symbol.create("https://w3id.org/policy-lod/serve#textIndex");
    static final Symbol COUNTS = Symbol.create("https://w3id.org/policy-lod/serve#counts");

    private Evaluation() {
    }

    /**
     * Registers the rewrites for queries on {@code dsg}; for a dataset held in memory, whose default
     * graph is the union of all its graphs, first indexes the literals of that graph.
     */
    public static void install(DatasetGraph dsg) {
        if (!Boolean.parseBoolean(System.getProperty(SWITCH, "true"))) {
            return;
        }
        RewriteFactory factory = factory(Optimize.getFactory());
        if (TDBInternal.isTDB2(dsg)) {
            // TDB2's query engine reads the context of the database under the switchable front.
            TDBInternal.getDatasetGraphTDB(dsg).getContext().set(ARQConstants.sysOptimizerFactory, factory);
            dsg.getContext().set(ARQConstants.sysOptimizerFactory, factory);
            return;
        }
        Graph union = dsg.getDefaultGraph();
        Context cxt = dsg.getContext();
        cxt.set(TEXT, TextIndex.of(union));
        cxt.set(COUNTS, Counts.of(union));
        cxt.set(ARQConstants.sysOptimizerFactory, factory);
    }

    /** {@code base}'s optimiser followed by our rewrites, with the text index of the query's context if it has one. */
    static RewriteFactory factory(RewriteFactory base) {
        return cxt -> {
            Rewrite first = base.create(cxt);
            TextIndex index = cxt.get(TEXT);
            Counts counts = cxt.get(COUNTS);
            Rewrites ours = new Rewrites(index == null || counts == null ? null : new TextFilter(index, counts));
            return op -> Transformer.transform(ours, first.rewrite(op));
        };
    }

    /** The text index built for {@code dsg}, if any: for the operator's figures. */
    public static String describe(DatasetGraph dsg) {
        TextIndex index = dsg.getContext().get(TEXT);
        return index == null ? "no text index" : "text index: " + index.size() + " literals, " + index.vocabulary() + " words";
    }
}
