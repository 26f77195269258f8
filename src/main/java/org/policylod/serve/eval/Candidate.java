package org.policylod.serve.eval;

import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.NodeValue;

/**
 * True when its argument is one of the candidate literals a text lookup found: placed before the
 * filter it stands for ({@link TextFilter}), it turns away most rows without running the regular
 * expression. Unbound or not a candidate: false, which the original filter would also have said.
 */
final class Candidate extends ExprFunction1 {
    static final String NAME = "policy-lod:candidate";
    private final Set<Node> literals;

    Candidate(Expr arg, Set<Node> literals) {
        super(arg, NAME);
        this.literals = literals;
    }

    @Override
    public NodeValue eval(NodeValue v) {
        return NodeValue.makeBoolean(literals.contains(v.asNode()));
    }

    @Override
    public Expr copy(Expr arg) {
        return new Candidate(arg, literals);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + System.identityHashCode(literals);
    }

    @Override
    public boolean equals(Expr other, boolean bySyntax) {
        return other instanceof Candidate c && c.literals == literals && super.equals(other, bySyntax);
    }
}
