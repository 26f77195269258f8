package org.policylod.publish;

import java.io.InputStream;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.policylod.validate.Verdict;

/** The test dataset (fixture.trig) and stand-in gates, so the publisher is tested on its own. */
public final class Fixture {
    public static final String BASE = "https://w3id.org/policy-lod/";
    public static final int QUADS = 33;
    public static final int TRIPLES = 32;

    /** The time every test publication is made at. */
    public static final java.time.Instant TIME = java.time.Instant.parse("2026-11-29T12:00:00Z");

    private Fixture() {
    }

    /** Publishes the fixture into {@code dir}, as if it had passed the gate. */
    public static Publisher.Outcome publish(java.nio.file.Path dir) throws java.io.IOException {
        return new Publisher(Publication.at(dir), BASE, TIME, conforming()).publish(assembly());
    }

    public static DatasetGraph dataset() {
        DatasetGraph dsg = DatasetGraphFactory.create();
        try (InputStream in = Fixture.class.getResourceAsStream("fixture.trig")) {
            RDFParser.source(in).lang(Lang.TRIG).parse(dsg);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return dsg;
    }

    public static Assembly assembly() {
        DatasetGraph dsg = dataset();
        PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefixes(dsg.prefixes().getMapping());
        return new Assembly(dsg, prefixes, List.of(), List.of());
    }

    /** The fixture with one more triple in the document graph: other content, other version. */
    public static Assembly changed() {
        Assembly a = assembly();
        Node g = NodeFactory.createURI(BASE + "graph/st-12493-2022");
        a.dataset().add(g, NodeFactory.createURI(BASE + "id/document/st-12493-2022"),
                NodeFactory.createURI("https://w3id.org/policy-lod/ontology#place"), NodeFactory.createLiteralString("Brussels"));
        return a;
    }

    public static Function<Graph, Verdict> conforming() {
        return g -> new Verdict(true, 0, 0, GraphFactory.createDefaultGraph(), "conforms");
    }

    /** A gate that rejects everything, with a one-result SHACL report. */
    public static Function<Graph, Verdict> failing() {
        Model report = ModelFactory.createDefaultModel();
        RDFParser.fromString("""
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                [] a sh:ValidationReport ; sh:conforms false ;
                   sh:result [ a sh:ValidationResult ; sh:resultSeverity sh:Violation ;
                       sh:focusNode <https://w3id.org/policy-lod/id/document/st-12493-2022> ;
                       sh:resultMessage "missing title" ] .
                """, Lang.TURTLE).parse(report);
        return g -> new Verdict(false, 1, 0, report.getGraph(), "1 violation: missing title");
    }
}
