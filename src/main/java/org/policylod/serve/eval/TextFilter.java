package org.policylod.serve.eval;

import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpSequence;
import org.apache.jena.sparql.algebra.op.OpTable;
import org.apache.jena.sparql.algebra.table.TableN;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrContains;
import org.apache.jena.sparql.expr.E_StrEndsWith;
import org.apache.jena.sparql.expr.E_StrStartsWith;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;

/**
 * FILTER regex(?x, "pattern", flags), CONTAINS(?x, "text"), STRSTARTS and STRENDS, with ?x bound by
 * a pattern of the data, looked up in the {@link TextIndex} first: the literals holding every word
 * the filter requires ({@link Fragments}) are the only values of ?x it can accept. The original
 * filter always stays and decides, so the answer is the same; the lookup only saves work:
 * <ul>
 * <li>when the candidates are much fewer than the rows the basic graph pattern under the filter
 * reads ({@link Counts}), the pattern is evaluated once per candidate, with ?x fixed (a table of
 * candidates joined in front of it);
 * <li>otherwise a cheap membership test goes before the filter, so the regular expression only runs
 * on candidates.
 * </ul>
 */
final class TextFilter {
    /** Candidates must be this many times fewer than the rows read for the lookup to drive the pattern. */
    static final int DRIVE = 4;

    private final TextIndex index;
    private final Counts counts;

    TextFilter(TextIndex index, Counts counts) {
        this.index = index;
        this.counts = counts;
    }

    private record Lookup(Var var, BitSet candidates) {
    }

    Op rewrite(OpFilter filter, Op sub) {
        ExprList exprs = filter.getExprs();
        Set<Var> bound = Bound.byPatterns(sub);
        Lookup best = null;
        for (Expr e : exprs) {
            Lookup l = lookup(e, bound);
            if (l != null && (best == null || l.candidates().cardinality() < best.candidates().cardinality())) {
                best = l;
            }
        }
        int n = best == null ? 0 : best.candidates().cardinality();
        if (best == null || n > index.size() / 2) {
            return OpFilter.filterDirect(exprs, sub);  // no lookup, or one that turns away too little
        }
        if (sub instanceof OpBGP bgp && (long) n * DRIVE < counts.estimate(bgp.getPattern())) {
            return OpFilter.filterDirect(exprs, OpSequence.create(table(best), sub));
        }
        ExprList checked = new ExprList(new Candidate(new ExprVar(best.var()), nodes(best.candidates())));
        checked.addAll(exprs);
        return OpFilter.filterDirect(checked, sub);
    }

    /** The candidates for one filter expression over a variable in {@code bound}, or null. */
    private Lookup lookup(Expr e, Set<Var> bound) {
        if (!(e instanceof ExprFunction f) || f.numArgs() < 2 || !f.getArg(1).isVariable()) {
            return null;
        }
        Var v = f.getArg(1).asVar();
        if (!bound.contains(v)) {
            return null;
        }
        List<Fragments.Piece> pieces = List.of();
        if (e instanceof E_Regex && javaRegex()) {
            String pattern = constant(f.getArg(2));
            String flags = f.numArgs() > 2 ? constant(f.getArg(3)) : "";
            if (pattern != null && flags != null) {
                pieces = Fragments.regex(pattern, flags);
            }
        } else if (e instanceof E_StrContains || e instanceof E_StrStartsWith || e instanceof E_StrEndsWith) {
            String text = constant(f.getArg(2));
            if (text != null) {
                pieces = Fragments.substring(text);
            }
        }
        return pieces.isEmpty() ? null : new Lookup(v, index.candidates(pieces));
    }

    /** ARQ's regular expressions are Java's unless configured otherwise (Xerces' syntax differs). */
    private static boolean javaRegex() {
        Object impl = ARQ.getContext().get(ARQ.regexImpl);
        return impl == null || ARQ.javaRegex.equals(impl) || ARQ.javaRegex.getSymbol().equals(String.valueOf(impl));
    }

    /** The lexical form of a constant literal, or null. */
    private static String constant(Expr e) {
        if (!e.isConstant()) {
            return null;
        }
        NodeValue nv = e.getConstant();
        return nv.isLiteral() ? nv.asNode().getLiteralLexicalForm() : null;
    }

    private OpTable table(Lookup l) {
        TableN table = new TableN(List.of(l.var()));
        l.candidates().stream().forEach(id -> table.addBinding(BindingFactory.binding(l.var(), index.literal(id))));
        return OpTable.create(table);
    }

    private Set<Node> nodes(BitSet ids) {
        Set<Node> nodes = new HashSet<>(ids.cardinality() * 2);
        ids.stream().forEach(id -> nodes.add(index.literal(id)));
        return nodes;
    }
}
