package org.policylod.publish;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.policylod.publish.CrossDocument.Conflict;
import org.policylod.publish.CrossDocument.MaxCount;
import org.policylod.publish.CrossDocument.OneSubject;

/**
 * One check of documents against the {@link CrossDocument} rules, in two passes over their
 * statements (documents numbered from 0 in their order). The first pass keeps only a 64-bit hash
 * of each subject of a counted statement (or of a type) with the first document giving it, and of
 * each "one subject per value" claim with its first subject: a resource two documents speak of,
 * or that claims a value another subject claims, is tracked. The second pass keeps, for the tracked
 * resources only, their types, predicates, counted values and the documents that mention them. A
 * hash collision only tracks one resource more: the verdict is made on the nodes themselves.
 */
public final class CrossDocumentScan {
    private static final Node TYPE = RDF.type.asNode();

    private final CrossDocument rules;
    private Map<Long, Integer> firstDocument = new HashMap<>();
    private Map<Long, Long> firstClaimant = new HashMap<>();
    private final Set<Long> tracked = new HashSet<>();
    private final Map<Node, Tracked> resources = new HashMap<>();
    private final Map<Node, Map<Node, Set<Node>>> claims = new HashMap<>();

    /** What the second pass keeps of one tracked resource. */
    private static final class Tracked {
        final Set<Node> types = new HashSet<>();
        final Set<Node> predicates = new HashSet<>();
        final Map<Node, Set<Node>> values = new HashMap<>();
        final BitSet documents = new BitSet();
    }

    /** One pass over the statements: {@link #first} or {@link #second}. */
    @FunctionalInterface
    public interface Pass {
        void statement(int doc, Node s, Node p, Node o);
    }

    private record Violation(Node focus, String message) {
    }

    CrossDocumentScan(CrossDocument rules) {
        this.rules = rules;
    }

    /** The first pass: one statement of document {@code doc}. */
    public void first(int doc, Node s, Node p, Node o) {
        if (s.isBlank() || !(rules.constrains(p) || TYPE.equals(p))) {
            return;
        }
        long hs = hash(s);
        Integer d = firstDocument.putIfAbsent(hs, doc);
        if (d != null && d != doc) {
            tracked.add(hs);
        }
        if (rules.oneSubject.containsKey(p)) {
            Long other = firstClaimant.putIfAbsent(hash(p) * 31 + hash(o), hs);
            if (other != null && other != hs) {
                tracked.add(other);
                tracked.add(hs);
            }
        }
    }

    /** Ends the first pass; false when no resource needs the second (nothing can conflict). */
    public boolean needsSecondPass() {
        firstDocument = null;
        firstClaimant = null;
        return !tracked.isEmpty();
    }

    /** The second pass: every statement of document {@code doc} again, in the same order of documents. */
    public void second(int doc, Node s, Node p, Node o) {
        if (!s.isBlank() && tracked.contains(hash(s))) {
            Tracked r = resources.computeIfAbsent(s, k -> new Tracked());
            r.documents.set(doc);
            r.predicates.add(p);
            if (TYPE.equals(p)) {
                r.types.add(o);
            }
            if (rules.maxCounts.containsKey(p)) {
                r.values.computeIfAbsent(p, k -> new HashSet<>()).add(o);
            }
            if (rules.oneSubject.containsKey(p)) {
                claims.computeIfAbsent(p, k -> new HashMap<>()).computeIfAbsent(o, k -> new HashSet<>()).add(s);
            }
        }
        if (o.isURI() && tracked.contains(hash(o))) {
            resources.computeIfAbsent(o, k -> new Tracked()).documents.set(doc);
        }
    }

    /** The documents to hold back, and the violations none can be held back for. */
    public CrossDocument.Outcome outcome() {
        List<Violation> violations = new ArrayList<>();
        resources.forEach((s, r) -> maxCounts(s, r, violations));
        claims.forEach((p, byValue) -> byValue.forEach((v, subjects) -> oneSubject(rules.oneSubject.get(p), v, subjects,
                violations)));
        violations.sort(Comparator.comparing((Violation v) -> v.focus().toString()).thenComparing(Violation::message));
        Map<Integer, Conflict> held = new LinkedHashMap<>();
        List<String> unresolved = new ArrayList<>();
        for (Violation v : violations) {
            Tracked r = resources.get(v.focus());
            BitSet docs = r == null ? new BitSet() : r.documents;
            if (docs.cardinality() < 2) {
                unresolved.add("<" + v.focus() + ">: " + v.message());
                continue;
            }
            int keeper = docs.nextSetBit(0);
            for (int d = docs.nextSetBit(keeper + 1); d >= 0; d = docs.nextSetBit(d + 1)) {
                held.putIfAbsent(d, new Conflict(d, keeper, v.focus(), v.message()));
            }
        }
        return new CrossDocument.Outcome(held, unresolved);
    }

    private void maxCounts(Node s, Tracked r, List<Violation> out) {
        Set<Node> classes = rules.classes(r.types);
        r.values.forEach((p, values) -> {
            for (MaxCount m : rules.maxCounts.get(p)) {
                boolean targeted = m.classes().stream().anyMatch(classes::contains)
                        || m.subjectsOf().stream().anyMatch(r.predicates::contains);
                if (targeted && values.size() > m.max()) {
                    Set<String> shown = new TreeSet<>();
                    values.forEach(v -> shown.add(show(v)));
                    out.add(new Violation(s, "<" + p.getURI() + "> takes " + values.size() + " values across the documents "
                            + shown + ", at most " + m.max() + " (" + m.shape().getLocalName() + ")"
                            + (m.message() == null ? "" : ": " + m.message())));
                }
            }
        });
    }

    private static void oneSubject(OneSubject rule, Node value, Set<Node> subjects, List<Violation> out) {
        if (subjects.size() < 2) {
            return;
        }
        List<Node> sorted = subjects.stream().sorted(Comparator.comparing(Node::toString)).toList();
        for (Node s : sorted) {
            Node other = sorted.get(sorted.get(0).equals(s) ? 1 : 0);
            String m = rule.message() == null ? "{?value} is also claimed by {?other}" : rule.message();
            out.add(new Violation(s, m.replace("{?value}", value.isLiteral() ? value.getLiteralLexicalForm() : show(value))
                    .replace("{?other}", show(other)) + " (" + rule.shape().getLocalName() + ")"));
        }
    }

    private static String show(Node n) {
        return n.isURI() ? "<" + n.getURI() + ">" : n.isLiteral() ? "\"" + n.getLiteralLexicalForm() + "\"" : n.toString();
    }

    /** FNV-1a, 64 bits, over the node's kind and text. */
    static long hash(Node n) {
        String text = n.isURI() ? n.getURI() : n.isLiteral()
                ? n.getLiteralLexicalForm() + '\u0000' + n.getLiteralDatatypeURI() + '\u0000' + n.getLiteralLanguage()
                : n.toString();
        long h = n.isURI() ? 0xcbf29ce484222325L : n.isLiteral() ? 0x84222325cbf29ce4L : 0x9ce484222325cbf2L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
