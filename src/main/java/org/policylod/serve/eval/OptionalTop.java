package org.policylod.serve.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.algebra.op.OpConditional;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.Unstable;

/**
 * ORDER BY + LIMIT over an OPTIONAL, when the sort keys come from its required part: the top-N is
 * taken of the required rows (with {@link TopTies}, ties at the boundary kept) before the optional
 * part is joined to them, instead of joining the optional part to every required row and sorting
 * all. Sound because an OPTIONAL gives every left row at least once, with the keys it had: each
 * key variable is bound by a pattern of the left side, or not mentioned on the right. The top-N
 * stays above and picks the answer from the rows that are left. OFFSET is inside N already (ARQ's
 * top-N holds offset + limit rows), and DISTINCT sits between the top-N and the OPTIONAL, where
 * this rewrite does not look.
 */
final class OptionalTop {
    private OptionalTop() {
    }

    static Op rewrite(OpTopN top, Op sub) {
        List<SortCondition> keys = top.getConditions();
        if (top.getLimit() <= 0 || !keys.stream().allMatch(k -> repeatable(k.getExpression()))) {
            return top.copy(sub);
        }
        Set<Var> keyVars = new HashSet<>();
        keys.forEach(k -> keyVars.addAll(k.getExpression().getVarsMentioned()));
        Op pushed = push(sub, keyVars, top);
        return top.copy(pushed);
    }

    /** {@code op} with the top-N's ties placed under its innermost left side, or {@code op} itself. */
    private static Op push(Op op, Set<Var> keyVars, OpTopN top) {
        if (op instanceof OpConditional c && keysFromLeft(c.getLeft(), c.getRight(), keyVars)) {
            return new OpConditional(pushOrWrap(c.getLeft(), keyVars, top), c.getRight());
        }
        if (op instanceof OpLeftJoin lj && keysFromLeft(lj.getLeft(), lj.getRight(), keyVars)) {
            return OpLeftJoin.createLeftJoin(pushOrWrap(lj.getLeft(), keyVars, top), lj.getRight(), lj.getExprs());
        }
        return op;
    }

    private static Op pushOrWrap(Op left, Set<Var> keyVars, OpTopN top) {
        Op pushed = push(left, keyVars, top);
        return pushed != left ? pushed : new TopTies(left, top.getLimit(), top.getConditions());
    }

    /** The right side cannot change a key: each key variable is bound on the left in every row, or absent on the right. */
    private static boolean keysFromLeft(Op left, Op right, Set<Var> keyVars) {
        Set<Var> certain = Bound.byPatterns(left);
        var onRight = OpVars.mentionedVars(right);
        return keyVars.stream().allMatch(v -> certain.contains(v) || !onRight.contains(v));
    }

    /** Whether a key gives the same value for the same row wherever it is computed (no RAND, BNODE, UUID, EXISTS or extension function). */
    private static boolean repeatable(Expr e) {
        if (!e.isFunction()) {
            return true;  // a variable or a constant
        }
        ExprFunction f = e.getFunction();
        if (f instanceof Unstable || f instanceof E_Function || f instanceof ExprFunctionOp) {
            return false;
        }
        return f.getArgs().stream().allMatch(OptionalTop::repeatable);
    }
}
