package org.policylod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylod.publish.Fixture;

/** {@code query} against a publication of the test fixture, through the command line. */
class QueryCommandTest {
    static final String LABELS = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
            + "SELECT ?label { ?s skos:prefLabel ?label } ORDER BY ?label\n";

    @TempDir
    static Path dir;
    static Path pub;

    @BeforeAll
    static void publish() throws IOException {
        pub = dir.resolve("publication");
        Fixture.publish(pub);
    }

    static Path file(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    static Run query(Path file, String... more) {
        List<String> args = new ArrayList<>(List.of("query", file.toString(), "--out", pub.toString()));
        args.addAll(List.of(more));
        return Run.of(args.toArray(String[]::new));
    }

    @Test
    void csvAndTsv() throws IOException {
        Path q = file("labels.rq", LABELS);
        Run csv = query(q, "--format", "csv");
        assertEquals(0, csv.code(), csv.toString());
        assertEquals("label\r\nEuropol\r\n", csv.out());
        Run tsv = query(q, "--format", "tsv");
        assertEquals("?label\n\"Europol\"@en\n", tsv.out(), tsv.toString());
    }

    @Test
    void jsonReadsBackAsTheSameResults() throws IOException {
        Run json = query(file("labels-json.rq", LABELS), "--format", "json");
        assertEquals(0, json.code(), json.toString());
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(json.out().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        assertEquals(List.of("label"), rs.getResultVars());
        assertEquals("Europol", rs.next().getLiteral("label").getString());
        assertTrue(!rs.hasNext());
    }

    @Test
    void textIsATable() throws IOException {
        Run text = query(file("labels-text.rq", LABELS));
        assertEquals(0, text.code(), text.toString());
        assertEquals("""
                ----------------
                | label        |
                ================
                | "Europol"@en |
                ----------------
                """, text.out());
    }

    @Test
    void askAndConstruct() throws IOException {
        Run ask = query(file("ask.rq", "ASK { ?s <https://w3id.org/policy-lod/ontology#order> 3 }"), "--format", "json");
        assertEquals(0, ask.code(), ask.toString());
        assertTrue(ask.out().replaceAll("\\s", "").contains("\"boolean\":true"), ask.out());
        Run construct = query(file("construct.rq", "CONSTRUCT WHERE { ?s a ?type }"));
        assertEquals(0, construct.code(), construct.toString());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(construct.out(), Lang.TURTLE).parse(m);
        assertEquals(6, m.size(), construct.out());
        Run csv = query(file("construct-csv.rq", "CONSTRUCT WHERE { ?s a ?type }"), "--format", "csv");
        assertEquals(2, csv.code());
        assertTrue(csv.err().contains("--format csv applies to SELECT and ASK queries"), csv.err());
    }

    @Test
    void aMalformedQueryNamesFileLineAndColumn() throws IOException {
        Path q = file("broken.rq", "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\nSELECT ?x WHERE {\n  ?x skos:prefLabel }\n");
        Run r = query(q);
        assertEquals(2, r.code(), r.toString());
        assertEquals("error: " + q + ":3: column 21: Encountered \" \"}\" \"} \"\"\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void missingEmptyAndBinaryQueryFiles() throws IOException {
        Path missing = dir.resolve("nothere.rq");
        Run r = query(missing);
        assertEquals(2, r.code());
        assertEquals("error: " + missing + ": no such file\n", r.err());
        Path empty = file("empty.rq", "  \n");
        r = query(empty);
        assertEquals(2, r.code());
        assertEquals("error: " + empty + ": empty query file\n", r.err());
        Path binary = dir.resolve("binary.rq");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, (byte) 0xc3});
        r = query(binary);
        assertEquals(2, r.code());
        assertEquals("error: " + binary + ": not UTF-8 text (a binary file?)\n", r.err());
    }

    @Test
    void aFolderWithoutPublicationSaysSo(@TempDir Path empty) throws IOException {
        Run r = Run.of("query", file("labels-none.rq", LABELS).toString(), "--out", empty.toString());
        assertEquals(2, r.code());
        assertEquals("error: " + empty + ": no publication here (run: policy-lod publish --out " + empty + ")\n", r.err());
    }

    /** A running server holds the database: the query reads the N-Quads dump and says so. */
    @Test
    void aDatabaseHeldByAnotherProcessFallsBackToTheDump() throws Exception {
        Path tdb = pub.resolve("current").toRealPath().resolve("tdb2");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldDatabase.class.getName(), tdb.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String ready = new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream())).readLine();
            assertEquals("held DatasetGraphSwitchable", ready);
            Run r = query(file("labels-held.rq", LABELS), "--format", "csv");
            assertEquals(0, r.code(), r.toString());
            assertEquals("label\r\nEuropol\r\n", r.out());
            assertEquals("note: another process (a running server?) holds the database; reading the N-Quads dump\n", r.err());
        } finally {
            holder.getOutputStream().close();
            assertEquals(0, holder.waitFor());
        }
    }

    @Test
    void anUnknownFormatIsAUsageError() throws IOException {
        Run r = query(file("labels-xml.rq", LABELS), "--format", "xml");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Invalid value for option '--format'"), r.err());
        assertTrue(r.err().contains("Usage: policy-lod query"), r.err());
    }
}
