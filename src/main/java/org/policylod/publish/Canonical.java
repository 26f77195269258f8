package org.policylod.publish;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        List<Row> rows = rows(quads(source));
        DatasetGraph dsg = DatasetGraphFactory.create();
        dsg.prefixes().putAll(prefixes);
        List<String> lines = new ArrayList<>(rows.size());
        List<String> triples = new ArrayList<>();
        Row last = null;
        for (Row r : rows) {
            dsg.add(r.quad());
            String spo = r.spo();
            lines.add(r.line(spo));
            // Rows are in (subject, predicate, object, graph) order: the rows of one triple are adjacent.
            if (last == null || last.s() != r.s() || last.p() != r.p() || last.o() != r.o()) {
                triples.add(spo + " .");
            }
            last = r;
        }
        return new Canonical(dsg, List.copyOf(lines), List.copyOf(triples));
    }

    /** Only the sorted N-Quads lines of the canonical form of {@code source} (what {@link #quadLines()} gives). */
    public static List<String> quadLines(DatasetGraph source) {
        return lines(rows(quads(source)));
    }

    /** As {@link #quadLines(DatasetGraph)} of a dataset holding only {@code graph}, named {@code name}. */
    public static List<String> quadLines(Node name, Graph graph) {
        List<Quad> quads = new ArrayList<>(graph.size());
        graph.find().forEach(t -> quads.add(Quad.create(name, t)));
        return lines(rows(quads));
    }

    private static List<Quad> quads(DatasetGraph source) {
        List<Quad> quads = new ArrayList<>();
        source.find().forEachRemaining(quads::add);
        return quads;
    }

    private static List<String> lines(List<Row> rows) {
        String[] lines = new String[rows.size()];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = rows.get(i).line(rows.get(i).spo());
        }
        return List.of(lines);
    }

    /* A term's N-Triples text and its rank among all the terms of the quads being sorted. */
    private static final class Term {
        private final String text;
        private int rank;

        Term(String text) {
            this.text = text;
        }
    }

    /* A relabelled quad with its terms; g is null in the default graph. */
    private record Row(Quad quad, Term s, Term p, Term o, Term g) {
        String spo() {
            return s.text + ' ' + p.text + ' ' + o.text;
        }

        String line(String spo) {
            return g == null ? spo + " ." : spo + ' ' + g.text + " .";
        }
    }

    /*
     * Line order without comparing whole lines: a line is its terms joined by ' ' (then " ."), and
     * where one term is a prefix of another, the longer one goes on with a character above ' '
     * (N-Triples escapes the others in IRIs, and after a literal's closing quote come only '@' and
     * '^'). So lines order as their terms do, term by term, the default graph's line first; each
     * distinct term is compared only when the terms are ranked.
     */
    private static final Comparator<Row> ORDER = Comparator.<Row>comparingInt(r -> r.s().rank)
            .thenComparingInt(r -> r.p().rank).thenComparingInt(r -> r.o().rank)
            .thenComparingInt(r -> r.g() == null ? -1 : r.g().rank);

    /* The quads with their blank nodes relabelled, in line order, duplicate lines dropped. */
    private static List<Row> rows(List<Quad> quads) {
        Map<Node, String> labels = label(quads);
        // Each distinct term written once (equal nodes are written alike).
        Map<Node, Term> terms = new HashMap<>();
        List<Row> rows = new ArrayList<>(quads.size());
        for (Quad q : quads) {
            Quad r = Quad.create(relabel(q.getGraph(), labels), relabel(q.getSubject(), labels),
                    q.getPredicate(), relabel(q.getObject(), labels));
            Node g = r.getGraph();
            rows.add(new Row(r, term(terms, r.getSubject()), term(terms, r.getPredicate()), term(terms, r.getObject()),
                    g == null || Quad.isDefaultGraph(g) ? null : term(terms, g)));
        }
        Term[] ranked = terms.values().toArray(new Term[0]);
        Arrays.sort(ranked, (a, b) -> compare(a.text, b.text));
        for (int i = 0; i < ranked.length; i++) {
            ranked[i].rank = i;
        }
        rows.sort(ORDER);
        List<Row> distinct = new ArrayList<>(rows.size());
        for (Row r : rows) {
            if (distinct.isEmpty() || ORDER.compare(distinct.get(distinct.size() - 1), r) != 0) {
                distinct.add(r);
            }
        }
        return distinct;
    }

    private static Term term(Map<Node, Term> terms, Node n) {
        Term t = terms.get(n);
        if (t == null) {
            t = new Term(term(n));
            terms.put(n, t);
        }
        return t;
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
