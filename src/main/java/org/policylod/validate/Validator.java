package org.policylod.validate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.NodeShape;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.VLib;

/**
 * SHACL validation as Jena's plain validator does it (same shapes, focus nodes, order, messages and
 * report), except that each SHACL-SPARQL constraint that can be screened ({@link SparqlScreen}) runs
 * once over the whole graph, and Jena evaluates it, with its own code, only on the focus nodes that
 * screen found. On every other focus node it could report nothing, so the report is the same,
 * result for result and in the same order. Nested shapes are checked as Jena checks them, once per
 * (shape, node) in a validation ({@link Conformance}).
 *
 * <p>Immutable once made: one validator serves any number of graphs on any number of threads.
 */
public final class Validator {
    private final Shapes shapes;
    private final boolean screening;
    /* Target shapes with at least one screened constraint, and those constraints. */
    private final Map<Shape, List<SparqlScreen>> screened = new IdentityHashMap<>();

    private Validator(Shapes shapes, boolean screening) {
        this.shapes = shapes;
        this.screening = screening;
        if (!screening) {
            return;
        }
        for (Shape shape : shapes.getTargetShapes()) {
            if (!(shape instanceof NodeShape) || shape.deactivated()) {
                continue;
            }
            List<SparqlScreen> screens = new ArrayList<>();
            for (Constraint c : shape.getConstraints()) {
                SparqlScreen s = c instanceof SparqlConstraint sc ? SparqlScreen.of(sc) : null;
                if (s != null) {
                    screens.add(s);
                }
            }
            if (!screens.isEmpty()) {
                screened.put(shape, List.copyOf(screens));
            }
        }
    }

    /**
     * The validator of the gate: SHACL-SPARQL constraints screened where that is exact, and nested
     * conformance (sh:or, sh:node) remembered within a validation. It works on its own parse of
     * the shapes' graph, so {@code shapes} stays as Jena made it.
     */
    public static Validator screened(Shapes shapes) {
        Shapes own = Shapes.parse(shapes.getGraph());
        Conformance.install(own);
        return new Validator(own, true);
    }

    /** Jena's plain validator, unchanged (the reference the screened one is held to). */
    public static Validator plain(Shapes shapes) {
        return new Validator(shapes, false);
    }

    public Shapes shapes() {
        return shapes;
    }

    /** How many SHACL-SPARQL constraints of target shapes run screened (the others run per focus node). */
    public int screenedConstraints() {
        return screened.values().stream().mapToInt(List::size).sum();
    }

    public ValidationReport validate(Graph data) {
        if (!screening) {
            return ShaclValidator.get().validate(shapes, data);
        }
        Conformance.open(data);
        try {
            return screened(data);
        } finally {
            Conformance.close();
        }
    }

    private ValidationReport screened(Graph data) {
        // As ValidationProc.plainValidation: every target shape, its focus nodes, VLib.validateShape.
        ValidationContext context = ValidationContext.create(shapes, data);
        for (Shape shape : shapes.getTargetShapes()) {
            Collection<Node> focusNodes = VLib.focusNodes(data, shape);
            List<SparqlScreen> screens = screened.get(shape);
            if (screens == null || focusNodes.isEmpty()) {
                for (Node focus : focusNodes) {
                    VLib.validateShape(context, data, shape, focus);
                }
                continue;
            }
            Variants variants = new Variants(shape, screens, data);
            for (Node focus : focusNodes) {
                VLib.validateShape(context, data, variants.forNode(focus), focus);
            }
        }
        return context.generateReport();
    }

    /**
     * The shape as Jena validates one focus node: without the screened constraints that found
     * nothing for that node. Its node, severity, messages, targets and property shapes are the
     * shape's own, so what it reports is reported exactly as the shape would.
     */
    private static final class Variants {
        private final Shape shape;
        private final List<SparqlScreen> screens;
        private final List<Set<Node>> candidates = new ArrayList<>();
        private final Map<Long, Shape> byMask = new HashMap<>();

        Variants(Shape shape, List<SparqlScreen> screens, Graph data) {
            this.shape = shape;
            this.screens = screens.size() <= Long.SIZE ? screens : screens.subList(0, Long.SIZE);
            for (SparqlScreen s : this.screens) {
                candidates.add(s.candidates(data));
            }
        }

        Shape forNode(Node focus) {
            long skipped = 0;
            for (int i = 0; i < screens.size(); i++) {
                if (!candidates.get(i).contains(focus)) {
                    skipped |= 1L << i;
                }
            }
            if (skipped == 0) {
                return shape;
            }
            return byMask.computeIfAbsent(skipped, this::without);
        }

        private Shape without(long skipped) {
            List<Constraint> kept = new ArrayList<>(shape.getConstraints());
            for (int i = 0; i < screens.size(); i++) {
                if ((skipped & (1L << i)) != 0) {
                    SparqlConstraint c = screens.get(i).constraint();
                    kept.removeIf(k -> k == c);
                }
            }
            return new NodeShape(shape.getShapeGraph(), shape.getShapeNode(), shape.deactivated(), shape.getSeverity(),
                    shape.getMessages(), shape.getTargets(), kept, shape.getPropertyShapes());
        }
    }
}
