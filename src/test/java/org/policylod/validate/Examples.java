package org.policylod.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.graph.GraphFactory;

/** Test resources under src/test/resources/shacl/. */
final class Examples {
    static final String ROOT = "shacl/";

    private Examples() {
    }

    static Graph read(String path) {
        return read(path, "urn:test:" + path);
    }

    static Graph read(String path, String base) {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = Examples.class.getClassLoader().getResourceAsStream(ROOT + path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + ROOT + path);
            }
            RDFParser.source(in).lang(RDFLanguages.resourceNameToLang(path)).base(base).parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return g;
    }
}
