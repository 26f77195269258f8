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
 * resources only, their types, predicates and counted values with the documents giving each. A
 * hash collision only tracks one resource more: the verdict is made on the nodes themselves.
 */
public final class CrossDocumentScan {
    private static final Node TYPE = RDF.type.asNode();

    private final CrossDocument rules;
    private Map<Long, Integer> firstDocument = new HashMap<>();
    private Map<Long, Long> firstClaimant = new HashMap<>();
    private final Set<Long> tracked = new HashSet<>();
    private final Map<Node, Tracked> resources = new HashMap<>();
    /** Per "one subject per value" predicate, each value with its subjects and the documents giving them. */
    private final Map<Node, Map<Node, Map<Node, BitSet>>> claims = new HashMap<>();

    /** What the second pass keeps of one tracked resource. */
    private static final class Tracked {
        final Set<Node> types = new HashSet<>();
        final Set<Node> predicates = new HashSet<>();
        /** Per counted predicate, each value with the documents giving it. */
        final Map<Node, Map<Node, BitSet>> values = new HashMap<>();
    }

    /** One pass over the statements: {@link #first} or {@link #second}. */
    @FunctionalInterface
    public interface Pass {
        void statement(int doc, Node s, Node p, Node o);
    }

    /** A violation: the statements giving it, as documents giving each value (or subject). */
    private record Violation(Node focus, String message, Map<Node, BitSet> givers, int max) {
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
        if (s.isBlank() || !tracked.contains(hash(s))) {
            return;
        }
        Tracked r = resources.computeIfAbsent(s, k -> new Tracked());
        r.predicates.add(p);
        if (TYPE.equals(p)) {
            r.types.add(o);
        }
        if (rules.maxCounts.containsKey(p)) {
            r.values.computeIfAbsent(p, k -> new HashMap<>()).computeIfAbsent(o, k -> new BitSet()).set(doc);
        }
        if (rules.oneSubject.containsKey(p)) {
            claims.computeIfAbsent(p, k -> new HashMap<>()).computeIfAbsent(o, k -> new HashMap<>())
                    .computeIfAbsent(s, k -> new BitSet()).set(doc);
        }
    }

    /**
     * The documents to hold back, and the violations none can be held back for. For each violation
     * the documents giving its statements are taken in order: each is kept while what the kept ones
     * give stays within the rule, and held back when it would break it (so a document that gives the
     * value an earlier one gave stays, and one that only cites the resource is not concerned).
     */
    public CrossDocument.Outcome outcome() {
        List<Violation> violations = new ArrayList<>();
        resources.forEach((s, r) -> maxCounts(s, r, violations));
        claims.forEach((p, byValue) -> byValue.forEach((v, subjects) -> oneSubject(rules.oneSubject.get(p), v, subjects,
                violations)));
        violations.sort(Comparator.comparing((Violation v) -> v.focus().toString()).thenComparing(Violation::message));
        Map<Integer, Conflict> held = new LinkedHashMap<>();
        List<String> unresolved = new ArrayList<>();
        for (Violation v : violations) {
            BitSet docs = new BitSet();
            v.givers().values().forEach(docs::or);
            Set<Node> kept = new HashSet<>();
            int keeper = -1;
            for (int d = docs.nextSetBit(0); d >= 0; d = docs.nextSetBit(d + 1)) {
                Set<Node> mine = new HashSet<>();
                for (Map.Entry<Node, BitSet> e : v.givers().entrySet()) {
                    if (e.getValue().get(d)) {
                        mine.add(e.getKey());
                    }
                }
                Set<Node> with = new HashSet<>(kept);
                with.addAll(mine);
                if (with.size() <= v.max()) {
                    kept = with;
                    keeper = keeper < 0 ? d : keeper;
                } else if (keeper < 0) {
                    unresolved.add("<" + v.focus() + ">: " + v.message());
                    break;
                } else {
                    held.putIfAbsent(d, new Conflict(d, keeper, v.focus(), v.message()));
                }
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
                    values.keySet().forEach(v -> shown.add(show(v)));
                    out.add(new Violation(s, "<" + p.getURI() + "> takes " + values.size() + " values across the documents "
                            + shown + ", at most " + m.max() + " (" + m.shape().getLocalName() + ")"
                            + (m.message() == null ? "" : ": " + m.message()), values, m.max()));
                }
            }
        });
    }

    private static void oneSubject(OneSubject rule, Node value, Map<Node, BitSet> subjects, List<Violation> out) {
        if (subjects.size() < 2) {
            return;
        }
        List<Node> sorted = subjects.keySet().stream().sorted(Comparator.comparing(Node::toString)).toList();
        String m = rule.message() == null ? "{?value} is also claimed by {?other}" : rule.message();
        out.add(new Violation(sorted.get(0), m.replace("{?value}", value.isLiteral() ? value.getLiteralLexicalForm()
                : show(value)).replace("{?other}", show(sorted.get(1))) + " (" + rule.shape().getLocalName() + ")",
                subjects, 1));
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
