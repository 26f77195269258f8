package org.policylod.serve.eval;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.Op1;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpConditional;
import org.apache.jena.sparql.algebra.op.OpDistinct;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpGraph;
import org.apache.jena.sparql.algebra.op.OpJoin;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpReduced;
import org.apache.jena.sparql.algebra.op.OpSequence;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;

/**
 * The variables an operator binds in every row it gives, each to a term matched in the data: they
 * occur in a triple or quad pattern that every row passed through. Whatever else an operator binds
 * (BIND, VALUES, aggregates, paths, optional parts, unions) does not count. Under-counting only
 * leaves a rewrite out.
 */
final class Bound {
    private Bound() {
    }

    static Set<Var> byPatterns(Op op) {
        Set<Var> vars = new HashSet<>();
        collect(op, vars);
        return vars;
    }

    private static void collect(Op op, Set<Var> vars) {
        if (op instanceof OpBGP bgp) {
            bgp.getPattern().forEach(t -> triple(t, vars));
        } else if (op instanceof OpQuadPattern qp) {
            qp.getPattern().forEach(q -> quad(q, vars));
        } else if (op instanceof OpSequence seq) {
            seq.getElements().forEach(e -> collect(e, vars));
        } else if (op instanceof OpJoin join) {
            collect(join.getLeft(), vars);
            collect(join.getRight(), vars);
        } else if (op instanceof OpConditional c) {
            collect(c.getLeft(), vars);
        } else if (op instanceof OpLeftJoin lj) {
            collect(lj.getLeft(), vars);
        } else if (op instanceof OpFilter || op instanceof OpGraph || op instanceof OpDistinct || op instanceof OpReduced
                || op instanceof OpTopN) {
            collect(((Op1) op).getSubOp(), vars);  // rows filtered, deduplicated or cut: what is bound stays
        } else if (op instanceof TopTies ties) {
            collect(ties.getSubOp(), vars);
        }
    }

    private static void triple(Triple t, Set<Var> vars) {
        node(t.getSubject(), vars);
        node(t.getPredicate(), vars);
        node(t.getObject(), vars);
    }

    private static void quad(Quad q, Set<Var> vars) {
        node(q.getGraph(), vars);
        node(q.getSubject(), vars);
        node(q.getPredicate(), vars);
        node(q.getObject(), vars);
    }

    /** Only a variable standing alone in a position: one inside a triple term binds part of a term. */
    private static void node(Node n, Set<Var> vars) {
        if (Var.isVar(n)) {
            vars.add(Var.alloc(n));
        }
    }
}
