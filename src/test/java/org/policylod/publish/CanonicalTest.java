package org.policylod.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** The fast paths of {@link Canonical}: terms as Jena writes them, lines in code point order, sorted by terms. */
class CanonicalTest {
    @Test
    void termsAreWrittenAsNodeFmtLibWritesThem() {
        List<Node> nodes = List.of(
                NodeFactory.createURI("https://w3id.org/policy-lod/id/document/st-12493-2022"),
                NodeFactory.createURI("http://example.org/a b{c}|d\\e^f`g\"h<i>"),
                NodeFactory.createURI("http://example.org/Fünf/\uD83D\uDE00"),
                NodeFactory.createLiteralString("He said \"non-refoulement\" \\ <b>\nline two\r\ttab \u0001 Fünf — 5 € ✓ \uD83D\uDE00"),
                NodeFactory.createLiteralLang("Rapport annuel", "fr"),
                NodeFactory.createLiteralLang("Report", "en-GB"),
                NodeFactory.createLiteralDT("2022-09-15", XSDDatatype.XSDdate),
                NodeFactory.createLiteralDT("42", XSDDatatype.XSDinteger),
                NodeFactory.createLiteralDT("x", NodeFactory.getType("http://example.org/dt")),
                NodeFactory.createLiteralString(""),
                NodeFactory.createBlankNode("b0a1"));
        for (Node n : nodes) {
            assertEquals(NodeFmtLib.strNT(n), Canonical.strNT(n), n.toString());
        }
        // IRIs over every character of the first 0x3000 (controls, escapes, Latin-1, C1, symbols) and some beyond.
        for (int c = 0; c < 0x3000; c++) {
            Node iri = NodeFactory.createURI("http://example.org/x" + (char) c + "y");
            assertEquals(NodeFmtLib.strNT(iri), Canonical.strNT(iri), "U+" + Integer.toHexString(c));
        }
        for (int c = 0; c < 0x3000; c++) {
            String text = "a" + (char) c + "b";
            for (Node lit : List.of(NodeFactory.createLiteralString(text), NodeFactory.createLiteralLang(text, "en"),
                    NodeFactory.createLiteralDT(text, NodeFactory.getType("http://example.org/dt" + (char) c)))) {
                assertEquals(NodeFmtLib.strNT(lit), Canonical.strNT(lit), "U+" + Integer.toHexString(c) + " in " + lit);
            }
        }
        for (int c : new int[] {0xFEFF, 0xFFFD, 0xFFFE, 0x1F600}) {
            Node iri = NodeFactory.createURI("http://example.org/x" + Character.toString(c) + "y");
            assertEquals(NodeFmtLib.strNT(iri), Canonical.strNT(iri), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void quadLinesAloneAreTheCanonicalFormsLines() {
        assertEquals(Canonical.of(Fixture.dataset(), Fixture.assembly().prefixes()).quadLines(),
                Canonical.quadLines(Fixture.dataset()));
    }

    @Test
    void linesCompareByCodePointAsSortDoes() {
        Random r = new Random(7);
        char[] alphabet = {'a', 'b', '<', '"', ' ', '\u00FC', '\u20AC', '\uD7FF', '\uE000', '\uFF01', '\uFFFF'};
        for (int i = 0; i < 20_000; i++) {
            String a = random(r, alphabet);
            String b = random(r, alphabet);
            assertEquals(Integer.signum(byCodePoint(a, b)), Integer.signum(Canonical.compare(a, b)), a + " | " + b);
        }
    }

    @Test
    void linesAreSortedAsWholeLinesSortByCodePoint() {
        // Terms that are prefixes of others (language tags, IRIs, literals with spaces), above U+FFFF too.
        Random r = new Random(11);
        String[] texts = {"a", "a b", "a\"b", "", "\u00FCber", "\uE000", "\uD83D\uDE00", "a\tb", "ab"};
        String[] iris = {"http://x.org/a", "http://x.org/ab", "http://x.org/a/b", "http://x.org/\uD83D\uDE00",
            "http://x.org/\uFF01", "http://x.org/a b"};
        for (int round = 0; round < 50; round++) {
            DatasetGraph ds = DatasetGraphFactory.create();
            Node name = NodeFactory.createURI(iris[r.nextInt(iris.length)]);
            Graph one = GraphFactory.createDefaultGraph();
            for (int i = 0; i < 200; i++) {
                Node s = NodeFactory.createURI(iris[r.nextInt(iris.length)]);
                Node p = NodeFactory.createURI(iris[r.nextInt(iris.length)]);
                String text = texts[r.nextInt(texts.length)] + texts[r.nextInt(texts.length)];
                Node o = switch (r.nextInt(5)) {
                    case 0 -> NodeFactory.createURI(iris[r.nextInt(iris.length)]);
                    case 1 -> NodeFactory.createLiteralLang(text, r.nextBoolean() ? "en" : "en-gb");
                    case 2 -> NodeFactory.createLiteralDT(text, XSDDatatype.XSDinteger);
                    default -> NodeFactory.createLiteralString(text);
                };
                Node g = r.nextInt(4) == 0 ? Quad.defaultGraphIRI : NodeFactory.createURI(iris[r.nextInt(iris.length)]);
                ds.add(g, s, p, o);
                one.add(s, p, o);
            }
            List<String> quads = new ArrayList<>();
            ds.find().forEachRemaining(q -> quads.add(NodeFmtLib.strNT(q.getSubject()) + ' '
                    + NodeFmtLib.strNT(q.getPredicate()) + ' ' + NodeFmtLib.strNT(q.getObject())
                    + (q.isDefaultGraph() ? "" : " " + NodeFmtLib.strNT(q.getGraph())) + " ."));
            quads.sort(CanonicalTest::byCodePoint);
            Canonical c = Canonical.of(ds, PrefixMapping.Standard);
            assertEquals(quads, c.quadLines());
            assertEquals(quads, Canonical.quadLines(ds));
            Set<String> distinct = new TreeSet<>(CanonicalTest::byCodePoint);
            ds.find().forEachRemaining(q -> distinct.add(NodeFmtLib.strNT(q.getSubject()) + ' '
                    + NodeFmtLib.strNT(q.getPredicate()) + ' ' + NodeFmtLib.strNT(q.getObject()) + " ."));
            assertEquals(List.copyOf(distinct), c.tripleLines());
            List<String> named = new ArrayList<>();
            one.find().forEach(t -> named.add(NodeFmtLib.strNT(t.getSubject()) + ' ' + NodeFmtLib.strNT(t.getPredicate())
                    + ' ' + NodeFmtLib.strNT(t.getObject()) + ' ' + NodeFmtLib.strNT(name) + " ."));
            named.sort(CanonicalTest::byCodePoint);
            assertEquals(named, Canonical.quadLines(name, one));
        }
    }

    private static String random(Random r, char[] alphabet) {
        StringBuilder s = new StringBuilder("<x> ");
        int n = r.nextInt(6);
        for (int i = 0; i < n; i++) {
            if (r.nextInt(4) == 0) {
                s.appendCodePoint(0x1F600 + r.nextInt(3));
            } else {
                s.append(alphabet[r.nextInt(alphabet.length)]);
            }
        }
        return s.toString();
    }

    private static int byCodePoint(String a, String b) {
        return java.util.Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
    }
}
