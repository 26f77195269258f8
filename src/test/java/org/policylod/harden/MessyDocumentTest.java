package org.policylod.harden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylod.extract.Etl;
import org.policylod.rdf.DocumentGraph;
import org.policylod.source.SourceReader;

/**
 * Documents that publish with warnings: CRLF line ends, a footnote number used twice, a marker
 * with no footnote, text full of characters that matter to HTML, Turtle and SPARQL, a document
 * cut off in a footnote. Warnings name file and line; literals reach every dump exactly as written.
 */
class MessyDocumentTest {
    static final String PLO_TEXT = "https://w3id.org/policy-lod/ontology#text";
    /** Appended to a paragraph: every character a careless writer of HTML, Turtle or SPARQL trips on. */
    static final String SPECIAL = " Test <script>alert(\"x\")</script> a 'single' \"quoted\" \\ back\\slash"
            + " \"\"\"triple\"\"\" '''three''' \\u0000 \\n <tag> &amp; {brace} ${x} ?var #hash ^^xsd:string @en"
            + " <http://x/> _:b0 \u00e9\u2014\u20ac\uD83D\uDE00 .";
    static final String PARAGRAPH = "Implementing one of the measures adopted by the Council in 2018<sup>18</sup>,";

    @TempDir
    Path dir;

    /** The seed with a doubled footnote 2 (line 80), a marker 99 (line 72), {@link #SPECIAL}, CRLF line ends. */
    static String messy() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(Fuzz.SEED, StandardCharsets.UTF_8));
        assertTrue(lines.get(77).startsWith("<sup>2</sup> "), lines.get(77));
        lines.add(78, "");
        lines.add(79, "<sup>2</sup> A second footnote 2.");
        assertTrue(lines.get(71).endsWith("pilot projects.<sup>4</sup>"), lines.get(71));
        lines.set(71, lines.get(71) + " Extra<sup>99</sup> marker.");
        int p = lines.indexOf(lines.stream().filter(l -> l.startsWith(PARAGRAPH)).findFirst().orElseThrow());
        lines.set(p, lines.get(p) + SPECIAL);
        return String.join("\r\n", lines) + "\r\n";
    }

    @Test
    void publishesWithWarningsAndEveryDumpKeepsTheTextExactly() throws IOException {
        Path f = Files.writeString(dir.resolve("messy.txt"), messy(), StandardCharsets.UTF_8);
        Path out = dir.resolve("pub");
        Cli.Run r = Cli.run("publish", "--out", out.toString(), f.toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.err().contains("warning: messy.txt:80: footnote 2 appears twice; the first is kept\n"), r.err());
        assertTrue(r.err().contains("warning: messy.txt:72: footnote marker 99 has no footnote\n"), r.err());
        Path dumps = out.resolve("current/dumps");
        Set<String> nt = texts(dumps.resolve("policy-lod.nt"), RDFFormat.NTRIPLES);
        String special = nt.stream().filter(t -> t.endsWith(SPECIAL)).findFirst().orElseThrow(
                () -> new AssertionError("no plo:text ends with the special characters"));
        assertTrue(special.startsWith("Implementing one of the measures adopted by the Council in 2018, the EU"), special);
        assertFalse(nt.stream().anyMatch(t -> t.indexOf('\r') >= 0), "a CR reached a literal");
        Map<String, RDFFormat> others = Map.of("policy-lod.nq", RDFFormat.NQUADS, "policy-lod.ttl", RDFFormat.TURTLE,
                "policy-lod.trig", RDFFormat.TRIG, "policy-lod.rdf", RDFFormat.RDFXML,
                "policy-lod.jsonld", RDFFormat.JSONLD);
        for (Map.Entry<String, RDFFormat> d : others.entrySet()) {
            assertEquals(nt, texts(dumps.resolve(d.getKey()), d.getValue()), d.getKey());
        }
    }

    /** The ETL alone: a document cut off in the middle of footnote 10 keeps what it has and warns. */
    @Test
    void aDocumentCutInAFootnote() throws Exception {
        String seed = Files.readString(Fuzz.SEED, StandardCharsets.UTF_8);
        int at = seed.indexOf("<sup>10</sup> Directive 2011/36/EU of the");
        String cut = seed.substring(0, at) + "<sup>10</sup> Directive 2011/3";
        DocumentGraph g = Etl.create(Fuzz.BASE, Fuzz.TIME).transform(
                SourceReader.decode(Path.of("cut.txt"), "cut.txt", cut.getBytes(StandardCharsets.UTF_8)));
        String fn10 = g.model().listObjectsOfProperty(
                g.model().createResource(Fuzz.BASE + "id/document/eeas-2022-1466/footnote/10"),
                g.model().createProperty(PLO_TEXT)).next().asLiteral().getString();
        assertEquals("Directive 2011/3", fn10);
        assertTrue(g.warnings().contains("cut.txt:116: footnote marker 17 has no footnote"), g.warnings().toString());
    }

    private static Set<String> texts(Path file, RDFFormat format) throws IOException {
        Model m;
        try (InputStream in = Files.newInputStream(file)) {
            m = Rio.parse(in, "", format);
        } catch (Exception e) {
            throw new AssertionError(file + " does not parse as " + format, e);
        }
        Set<String> texts = new TreeSet<>();
        for (Statement s : m) {
            if (s.getPredicate().stringValue().equals(PLO_TEXT)) {
                texts.add(((Literal) s.getObject()).getLabel());
            }
        }
        return texts;
    }
}
