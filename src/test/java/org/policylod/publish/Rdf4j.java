package org.policylod.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;

/** Reads files with RDF4J Rio, the independent parser, and converts Jena data for comparison. */
public final class Rdf4j {
    private static final ValueFactory VF = SimpleValueFactory.getInstance();

    private Rdf4j() {
    }

    /** Parses {@code file} (gunzipping a .gz) in the syntax its name gives. */
    public static Model read(Path file) throws IOException {
        String name = file.getFileName().toString();
        boolean gz = name.endsWith(".gz");
        String plain = gz ? name.substring(0, name.length() - 3) : name;
        RDFFormat format = Rio.getParserFormatForFileName(plain)
                .orElseThrow(() -> new IllegalArgumentException("no RDF4J parser for " + plain));
        try (InputStream in = gz ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file)) {
            return Rio.parse(in, "", format);
        }
    }

    public static Model of(DatasetGraph dsg) {
        Model m = new LinkedHashModel();
        dsg.find().forEachRemaining(q -> m.add((Resource) value(q.getSubject()), VF.createIRI(q.getPredicate().getURI()),
                value(q.getObject()), Quad.isDefaultGraph(q.getGraph()) ? null : (Resource) value(q.getGraph())));
        return m;
    }

    public static Model of(Graph g) {
        Model m = new LinkedHashModel();
        g.find().forEachRemaining(t -> m.add((Resource) value(t.getSubject()), VF.createIRI(t.getPredicate().getURI()),
                value(t.getObject())));
        return m;
    }

    static Value value(Node n) {
        if (n.isURI()) {
            return VF.createIRI(n.getURI());
        }
        if (n.isBlank()) {
            return VF.createBNode(n.getBlankNodeLabel());
        }
        String lang = n.getLiteralLanguage();
        return lang.isEmpty() ? VF.createLiteral(n.getLiteralLexicalForm(), VF.createIRI(n.getLiteralDatatypeURI()))
                : VF.createLiteral(n.getLiteralLexicalForm(), lang);
    }
}
