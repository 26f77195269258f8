package org.policylod.validate;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.engine.constraint.ConstraintOp1;
import org.apache.jena.shacl.engine.constraint.ConstraintOpN;
import org.apache.jena.shacl.engine.constraint.QualifiedValueShape;
import org.apache.jena.shacl.engine.constraint.ShNode;
import org.apache.jena.shacl.engine.constraint.ShOr;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportItem;
import org.apache.jena.shacl.validation.ValidationProc;

/**
 * Whether a node conforms to a nested shape (the alternatives of {@code sh:or}, the shape of
 * {@code sh:node}), remembered for the rest of one validation. Jena asks it anew for every value
 * node, and answers through a whole report model each time; the data does not change during a
 * validation, so the answer for (shape, node) does not either. Mentions share passages, missions
 * share regions and statuses: most questions are repeats.
 *
 * <p>{@link #install} puts {@link Or} and {@link NodeRef} in place of Jena's {@code ShOr} and
 * {@code ShNode} in shapes the validator owns. They report exactly as those do (same component,
 * message and value); without a validation {@link #open} on the thread they behave as Jena's.
 */
final class Conformance {
    /* The validation running on this thread: its data graph and what is known of it. */
    private static final ThreadLocal<Run> RUN = new ThreadLocal<>();

    private record Key(Shape shape, Node node) {
    }

    private record Run(Graph data, Map<Key, Boolean> known) {
    }

    private Conformance() {
    }

    /** Starts remembering answers about {@code data} on this thread; {@link #close} ends it. */
    static void open(Graph data) {
        RUN.set(new Run(data, new HashMap<>()));
    }

    static void close() {
        RUN.remove();
    }

    /** Does {@code node} conform to {@code shape}? As Jena decides it (a nested validation without results). */
    static boolean conforms(ValidationContext vCxt, Graph data, Shape shape, Node node) {
        Run run = RUN.get();
        Key key = run != null && run.data() == data ? new Key(shape, node) : null;
        Boolean known = key == null ? null : run.known().get(key);
        if (known != null) {
            return known;
        }
        ValidationContext nested = ValidationContext.create(vCxt);
        ValidationProc.execValidateShape(nested, data, shape, node);
        // A result was reported exactly when the nested report would not conform.
        boolean conforms = !nested.hasViolation();
        if (key != null) {
            run.known().put(key, conforms);
        }
        return conforms;
    }

    /** Replaces sh:or and sh:node constraints throughout {@code shapes} (parsed for this validator alone). */
    static void install(Shapes shapes) {
        Set<Shape> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        shapes.iteratorAll().forEachRemaining(s -> install(s, seen));
    }

    private static void install(Shape shape, Set<Shape> seen) {
        if (!seen.add(shape)) {
            return;
        }
        if (shape.getConstraints() instanceof List<Constraint> constraints) {
            for (int i = 0; i < constraints.size(); i++) {
                Constraint c = constraints.get(i);
                Constraint faster = c.getClass() == ShOr.class ? new Or(((ShOr) c).getOthers())
                        : c.getClass() == ShNode.class ? new NodeRef(((ShNode) c).getOther()) : c;
                if (faster != c) {
                    try {
                        constraints.set(i, faster);
                    } catch (UnsupportedOperationException e) {
                        // A Jena whose parsed lists cannot change keeps its own constraints.
                        return;
                    }
                }
            }
        }
        for (Constraint c : shape.getConstraints()) {
            if (c instanceof ConstraintOpN n) {
                n.getOthers().forEach(s -> install(s, seen));
            } else if (c instanceof ConstraintOp1 one) {
                install(one.getOther(), seen);
            } else if (c instanceof QualifiedValueShape q) {
                install(q.getSub(), seen);
            }
        }
        shape.getPropertyShapes().forEach(s -> install(s, seen));
    }

    /** sh:or as Jena's ShOr, with remembered answers. */
    static final class Or extends ShOr {
        Or(List<Shape> others) {
            super(others);
        }

        @Override
        public ReportItem validate(ValidationContext vCxt, Graph data, Node node) {
            for (Shape sh : others) {
                if (conforms(vCxt, data, sh, node)) {
                    return null;
                }
            }
            return new ReportItem(toString() + " at focusNode " + ShLib.displayStr(node), node);
        }
    }

    /** sh:node as Jena's ShNode, with remembered answers. */
    static final class NodeRef extends ShNode {
        NodeRef(Shape other) {
            super(other);
        }

        @Override
        public ReportItem validate(ValidationContext vCxt, Graph data, Node node) {
            if (conforms(vCxt, data, other, node)) {
                return null;
            }
            return new ReportItem(toString() + " at focusNode " + ShLib.displayStr(node), node);
        }
    }
}
