package org.policylod.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.junit.jupiter.api.Test;

/** The two fast paths of {@link Canonical}: terms as Jena writes them, lines in code point order. */
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
