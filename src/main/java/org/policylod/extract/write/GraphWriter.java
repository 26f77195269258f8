package org.policylod.extract.write;

import java.time.LocalDate;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.policylod.rdf.Plo;
import org.policylod.rdf.Uris;
import org.policylod.rdf.Vocab;

/**
 * A document graph being written: small helpers over a Jena model, with prefixes for reading.
 * Triples go straight to the graph, term for term what the model would add; the store is Jena's
 * GraphMem2Fast (three times faster to fill than the legacy default), and repeated nodes are shared
 * (recent IRIs and strings, small integers), which keeps a big document's graph smaller.
 */
public final class GraphWriter {
    /** Integer literals below this are shared by all graphs (offsets, orders, numbers, lines). */
    private static final int SMALL = 4096;
    private static final Node[] INTEGERS = new Node[SMALL];
    private static final int RECENT = 1024;

    static {
        for (int i = 0; i < SMALL; i++) {
            INTEGERS[i] = NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger);
        }
    }

    private final Model model = ModelFactory.createModelForGraph(GraphMemFactory.createGraphMem2());
    public final String base;
    private final org.apache.jena.graph.Graph graph = model.getGraph();
    /** Recently used IRI and string nodes, by hash: mentions repeat their entity, passage, sentence. */
    private final Node[] iris = new Node[RECENT];
    private final Node[] strings = new Node[RECENT];

    public GraphWriter(String base) {
        this.base = base;
        model.setNsPrefix("plo", Plo.NS);
        model.setNsPrefix("eli", Vocab.ELI);
        model.setNsPrefix("prov", Vocab.PROV);
        model.setNsPrefix("foaf", Vocab.FOAF);
        model.setNsPrefix("dcterms", DCTerms.NS);
        model.setNsPrefix("skos", SKOS.uri);
        model.setNsPrefix("oa", OA.NS);
        model.setNsPrefix("org", ORG.NS);
        model.setNsPrefix("rdf", RDF.uri);
        model.setNsPrefix("xsd", XSDDatatype.XSD + "#");
        model.setNsPrefix("at", Uris.AUTHORITY);
        model.setNsPrefix("id", base + "id/");
    }

    /** The graph written, for the entry point to hand on when the document is done. */
    public Model model() {
        return model;
    }

    /** An IRI of the reference data (default base) moved to this graph's base. */
    public String rebase(String iri) {
        return org.policylod.rdf.Rebase.iri(iri, Uris.DEFAULT_BASE, base);
    }

    /** The reference data's IRI (default base) of an IRI at this graph's base. */
    public String unbase(String iri) {
        return org.policylod.rdf.Rebase.iri(iri, base, Uris.DEFAULT_BASE);
    }

    public void iri(String s, Property p, String o) {
        put(s, p, node(o));
    }

    public void type(String s, Resource c) {
        put(s, RDF.type, c.asNode());
    }

    public void text(String s, Property p, String v) {
        int slot = slot(v);
        Node n = strings[slot];
        if (n == null || !n.getLiteralLexicalForm().equals(v)) {
            n = NodeFactory.createLiteralString(v);
            strings[slot] = n;
        }
        put(s, p, n);
    }

    public void en(String s, Property p, String v) {
        put(s, p, NodeFactory.createLiteralLang(v, "en"));
    }

    public void integer(String s, Property p, long v) {
        put(s, p, v >= 0 && v < SMALL ? INTEGERS[(int) v] : NodeFactory.createLiteralDT(Long.toString(v), XSDDatatype.XSDinteger));
    }

    public void bool(String s, Property p, boolean v) {
        put(s, p, NodeFactory.createLiteralDT(Boolean.toString(v), XSDDatatype.XSDboolean));
    }

    public void date(String s, Property p, LocalDate d) {
        put(s, p, NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate));
    }

    /** A date at the precision the text gives: a year (xsd:gYear), or a month of it (xsd:gYearMonth) when {@code month} is 1-12. */
    public void year(String s, Property p, int year, int month) {
        put(s, p, month >= 1 && month <= 12
                ? NodeFactory.createLiteralDT(String.format("%04d-%02d", year, month), XSDDatatype.XSDgYearMonth)
                : NodeFactory.createLiteralDT(String.format("%04d", year), XSDDatatype.XSDgYear));
    }

    public void dateTime(String s, Property p, String iso) {
        put(s, p, NodeFactory.createLiteralDT(iso, XSDDatatype.XSDdateTime));
    }

    private void put(String s, Property p, Node o) {
        graph.add(node(s), p.asNode(), o);
    }

    /** The node of an IRI; as the model makes it, no IRI is a fresh blank node. */
    private Node node(String iri) {
        if (iri == null) {
            return NodeFactory.createBlankNode();
        }
        int slot = slot(iri);
        Node n = iris[slot];
        if (n == null || !n.getURI().equals(iri)) {
            n = NodeFactory.createURI(iri);
            iris[slot] = n;
        }
        return n;
    }

    private static int slot(String key) {
        int h = key.hashCode();
        return (h ^ (h >>> 16)) & (RECENT - 1);
    }

    /** Code points before char offset {@code at}: offsets in the graph count code points. */
    public static int cp(String text, int at) {
        return text.codePointCount(0, at);
    }
}
