package org.policylod.serve.eval;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.vocabulary.RDF;

/**
 * How many triples each predicate has, and how many members each class: enough to tell whether a
 * basic graph pattern reads more rows than a list of candidate literals has entries. Counted once
 * per release, which does not change while it is served.
 */
final class Counts {
    /** What a pattern with a fixed subject, or a fixed object that is not a class, is taken to match. */
    static final long FEW = 1;

    private final long triples;
    private final Map<Node, Long> predicates;
    private final Map<Node, Long> classes;

    private Counts(long triples, Map<Node, Long> predicates, Map<Node, Long> classes) {
        this.triples = triples;
        this.predicates = predicates;
        this.classes = classes;
    }

    static Counts of(Graph graph) {
        Map<Node, Long> predicates = new HashMap<>();
        Map<Node, Long> classes = new HashMap<>();
        long[] n = {0};
        graph.find().forEachRemaining((Triple t) -> {
            n[0]++;
            predicates.merge(t.getPredicate(), 1L, Long::sum);
            if (t.getPredicate().equals(RDF.Nodes.type)) {
                classes.merge(t.getObject(), 1L, Long::sum);
            }
        });
        return new Counts(n[0], predicates, classes);
    }

    /** The rows the most selective triple of {@code bgp} matches on its own: what evaluating it reads at least. */
    long estimate(BasicPattern bgp) {
        long least = triples;
        for (Triple t : bgp) {
            least = Math.min(least, estimate(t));
        }
        return least;
    }

    private long estimate(Triple t) {
        Node p = t.getPredicate();
        if (t.getSubject().isConcrete()) {
            return FEW;
        }
        if (t.getObject().isConcrete()) {
            return p.equals(RDF.Nodes.type) ? classes.getOrDefault(t.getObject(), 0L) : FEW;
        }
        return p.isConcrete() ? predicates.getOrDefault(p, 0L) : triples;
    }
}
