package org.policylod.serve;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.algebra.op.OpSlice;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIter1;
import org.apache.jena.sparql.engine.main.OpExecutor;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Executes OFFSET/LIMIT so that the query time limit can stop it. Jena 5.6.0 skips the OFFSET rows
 * in the constructor of its slice iterator, that is while the query plan is being built, and the
 * time limit's callback waits for the plan to be complete (it takes the same lock): an OFFSET over
 * a large product, or even {@code SELECT DISTINCT ... OFFSET 10} over one, ran for minutes
 * unstopped (akin to apache/jena#3535). Here the rows are skipped on the first request for a row,
 * after the plan is built, each skipped row checking the cancel signal like any other.
 */
final class LazySlice extends OpExecutorTDB2 {

    private LazySlice(ExecutionContext context) {
        super(context);
    }

    /** Makes queries on this dataset (TDB2 or in memory) execute slices lazily (its other operators as before). */
    static void install(DatasetGraph dataset) {
        if (TDBInternal.isTDB2(dataset)) {
            QC.setFactory(TDBInternal.getDatasetGraphTDB(dataset).getContext(), LazySlice::new);
        } else {
            QC.setFactory(dataset.getContext(), InMemory::new);
        }
    }

    @Override
    protected QueryIterator execute(OpSlice slice, QueryIterator input) {
        QueryIterator rows = exec(slice.getSubOp(), input);
        return new Rows(rows, slice.getStart(), slice.getLength(), execCxt);
    }

    /** The same for ARQ's general engine, which evaluates datasets held in memory. */
    static final class InMemory extends OpExecutor {
        private InMemory(ExecutionContext context) {
            super(context);
        }

        @Override
        protected QueryIterator execute(OpSlice slice, QueryIterator input) {
            return new Rows(exec(slice.getSubOp(), input), slice.getStart(), slice.getLength(), execCxt);
        }
    }

    /** The rows of its input from {@code offset} on, at most {@code limit} of them. */
    static final class Rows extends QueryIter1 {
        private final long limit;
        private long toSkip;
        private long count;

        Rows(QueryIterator input, long offset, long limit, ExecutionContext context) {
            super(input, context);
            if (offset < 0 && offset != Query.NOLIMIT || limit < 0 && limit != Query.NOLIMIT) {
                throw new QueryExecException("negative OFFSET or LIMIT: " + offset + ", " + limit);
            }
            this.toSkip = offset == Query.NOLIMIT ? 0 : offset;
            this.limit = limit == Query.NOLIMIT ? Long.MAX_VALUE : limit;
        }

        @Override
        protected boolean hasNextBinding() {
            QueryIterator input = getInput();
            for (; toSkip > 0; toSkip--) {
                if (!input.hasNext()) {
                    return false;
                }
                input.nextBinding();
            }
            return count < limit && input.hasNext();
        }

        @Override
        protected Binding moveToNextBinding() {
            count++;
            return getInput().nextBinding();
        }

        @Override
        protected void closeSubIterator() {
            // QueryIter1 closes the input.
        }

        @Override
        protected void requestSubCancel() {
            // QueryIter1 cancels the input.
        }
    }
}
