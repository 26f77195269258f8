package org.policylod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    private static final String MISSION = "https://w3id.org/policy-lod/id/mission/eubam-libya";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private static String positive() throws IOException {
        try (InputStream in = ValidateCommandTest.class.getClassLoader()
                .getResourceAsStream("shacl/positive/publication.ttl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** The positive example without the host country of EUBAM Libya: one MissionHost violation. */
    private Path brokenNTriples() throws IOException {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(positive(), Lang.TURTLE).parse(g);
        g.remove(NodeFactory.createURI(MISSION), NodeFactory.createURI("https://w3id.org/policy-lod/ontology#hostCountry"), null);
        Path file = dir.resolve("broken.nt");
        try (var o = Files.newOutputStream(file)) {
            RDFDataMgr.write(o, g, Lang.NTRIPLES);
        }
        return file;
    }

    @Test
    void conformingTurtleExitsZero() throws IOException {
        assertEquals(0, run("validate", write("publication.ttl", positive()).toString()), err.toString());
        assertEquals("SHACL validation: conforms (0 violations, 0 warnings)\n", out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void quadsAreValidatedAsTheUnionOfTheirGraphs() throws IOException {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(positive(), Lang.TURTLE).parse(g);
        DatasetGraph ds = DatasetGraphFactory.create();
        // Split the data across two named graphs: neither half conforms alone, the union does.
        var quads = g.find().toList();
        for (int i = 0; i < quads.size(); i++) {
            String graph = "https://w3id.org/policy-lod/graph/" + (i % 2 == 0 ? "even" : "odd");
            ds.add(NodeFactory.createURI(graph), quads.get(i).getSubject(), quads.get(i).getPredicate(), quads.get(i).getObject());
        }
        Path file = dir.resolve("publication.trig");
        try (var o = Files.newOutputStream(file)) {
            RDFDataMgr.write(o, ds, Lang.TRIG);
        }
        assertEquals(0, run("validate", file.toString()), out + err.toString());
    }

    @Test
    void gzippedNQuadsAreRead() throws IOException {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(positive(), Lang.TURTLE).parse(g);
        DatasetGraph ds = DatasetGraphFactory.create();
        g.find().forEach(t -> ds.add(NodeFactory.createURI("https://w3id.org/policy-lod/graph/st-12493-2022"),
                t.getSubject(), t.getPredicate(), t.getObject()));
        Path file = dir.resolve("publication.nq.gz");
        try (var o = new java.util.zip.GZIPOutputStream(Files.newOutputStream(file))) {
            RDFDataMgr.write(o, ds, Lang.NQUADS);
        }
        assertEquals(0, run("validate", file.toString()), out + err.toString());
        assertEquals("SHACL validation: conforms (0 violations, 0 warnings)\n", out.toString());
    }

    @Test
    void nonConformingDataExitsOneWithTheSummary() throws IOException {
        assertEquals(1, run("validate", brokenNTriples().toString()));
        assertEquals("SHACL validation: does not conform (1 violation, 0 warnings)\n"
                + "\n"
                + "Violation plos:MissionHost: 1 result\n"
                + "  focus <" + MISSION + ">\n"
                + "    A mission must have a host: plo:hostCountry (a country authority URI) or plo:region (a region concept).\n",
                out.toString());
    }

    @Test
    void reportIsWrittenAsTurtle() throws IOException {
        Path report = dir.resolve("out/report.ttl");
        assertEquals(1, run("validate", "--report", report.toString(), brokenNTriples().toString()));
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(report).lang(Lang.TURTLE).parse(g);
        ValidationReport parsed = ValidationReport.fromGraph(g);
        assertEquals(1, parsed.getEntries().size());
        assertEquals("https://w3id.org/policy-lod/shapes#MissionHost", parsed.getEntries().iterator().next().source().getURI());
        assertTrue(Files.readString(report).contains("sh:sourceShape                plos:MissionHost"), "report uses the shapes' prefixes");
    }

    @Test
    void dataUnderAnotherBaseValidatesWithThatBase() throws IOException {
        String moved = positive().replace("https://w3id.org/policy-lod/id/", "http://example.org/lod/id/")
                .replace("https://w3id.org/policy-lod/graph/", "http://example.org/lod/graph/");
        Path file = write("moved.ttl", moved);
        assertEquals(0, run("validate", "--base", "http://example.org/lod/", file.toString()), out.toString());
        assertEquals(1, run("validate", file.toString()));
    }

    @Test
    void malformedTurtleExitsTwoNamingFileAndLine() throws IOException {
        Path file = write("bad.ttl", "@prefix ex: <http://example.org/> .\n\nex:a ex:b ex:c ex:d .\nex:e ex:f ex:g .\n");
        assertEquals(2, run("validate", file.toString()));
        assertTrue(err.toString().startsWith("error: " + file + ":3: malformed Turtle: "), err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void missingEmptyAndUnknownFilesExitTwo() throws IOException {
        Path missing = dir.resolve("missing.ttl");
        assertEquals(2, run("validate", missing.toString()));
        assertEquals("error: " + missing + ": no such file\n", err.toString());

        err.getBuffer().setLength(0);
        Path empty = write("empty.nt", "");
        assertEquals(2, run("validate", empty.toString()));
        assertEquals("error: " + empty + ": empty file\n", err.toString());

        err.getBuffer().setLength(0);
        Path text = write("notes.txt", "hello");
        assertEquals(2, run("validate", text.toString()));
        assertTrue(err.toString().startsWith("error: " + text + ": not an RDF file name"), err.toString());
    }

    @Test
    void badBaseIsAUsageError() throws IOException {
        assertEquals(2, run("validate", "--base", "no-slash", write("p.ttl", positive()).toString()));
        assertTrue(err.toString().contains("--base: base must be an absolute IRI ending in '/'"), err.toString());
    }

    /** Other shapes replace the bundled ones: the publication passes its own gate, not a shape it never met. */
    @Test
    void otherShapesFilesReplaceTheBundledOnes() throws IOException {
        Path data = write("p.ttl", positive());
        Path shapes = write("named.ttl", """
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                <urn:x:NamedMission> a sh:NodeShape ; sh:targetNode <%s> ;
                    sh:property [ sh:path skos:hiddenLabel ; sh:minCount 1 ] .
                """.formatted(MISSION));
        Path empty = write("empty-shapes.ttl", "@prefix sh: <http://www.w3.org/ns/shacl#> .\n<urn:x:S> a sh:NodeShape .\n");
        assertEquals(0, run("validate", data.toString()), out.toString());
        assertEquals(1, run("validate", "--shapes", shapes.toString(), data.toString()), out.toString());
        assertTrue(out.toString().contains("1 violation"), out.toString());
        assertEquals(1, run("validate", "--shapes", empty + "," + shapes, data.toString()), out.toString());
        assertEquals(0, run("validate", "--shapes", empty.toString(), data.toString()), out.toString());
        Path bad = write("bad-shapes.ttl", "<urn:x:a> <urn:x:b> .\n");
        assertEquals(2, run("validate", "--shapes", bad.toString(), data.toString()));
        assertTrue(err.toString().startsWith("error: " + bad + ":1: "), err.toString());
    }
}
