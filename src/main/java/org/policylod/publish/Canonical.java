package org.policylod.publish;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.apache.jena.atlas.io.StringWriterI;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFormatter;
import org.apache.jena.riot.out.NodeFormatterNT;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * A dataset in a canonical form, so that the same data always gives the same bytes in every dump:
 * blank nodes relabelled from what surrounds them, quads inserted in sorted N-Quads order (Jena's
 * writers then iterate in a fixed order, since node hashes depend only on node content), and the
 * sorted N-Quads and N-Triples lines kept for the line-based dumps and the content hash.
 *
 * <p>Blank node labels come from a colour refinement (each round hashes a node's quads with its
 * neighbours' colours). That is exact for the structures the data has (blank nodes hanging off
 * IRIs); nodes that stay indistinguishable are numbered in input order.
 */
public final class Canonical {
    private static final int ROUNDS = 4;
    /*
     * The formatter NodeFmtLib.strNT uses, writing into a plain string writer: strNT's indented line
     * buffer counts lines character by character, which was a third of the Spark job's CPU.
     */
    private static final NodeFormatter NT = new NodeFormatterNT();

    private final DatasetGraph dataset;
    private final List<String> quadLines;
    private final List<String> tripleLines;
    private Graph union;

    private Canonical(DatasetGraph dataset, List<String> quadLines, List<String> tripleLines) {
        this.dataset = dataset;
        this.quadLines = quadLines;
        this.tripleLines = tripleLines;
    }

    /** The canonical form of {@code source}'s named graphs (and default graph, if it has triples). */
    public static Canonical of(DatasetGraph source, PrefixMapping prefixes) {
        Map<String, Quad> byLine = new HashMap<>();
        Set<String> triples = new TreeSet<>(Canonical::compare);
        relabelled(source, (r, spo) -> {
            byLine.put(quadLine(spo, r.getGraph()), r);
            triples.add(spo + " .");
        });
        List<String> sorted = new ArrayList<>(byLine.keySet());
        sorted.sort(Canonical::compare);
        DatasetGraph dsg = DatasetGraphFactory.create();
        dsg.prefixes().putAll(prefixes);
        for (String l : sorted) {
            dsg.add(byLine.get(l));
        }
        return new Canonical(dsg, List.copyOf(sorted), List.copyOf(triples));
    }

    /** Only the sorted N-Quads lines of the canonical form of {@code source} (what {@link #quadLines()} gives). */
    public static List<String> quadLines(DatasetGraph source) {
        Set<String> lines = new HashSet<>();
        relabelled(source, (r, spo) -> lines.add(quadLine(spo, r.getGraph())));
        List<String> sorted = new ArrayList<>(lines);
        sorted.sort(Canonical::compare);
        return List.copyOf(sorted);
    }

    /* Each quad of source with its blank nodes relabelled, and its subject, predicate and object in N-Triples. */
    private static void relabelled(DatasetGraph source, BiConsumer<Quad, String> each) {
        List<Quad> quads = new ArrayList<>();
        source.find().forEachRemaining(quads::add);
        Map<Node, String> labels = label(quads);
        // Predicates are few; a subject's quads mostly come together: each written once.
        Map<Node, String> predicates = new HashMap<>();
        Node subject = null;
        String subjectTerm = null;
        for (Quad q : quads) {
            Quad r = Quad.create(relabel(q.getGraph(), labels), relabel(q.getSubject(), labels),
                    q.getPredicate(), relabel(q.getObject(), labels));
            if (!r.getSubject().equals(subject)) {
                subject = r.getSubject();
                subjectTerm = term(subject);
            }
            each.accept(r, subjectTerm + ' ' + predicates.computeIfAbsent(r.getPredicate(), Canonical::term) + ' '
                    + term(r.getObject()));
        }
    }

    private static String quadLine(String spo, Node g) {
        return g == null || Quad.isDefaultGraph(g) ? spo + " ." : spo + ' ' + term(g) + " .";
    }

    public DatasetGraph dataset() {
        return dataset;
    }

    /** The N-Quads lines, sorted, each without its line end. */
    public List<String> quadLines() {
        return quadLines;
    }

    /** The distinct triples of all graphs as N-Triples lines, sorted. */
    public List<String> tripleLines() {
        return tripleLines;
    }

    /**
     * The union of all graphs as one graph, built in sorted order, with the dataset's prefixes.
     * Made once and shared: callers read it and must not change it.
     */
    public Graph union() {
        if (union == null) {
            Graph g = GraphFactory.createDefaultGraph();
            g.getPrefixMapping().setNsPrefixes(dataset.prefixes().getMapping());
            dataset.find().forEachRemaining(q -> g.add(q.asTriple()));
            union = g;
        }
        return union;
    }

    /** The graph names, sorted by their N-Quads form. */
    public List<Node> graphNames() {
        Set<Node> names = new LinkedHashSet<>();
        dataset.find().forEachRemaining(q -> names.add(q.getGraph()));
        List<Node> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.comparing(Canonical::term));
        return sorted;
    }

    /** Hex SHA-256 over the sorted N-Quads, each line ended by LF: the identity of the content. */
    public String contentHash() {
        Checksums.Digest d = Checksums.digest();
        for (String l : quadLines) {
            d.update((l + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return d.hex();
    }

    /**
     * Code point order, which is the byte order of UTF-8: the order of {@code LC_ALL=C sort}.
     * (String.compareTo compares UTF-16 units, which puts characters above U+FFFF before U+E000-U+FFFF.)
     */
    static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int k = 0; k < n; k++) {
            char x = a.charAt(k);
            char y = b.charAt(k);
            if (x != y) {
                // Below the surrogates UTF-16 units order as code points; the equal prefix keeps pairs aligned.
                return Character.isSurrogate(x) || Character.isSurrogate(y) ? byCodePoint(a, b) : Character.compare(x, y);
            }
        }
        return Integer.compare(a.length(), b.length());
    }

    /* An IRI N-Triples writes as it is: Jena's writer escapes control characters, space and <>"{}|^`\. */
    private static boolean plain(String iri) {
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (c <= ' ' || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' || c == '^' || c == '`'
                    || c == '\\' || c == 0x7F) {
                return false;
            }
        }
        return true;
    }

    /* A literal's text N-Triples writes as it is: Jena's writer escapes control characters, " and \\. */
    private static boolean plainText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' || c == '"' || c == '\\' || c == 0x7F) {
                return false;
            }
        }
        return true;
    }

    private static int byCodePoint(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

    private static String term(Node n) {
        return n.isBlank() ? "_:" + n.getBlankNodeLabel() : strNT(n);
    }

    /** {@code n} in N-Triples, as {@code NodeFmtLib.strNT} writes it. */
    static String strNT(Node n) {
        if (n.isURI() && plain(n.getURI())) {
            return "<" + n.getURI() + ">";
        }
        if (n.isLiteral() && n.getLiteralBaseDirection() == null && plainText(n.getLiteralLexicalForm())) {
            String lang = n.getLiteralLanguage();
            String dt = n.getLiteralDatatypeURI();
            if (!lang.isEmpty()) {
                return '"' + n.getLiteralLexicalForm() + "\"@" + lang;
            }
            if (XSDDatatype.XSDstring.getURI().equals(dt)) {
                return '"' + n.getLiteralLexicalForm() + '"';
            }
            if (plain(dt)) {
                return '"' + n.getLiteralLexicalForm() + "\"^^<" + dt + '>';
            }
        }
        StringWriterI w = new StringWriterI();
        NT.format(w, n);
        return w.toString();
    }

    private static Node relabel(Node n, Map<Node, String> labels) {
        return n.isBlank() ? NodeFactory.createBlankNode(labels.get(n)) : n;
    }

    /** Deterministic labels for the blank nodes of {@code quads}. */
    private static Map<Node, String> label(List<Quad> quads) {
        Map<Node, List<Quad>> around = new LinkedHashMap<>();
        for (Quad q : quads) {
            for (Node n : new Node[] {q.getGraph(), q.getSubject(), q.getObject()}) {
                if (n.isBlank()) {
                    around.computeIfAbsent(n, k -> new ArrayList<>()).add(q);
                }
            }
        }
        if (around.isEmpty()) {
            return Map.of();
        }
        Map<Node, String> colour = new HashMap<>();
        around.keySet().forEach(n -> colour.put(n, ""));
        for (int round = 0; round < ROUNDS; round++) {
            Map<Node, String> next = new HashMap<>();
            for (Map.Entry<Node, List<Quad>> e : around.entrySet()) {
                List<String> sig = new ArrayList<>();
                for (Quad q : e.getValue()) {
                    sig.add(signature(q, e.getKey(), colour));
                }
                sig.sort(null);
                Checksums.Digest d = Checksums.digest();
                sig.forEach(s -> d.update((s + "\n").getBytes(StandardCharsets.UTF_8)));
                next.put(e.getKey(), d.hex().substring(0, 16));
            }
            colour.clear();
            colour.putAll(next);
        }
        Map<String, Integer> seen = new HashMap<>();
        Map<Node, String> labels = new HashMap<>();
        for (Node n : around.keySet()) {
            String c = colour.get(n);
            int k = seen.merge(c, 1, Integer::sum);
            labels.put(n, k == 1 ? "b" + c : "b" + c + "x" + k);
        }
        return labels;
    }

    private static String signature(Quad q, Node self, Map<Node, String> colour) {
        return role(q.getSubject(), self, colour) + ' ' + strNT(q.getPredicate()) + ' '
                + role(q.getObject(), self, colour) + ' ' + role(q.getGraph(), self, colour);
    }

    private static String role(Node n, Node self, Map<Node, String> colour) {
        if (n.equals(self)) {
            return "@";
        }
        if (n.isBlank()) {
            return "_:" + colour.get(n);
        }
        return Quad.isDefaultGraph(n) ? "-" : strNT(n);
    }
}
