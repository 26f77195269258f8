package org.policylod.serve.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.jena.atlas.io.IndentedWriter;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitor;
import org.apache.jena.sparql.algebra.Transform;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpExt;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.engine.iterator.QueryIter1;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.serializer.SerializationContext;
import org.apache.jena.sparql.sse.writers.WriterExpr;
import org.apache.jena.sparql.util.NodeIsomorphismMap;

/**
 * The rows of its sub-operator that can still reach a top-N by the given sort keys: every row whose
 * key is not worse than the key of the N-th best row, all rows with that same key included, in the
 * order the sub-operator gave them. So the top-N above, which breaks ties on every variable of a
 * row, finds among them exactly the rows it would have found among all. Placed by {@link OptionalTop} under the left side of an OPTIONAL, whose
 * every left row yields at least one row with the same key; the top-N itself stays above.
 *
 * <p>An extension operator of ARQ: later transforms (TDB2's quad form, the substitution of a
 * binding into an OPTIONAL's right side) reach the sub-operator through {@link #apply}.
 */
final class TopTies extends OpExt {
    static final String NAME = "policy-lod:topTies";
    private final Op sub;
    private final int limit;
    private final List<SortCondition> conditions;

    TopTies(Op sub, int limit, List<SortCondition> conditions) {
        super(NAME);
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        this.sub = sub;
        this.limit = limit;
        this.conditions = List.copyOf(conditions);
    }

    Op getSubOp() {
        return sub;
    }

    /** The rows it keeps are a part of its sub-operator's; the top-N above still decides. */
    @Override
    public Op effectiveOp() {
        return sub;
    }

    @Override
    public QueryIterator eval(QueryIterator input, ExecutionContext execCxt) {
        return new Rows(QC.execute(sub, input, execCxt), conditions, limit, execCxt);
    }

    @Override
    public Op apply(Transform transform) {
        return copy(Transformer.transform(transform, sub));
    }

    @Override
    public Op apply(Transform transform, OpVisitor before, OpVisitor after) {
        return copy(Transformer.transform(transform, sub, before, after));
    }

    private Op copy(Op newSub) {
        return newSub == sub ? this : new TopTies(newSub, limit, conditions);
    }

    @Override
    public void outputArgs(IndentedWriter out, SerializationContext sCxt) {
        out.print(limit);
        for (SortCondition c : conditions) {
            out.print(" ");
            if (c.getDirection() == Query.ORDER_DESCENDING) {
                out.print("(desc ");
                WriterExpr.output(out, c.getExpression(), sCxt);
                out.print(")");
            } else {
                WriterExpr.output(out, c.getExpression(), sCxt);
            }
        }
        out.println();
        out.incIndent();
        sub.output(out, sCxt);
        out.decIndent();
    }

    @Override
    public int hashCode() {
        return Objects.hash(NAME, sub, limit, conditions);
    }

    @Override
    public boolean equalTo(Op other, NodeIsomorphismMap labelMap) {
        return other instanceof TopTies t && t.limit == limit && t.conditions.equals(conditions)
                && t.sub.equalTo(sub, labelMap);
    }

    /**
     * Reads its input on the first request for a row, not when the plan is built, so that the
     * query time limit can stop it (see serve.LazySlice).
     */
    private static final class Rows extends QueryIter1 {
        private final List<SortCondition> conditions;
        private final int limit;
        private Iterator<Binding> kept;

        Rows(QueryIterator input, List<SortCondition> conditions, int limit, ExecutionContext context) {
            super(input, context);
            this.conditions = conditions;
            this.limit = limit;
        }

        @Override
        protected boolean hasNextBinding() {
            if (kept == null) {
                kept = select();
            }
            return kept.hasNext();
        }

        @Override
        protected Binding moveToNextBinding() {
            return kept.next();
        }

        /**
         * Rows grouped by key (only the sort keys: ARQ's comparator breaks the remaining ties on all
         * the variables of a row, which the optional part extends), the worst group dropped while the
         * others hold {@code limit} rows.
         */
        private Iterator<Binding> select() {
            TreeMap<NodeValue[], List<Arrival>> groups = new TreeMap<>(this::compare);
            long held = 0;
            long seq = 0;
            QueryIterator input = getInput();
            while (input.hasNext()) {
                Binding row = input.nextBinding();
                NodeValue[] key = key(row);
                if (held >= limit && compare(key, groups.lastKey()) > 0) {
                    continue;
                }
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(new Arrival(seq++, row));
                held++;
                Map.Entry<NodeValue[], List<Arrival>> worst = groups.lastEntry();
                if (held - worst.getValue().size() >= limit) {
                    groups.pollLastEntry();
                    held -= worst.getValue().size();
                }
            }
            List<Arrival> rows = new ArrayList<>();
            groups.values().forEach(rows::addAll);
            rows.sort(Comparator.comparingLong(Arrival::seq));
            return rows.stream().map(Arrival::row).iterator();
        }

        /** The row's sort keys, each evaluated once; null where ARQ's comparator has none (unbound, error). */
        private NodeValue[] key(Binding row) {
            NodeValue[] key = new NodeValue[conditions.size()];
            for (int i = 0; i < key.length; i++) {
                try {
                    key[i] = conditions.get(i).getExpression().eval(row, getExecContext());
                } catch (ExprEvalException e) {
                    key[i] = null;  // VariableNotBoundException is one of these
                }
            }
            return key;
        }

        /** ARQ's order of sort keys (BindingComparator without its last tie-break). */
        private int compare(NodeValue[] a, NodeValue[] b) {
            for (int i = 0; i < a.length; i++) {
                int x = BindingComparator.compareNodesRaw(a[i], b[i]);
                if (x != 0) {
                    return conditions.get(i).getDirection() == Query.ORDER_DESCENDING ? -x : x;
                }
            }
            return 0;
        }

        @Override
        protected void requestSubCancel() {
            // QueryIter1 cancels the input.
        }

        @Override
        protected void closeSubIterator() {
            // QueryIter1 closes the input.
        }
    }

    private record Arrival(long seq, Binding row) {
    }
}
