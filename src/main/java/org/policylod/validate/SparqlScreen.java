package org.policylod.validate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementTriplesBlock;
import org.apache.jena.sparql.syntax.ElementUnion;

/**
 * One SHACL-SPARQL constraint of a node shape, run once over a data graph with {@code $this} left
 * free: the answer is every node for which the constraint can report something. Jena runs the
 * constraint once per focus node with {@code $this} pre-bound, and plans the query anew each time;
 * this runs it once, and Jena then checks only the nodes found here.
 *
 * <p>That is exact only where pre-binding {@code $this} and joining on it give the same solutions.
 * {@link #reasonNotScreened} accepts only queries where they do: a SELECT whose WHERE clause binds
 * {@code $this} by a triple pattern in every solution, before any BIND and under every FILTER that
 * uses it, made only of triple patterns, paths, groups, UNION, FILTER (with EXISTS) and BIND; no
 * other pre-bound variable ({@code $shapesGraph}, {@code $currentShape}, {@code $PATH}), no
 * OPTIONAL, MINUS, VALUES, GRAPH, SERVICE, sub-query, aggregate or LIMIT. Any other constraint
 * is left to Jena as it is. The query is Jena's own parse of the constraint (its {@code sh:prefixes}
 * resolved as Jena resolves them), so both runs read the same query.
 */
final class SparqlScreen {
    private static final Var THIS = Var.alloc("this");
    /* A mention of $this (or ?this) in a query's text; in a string literal too, which only errs on the safe side. */
    private static final Pattern MENTIONS_THIS = Pattern.compile("[?$]this(?![\\p{L}\\p{N}_\\u00B7-])");
    private static final Pattern OTHER_PREBOUND =
            Pattern.compile("[?$](shapesGraph|currentShape|PATH)(?![\\p{L}\\p{N}_\\u00B7-])");

    private final SparqlConstraint constraint;
    private final Query screen;

    private SparqlScreen(SparqlConstraint constraint, Query screen) {
        this.constraint = constraint;
        this.screen = screen;
    }

    /** The screen of {@code c}, or null when its query is not one that can be screened. */
    static SparqlScreen of(SparqlConstraint c) {
        if (reasonNotScreened(c.getQuery()) != null) {
            return null;
        }
        Query q = new Query();
        q.setQuerySelectType();
        q.setPrefixMapping(c.getQuery().getPrefixMapping());
        q.setBaseURI(c.getQuery().getBaseURI());
        q.setQueryPattern(c.getQuery().getQueryPattern());
        q.addResultVar(THIS);
        q.setDistinct(true);
        return new SparqlScreen(c, q);
    }

    SparqlConstraint constraint() {
        return constraint;
    }

    /** The nodes bound to {@code $this} in some solution over {@code data}. */
    Set<Node> candidates(Graph data) {
        Set<Node> found = new HashSet<>();
        try (QueryExec exec = QueryExec.graph(data).query(screen).build()) {
            RowSet rows = exec.select();
            rows.forEachRemaining(row -> found.add(row.get(THIS)));
        }
        return found;
    }

    /** Why {@code query} cannot be screened, or null when it can. */
    static String reasonNotScreened(Query query) {
        if (!query.isSelectType()) {
            return "not a SELECT query";
        }
        if (query.hasGroupBy() || query.hasHaving() || query.hasAggregators() || query.hasLimit()
                || query.hasOffset() || query.hasValues() || query.hasDatasetDescription()) {
            return "solution modifiers, VALUES or FROM change what a run per focus node sees";
        }
        if (query.getProject().hasExpr(THIS)) {
            return "the SELECT clause assigns $this";
        }
        if (OTHER_PREBOUND.matcher(query.serialize()).find()) {
            return "uses $shapesGraph, $currentShape or $PATH, which a run over the whole graph does not bind";
        }
        if (!(query.getQueryPattern() instanceof ElementGroup where)) {
            return "unexpected WHERE clause";
        }
        try {
            return group(where) ? null : "$this is not bound by a triple pattern in every solution";
        } catch (NotScreened e) {
            return e.getMessage();
        }
    }

    /** Whether every solution of {@code g} binds $this (groups are evaluated on their own, then joined). */
    private static boolean group(ElementGroup g) {
        boolean bound = false;
        for (Element e : g.getElements()) {
            if (e instanceof ElementFilter) {
                continue;
            }
            if (e instanceof ElementPathBlock p) {
                bound |= p.getPattern().getList().stream().anyMatch(SparqlScreen::bindsThis);
            } else if (e instanceof ElementTriplesBlock t) {
                bound |= t.getPattern().getList().stream().map(TriplePath::new).anyMatch(SparqlScreen::bindsThis);
            } else if (e instanceof ElementBind b) {
                if (b.getVar().equals(THIS)) {
                    throw new NotScreened("BIND assigns $this");
                }
                // BIND sees only what comes before it in its group.
                requireBound(b.getExpr(), bound, "BIND");
            } else if (e instanceof ElementUnion u) {
                bound |= union(u.getElements());
            } else if (e instanceof ElementGroup inner) {
                bound |= group(inner);
            } else {
                throw new NotScreened("uses " + e.getClass().getSimpleName().replace("Element", "")
                        + ", where pre-binding $this and joining on it may differ");
            }
        }
        // A FILTER applies to its whole group, wherever it is written.
        for (Element e : g.getElements()) {
            if (e instanceof ElementFilter f) {
                requireBound(f.getExpr(), bound, "FILTER");
            }
        }
        return bound;
    }

    private static boolean union(List<Element> branches) {
        boolean all = true;
        for (Element branch : branches) {
            if (branch instanceof ElementGroup g) {
                all &= group(g);
            } else {
                ElementGroup g = new ElementGroup();
                g.addElement(branch);
                all &= group(g);
            }
        }
        return all;
    }

    private static void requireBound(Object expression, boolean bound, String where) {
        if (!bound && MENTIONS_THIS.matcher(String.valueOf(expression)).find()) {
            throw new NotScreened(where + " uses $this where no triple pattern has bound it");
        }
    }

    private static boolean bindsThis(TriplePath t) {
        if (t.isTriple()) {
            Triple triple = t.asTriple();
            return THIS.equals(triple.getSubject()) || THIS.equals(triple.getPredicate())
                    || THIS.equals(triple.getObject());
        }
        return THIS.equals(t.getSubject()) || THIS.equals(t.getObject());
    }

    private static final class NotScreened extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotScreened(String reason) {
            super(reason, null, false, false);
        }
    }
}
