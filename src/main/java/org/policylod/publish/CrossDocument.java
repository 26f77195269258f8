package org.policylod.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The shapes that documents which conform one by one can break together (one work given two
 * CELEX numbers or two eli:id_local by two documents; two works claiming one CELEX number), tested
 * by streaming the documents ({@link CrossDocumentScan}) so that {@code publish} ({@link Batch})
 * and the bulk load of a sharded ETL ({@link ShardLoader}) hold back the same documents, and the
 * bulk path never holds the whole dataset. The rules come from the shapes: every
 * {@code sh:maxCount} of a property shape on a plain predicate, under a node shape that targets a
 * class (with its sub-classes in the ontology) or the subjects of a predicate; and the SPARQL
 * constraints that {@code cross-document.ttl} names as "one subject per value".
 *
 * <p>A violation is put on the documents that give its statements, in their order: each is kept
 * while what the kept ones give stays within the rule, and held back when it would break it. (The
 * gate on the whole, which {@code publish} still runs after this, held back every later document
 * that mentioned the focus node, even one that only cited it.) A violation the first document
 * giving it breaks alone cannot be put on any.
 */
public final class CrossDocument {
    static final String RULES = "cross-document.ttl";
    private static final Node ONE_SUBJECT_PER_VALUE =
            NodeFactory.createURI("https://w3id.org/policy-lod/shapes#OneSubjectPerValue");

    /** A property shape's sh:maxCount, with the targets of its node shape. */
    record MaxCount(Node shape, Node path, int max, Set<Node> classes, Set<Node> subjectsOf, String message) {
    }

    /** A "one subject per value" constraint: the property and the shape's message. */
    record OneSubject(Node shape, Node property, String message) {
    }

    /** A document held back: its index, the index of the earlier document that keeps the focus node, why. */
    public record Conflict(int document, int keeper, Node focus, String message) {
    }

    /**
     * What the documents break together.
     *
     * @param heldBack   by document index, in the order the violations were found
     * @param unresolved the violations no document could be held back for (publishing nothing)
     */
    public record Outcome(Map<Integer, Conflict> heldBack, List<String> unresolved) {
    }

    final Map<Node, List<MaxCount>> maxCounts;
    final Map<Node, OneSubject> oneSubject;
    /** Each class of the ontology with its super-classes, itself included. */
    private final Map<Node, Set<Node>> superClasses;

    private CrossDocument(Map<Node, List<MaxCount>> maxCounts, Map<Node, OneSubject> oneSubject,
                          Map<Node, Set<Node>> superClasses) {
        this.maxCounts = maxCounts;
        this.oneSubject = oneSubject;
        this.superClasses = superClasses;
    }

    /** The rules of {@code shapes}; {@code ontology} gives the class hierarchy the targets follow. */
    public static CrossDocument of(Graph shapes, Graph ontology) {
        Map<Node, List<MaxCount>> maxCounts = new HashMap<>();
        shapes.find(Node.ANY, SHACL.maxCount, Node.ANY).forEach(t -> {
            Node property = t.getSubject();
            Node path = one(shapes, property, SHACL.path);
            if (path == null || !path.isURI() || !t.getObject().isLiteral()) {
                return;
            }
            int max = ((Number) t.getObject().getLiteralValue()).intValue();
            String message = text(shapes, property, SHACL.message);
            shapes.find(Node.ANY, SHACL.property, property).forEach(owner -> {
                Node shape = owner.getSubject();
                Set<Node> classes = objects(shapes, shape, SHACL.targetClass);
                Set<Node> subjectsOf = objects(shapes, shape, SHACL.targetSubjectsOf);
                if (!classes.isEmpty() || !subjectsOf.isEmpty()) {
                    maxCounts.computeIfAbsent(path, k -> new ArrayList<>())
                            .add(new MaxCount(shape, path, max, classes, subjectsOf, message));
                }
            });
        });
        Map<Node, OneSubject> oneSubject = new HashMap<>();
        rules().find(Node.ANY, RDF.type.asNode(), ONE_SUBJECT_PER_VALUE).forEach(t -> {
            Node shape = t.getSubject();
            for (Node p : objects(shapes, shape, SHACL.targetSubjectsOf)) {
                oneSubject.put(p, new OneSubject(shape, p, sparqlMessage(shapes, shape)));
            }
        });
        return new CrossDocument(maxCounts, oneSubject, closure(ontology));
    }

    /** A new two-pass scan of documents against these rules. */
    public CrossDocumentScan scan() {
        return new CrossDocumentScan(this);
    }

    /** True when a statement with this predicate is one a rule counts. */
    boolean constrains(Node predicate) {
        return maxCounts.containsKey(predicate) || oneSubject.containsKey(predicate);
    }

    /** The classes of a resource typed {@code types}, with their super-classes. */
    Set<Node> classes(Set<Node> types) {
        Set<Node> all = new HashSet<>();
        for (Node t : types) {
            all.addAll(superClasses.getOrDefault(t, Set.of(t)));
        }
        return all;
    }

    private static Graph rules() {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = CrossDocument.class.getResourceAsStream(RULES)) {
            if (in == null) {
                throw new IllegalStateException("no " + RULES + " bundled next to " + CrossDocument.class.getName());
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException(RULES, e);
        }
        return g;
    }

    private static Map<Node, Set<Node>> closure(Graph ontology) {
        Map<Node, Set<Node>> direct = new HashMap<>();
        ontology.find(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY).forEach(t ->
                direct.computeIfAbsent(t.getSubject(), k -> new HashSet<>()).add(t.getObject()));
        Map<Node, Set<Node>> all = new HashMap<>();
        for (Node c : direct.keySet()) {
            Set<Node> up = new LinkedHashSet<>();
            Deque<Node> todo = new ArrayDeque<>(List.of(c));
            while (!todo.isEmpty()) {
                Node n = todo.pop();
                if (up.add(n)) {
                    todo.addAll(direct.getOrDefault(n, Set.of()));
                }
            }
            all.put(c, up);
        }
        return all;
    }

    private static Node one(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    private static String text(Graph g, Node s, Node p) {
        Node o = one(g, s, p);
        return o != null && o.isLiteral() ? o.getLiteralLexicalForm() : null;
    }

    private static Set<Node> objects(Graph g, Node s, Node p) {
        Set<Node> out = new HashSet<>();
        g.find(s, p, Node.ANY).mapWith(Triple::getObject).forEach(out::add);
        return out;
    }

    private static String sparqlMessage(Graph shapes, Node shape) {
        Node constraint = one(shapes, shape, SHACL.sparql);
        String m = constraint == null ? null : text(shapes, constraint, SHACL.message);
        return m != null ? m : text(shapes, shape, SHACL.message);
    }
}
