package org.policylod.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Iterator;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.util.SplitIRI;
import org.apache.jena.vocabulary.RDF;

/**
 * JSON-LD and RDF/XML written statement by statement, for dumps of a database larger than memory
 * (Jena's writers for these two syntaxes build the whole document first). JSON-LD is the expanded
 * form, full IRIs, one node object per run of statements about one subject in one named graph;
 * RDF/XML one {@code rdf:Description} per run of one subject, each property element declaring its
 * namespace. Both are plain RDF in their syntax: any reader gets the same statements back.
 */
final class StreamingSyntax {
    private StreamingSyntax() {
    }

    /** Writes {@code quads} (best grouped by graph, then subject) as expanded JSON-LD. */
    static void jsonld(Iterator<Quad> quads, Writer w) throws IOException {
        w.write("[");
        Node graph = null;
        Node subject = null;
        Node predicate = null;
        boolean firstGraph = true;
        boolean firstNode = true;
        while (quads.hasNext()) {
            Quad q = quads.next();
            Node g = q.isDefaultGraph() ? Quad.defaultGraphIRI : q.getGraph();
            if (!g.equals(graph)) {
                if (subject != null) {
                    w.write("]}");
                }
                if (graph != null && !Quad.isDefaultGraph(graph)) {
                    w.write("\n]}");
                }
                w.write(firstGraph ? "\n" : ",\n");
                firstGraph = false;
                graph = g;
                subject = null;
                firstNode = true;
                if (!Quad.isDefaultGraph(g)) {
                    w.write("{\"@id\":" + json(id(g)) + ",\"@graph\":[");
                }
            }
            if (!q.getSubject().equals(subject)) {
                if (subject != null) {
                    w.write("]}");
                }
                w.write(firstNode ? "\n" : ",\n");
                firstNode = false;
                subject = q.getSubject();
                predicate = null;
                w.write("{\"@id\":" + json(id(subject)));
            }
            if (!q.getPredicate().equals(predicate)) {
                w.write(predicate == null ? "," : "],");
                predicate = q.getPredicate();
                w.write(json(predicate.getURI()) + ":[");
            } else {
                w.write(",");
            }
            w.write(value(q.getObject()));
        }
        if (subject != null) {
            w.write("]}");
        }
        if (graph != null && !Quad.isDefaultGraph(graph)) {
            w.write("\n]}");
        }
        w.write("\n]\n");
    }

    /** Writes {@code triples} (best grouped by subject) as RDF/XML. */
    static void rdfxml(Iterator<Triple> triples, Writer w) throws IOException {
        w.write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rdf:RDF xmlns:rdf=\"" + RDF.getURI() + "\">\n");
        Node subject = null;
        while (triples.hasNext()) {
            Triple t = triples.next();
            if (!t.getSubject().equals(subject)) {
                if (subject != null) {
                    w.write("  </rdf:Description>\n");
                }
                subject = t.getSubject();
                w.write("  <rdf:Description " + (subject.isBlank() ? "rdf:nodeID=\"" + nodeId(subject)
                        : "rdf:about=\"" + xml(subject.getURI())) + "\">\n");
            }
            String p = t.getPredicate().getURI();
            int split = SplitIRI.splitXML(p);
            if (split <= 0 || split >= p.length()) {
                throw new UncheckedIOException(new IOException("the predicate <" + p + "> has no XML local name: "
                        + "it cannot be written in RDF/XML"));
            }
            String element = "p:" + p.substring(split);
            w.write("    <" + element + " xmlns:p=\"" + xml(p.substring(0, split)) + "\"");
            Node o = t.getObject();
            if (o.isURI()) {
                w.write(" rdf:resource=\"" + xml(o.getURI()) + "\"/>\n");
            } else if (o.isBlank()) {
                w.write(" rdf:nodeID=\"" + nodeId(o) + "\"/>\n");
            } else {
                String lang = o.getLiteralLanguage();
                if (!lang.isEmpty()) {
                    w.write(" xml:lang=\"" + xml(lang) + "\"");
                } else if (!XSDDatatype.XSDstring.getURI().equals(o.getLiteralDatatypeURI())) {
                    w.write(" rdf:datatype=\"" + xml(o.getLiteralDatatypeURI()) + "\"");
                }
                w.write(">" + xml(o.getLiteralLexicalForm()) + "</" + element + ">\n");
            }
        }
        if (subject != null) {
            w.write("  </rdf:Description>\n");
        }
        w.write("</rdf:RDF>\n");
    }

    private static String id(Node n) {
        return n.isBlank() ? "_:" + nodeId(n) : n.getURI();
    }

    /** A blank node label that is an XML name and a JSON-LD blank node identifier. */
    private static String nodeId(Node n) {
        StringBuilder b = new StringBuilder("b");
        for (char c : n.getBlankNodeLabel().toCharArray()) {
            b.append(Character.isLetterOrDigit(c) && c < 128 ? c : '_');
        }
        return b.toString();
    }

    private static String value(Node o) {
        if (o.isURI() || o.isBlank()) {
            return "{\"@id\":" + json(id(o)) + "}";
        }
        String lang = o.getLiteralLanguage();
        String v = "{\"@value\":" + json(o.getLiteralLexicalForm());
        if (!lang.isEmpty()) {
            return v + ",\"@language\":" + json(lang) + "}";
        }
        String dt = o.getLiteralDatatypeURI();
        return XSDDatatype.XSDstring.getURI().equals(dt) ? v + "}" : v + ",\"@type\":" + json(dt) + "}";
    }

    static String json(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    static String xml(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\r' -> b.append("&#13;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
