package org.policylod.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.policylod.Bundle;

/**
 * The bundled shapes ({@code shapes/*.ttl}, not its sub-folders) as one graph, rebased to the
 * publication's base: shapes are written under the default base, and a publication under another
 * base must be held to the same URI rules under its own base.
 */
public final class ShapesGraph {
    /** The base every minted URI in the shapes files is written under. */
    public static final String DEFAULT_BASE = "https://w3id.org/policy-lod/";
    /** The bundled folder whose top-level Turtle files are the gate's shapes. */
    public static final String FOLDER = "shapes";

    /* Only data IRIs move with the base; the ontology and shapes namespaces are fixed. */
    private static final List<String> REBASED = List.of("id/", "graph/");

    private ShapesGraph() {
    }

    /** The bundled shapes, with IRIs and sh:pattern values moved from the default base to {@code base}. */
    public static Graph load(String base) {
        checkBase(base);
        List<String> files = Bundle.list(FOLDER, ".ttl");
        if (files.isEmpty()) {
            throw new IllegalStateException("no shapes bundled under " + FOLDER + "/");
        }
        Graph graph = GraphFactory.createDefaultGraph();
        for (String file : files) {
            try (InputStream in = Bundle.open(file)) {
                RDFParser.source(in).lang(Lang.TURTLE).base("urn:policy-lod:" + file).parse(graph);
            } catch (IOException e) {
                throw new UncheckedIOException(file, e);
            }
        }
        return base.equals(DEFAULT_BASE) ? graph : rebase(graph, base);
    }

    static void checkBase(String base) {
        if (base == null || !base.endsWith("/") || !base.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://[^\\s<>\"{}|\\\\^`]+$")) {
            throw new IllegalArgumentException("base must be an absolute IRI ending in '/': " + base);
        }
    }

    static Graph rebase(Graph shapes, String base) {
        String oldPattern = regexEscape(DEFAULT_BASE);
        String newPattern = regexEscape(base);
        Graph out = GraphFactory.createDefaultGraph();
        out.getPrefixMapping().setNsPrefixes(shapes.getPrefixMapping());
        shapes.find().forEach(t -> {
            Node o = t.getObject();
            if (t.getPredicate().equals(SHACL.pattern) && o.isLiteral()) {
                o = NodeFactory.createLiteralString(o.getLiteralLexicalForm().replace(oldPattern, newPattern));
            }
            out.add(Triple.create(move(t.getSubject(), base), t.getPredicate(), move(o, base)));
        });
        return out;
    }

    private static Node move(Node n, String base) {
        if (n.isURI()) {
            for (String part : REBASED) {
                if (n.getURI().startsWith(DEFAULT_BASE + part)) {
                    return NodeFactory.createURI(base + n.getURI().substring(DEFAULT_BASE.length()));
                }
            }
        }
        return n;
    }

    /** Escapes for the XPath regular expressions of sh:pattern (a subset every engine reads). */
    static String regexEscape(String text) {
        StringBuilder b = new StringBuilder();
        for (char c : text.toCharArray()) {
            if ("\\.^$|?*+()[]{}".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }
}
