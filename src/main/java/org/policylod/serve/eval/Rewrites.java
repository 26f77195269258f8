package org.policylod.serve.eval;

import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpTopN;

/**
 * Our rewrites as one bottom-up transform, applied after ARQ's own optimiser: {@link OptionalTop} on
 * every top-N, {@link TextFilter} on every filter when the release has a text index.
 */
final class Rewrites extends TransformCopy {
    private final TextFilter text;

    /** {@code text} null: no text index (a release served from TDB2). */
    Rewrites(TextFilter text) {
        this.text = text;
    }

    @Override
    public Op transform(OpTopN top, Op sub) {
        return OptionalTop.rewrite(top, sub);
    }

    @Override
    public Op transform(OpFilter filter, Op sub) {
        return text == null ? super.transform(filter, sub) : text.rewrite(filter, sub);
    }
}
