package org.policylod.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Models;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DumpWriterTest {
    @TempDir
    static Path dir;
    static Canonical data;
    static List<Distribution> written;

    @BeforeAll
    static void write() throws IOException {
        data = Canonical.of(Fixture.dataset(), Fixture.assembly().prefixes());
        written = DumpWriter.write(data, dir);
    }

    @Test
    void writesEveryFormatPlainAndGzipped() {
        List<String> names = new ArrayList<>();
        written.forEach(d -> names.add(d.file().getFileName().toString() + (d.gzipped() ? " gz " : " ") + d.mediaType()));
        assertEquals(List.of(
                "policy-lod.nt application/n-triples", "policy-lod.nt.gz gz application/n-triples",
                "policy-lod.nq application/n-quads", "policy-lod.nq.gz gz application/n-quads",
                "policy-lod.ttl text/turtle", "policy-lod.ttl.gz gz text/turtle",
                "policy-lod.trig application/trig", "policy-lod.trig.gz gz application/trig",
                "policy-lod.jsonld application/ld+json", "policy-lod.jsonld.gz gz application/ld+json",
                "policy-lod.rdf application/rdf+xml", "policy-lod.rdf.gz gz application/rdf+xml"), names);
    }

    /** Every dump, plain and gzipped, read back by RDF4J: same count, isomorphic to the Jena data. */
    @ParameterizedTest
    @EnumSource(Dump.class)
    void readsBackIsomorphicWithRdf4j(Dump dump) throws IOException {
        Model expected = dump.quads() ? Rdf4j.of(data.dataset()) : Rdf4j.of(data.union());
        assertEquals(dump.quads() ? Fixture.QUADS : Fixture.TRIPLES, expected.size());
        for (String name : List.of(dump.fileName(), dump.fileName() + ".gz")) {
            Model read = Rdf4j.read(dir.resolve(name));
            assertEquals(expected.size(), read.size(), name);
            assertTrue(Models.isomorphic(expected, read), name + " is not isomorphic to the dataset");
        }
    }

    @Test
    void lineDumpsAreSortedOneStatementPerLine() throws IOException {
        List<String> nt = Files.readAllLines(dir.resolve("policy-lod.nt"), StandardCharsets.UTF_8);
        List<String> nq = Files.readAllLines(dir.resolve("policy-lod.nq"), StandardCharsets.UTF_8);
        assertEquals(Fixture.TRIPLES, nt.size());
        assertEquals(Fixture.QUADS, nq.size());
        // The order of LC_ALL=C sort: UTF-8 bytes, unsigned.
        Comparator<String> bytes = (x, y) -> Arrays.compareUnsigned(x.getBytes(StandardCharsets.UTF_8), y.getBytes(StandardCharsets.UTF_8));
        assertEquals(nt.stream().sorted(bytes).toList(), nt);
        assertEquals(nq.stream().sorted(bytes).toList(), nq);
        int smiley = nt.indexOf("<https://w3id.org/policy-lod/id/document/st-12493-2022> "
                + "<https://w3id.org/policy-lod/ontology#distributionCode> \"COSI 224 \uD83D\uDE00\" .");
        int fullwidth = nt.indexOf("<https://w3id.org/policy-lod/id/document/st-12493-2022> "
                + "<https://w3id.org/policy-lod/ontology#distributionCode> \"COSI 224 \uFF01\" .");
        assertTrue(fullwidth >= 0 && smiley == fullwidth + 1, fullwidth + " " + smiley);
        assertTrue(nt.get(0).startsWith("<http://publications.europa.eu/resource/authority/corporate-body/EUROPOL> "
                + "<http://publications.europa.eu/ontology/authority/op-mapped-code> _:b"), nt.get(0));
        assertTrue(nt.contains("<https://w3id.org/policy-lod/id/document/st-12493-2022/paragraph/3> "
                + "<https://w3id.org/policy-lod/ontology#text> \"He said \\\"non-refoulement\\\" \\\\ "
                + "<script>alert(1)</script>\\nline two: Fünf — 5 € ✓\" ."), "escaped text line");
    }

    @Test
    void gzipIsTheSameBytesWithNoTimeOrName() throws IOException {
        for (Dump d : Dump.values()) {
            byte[] plain = Files.readAllBytes(dir.resolve(d.fileName()));
            byte[] gz = Files.readAllBytes(dir.resolve(d.fileName() + ".gz"));
            assertEquals(0, gz[3] & 0x08, "FNAME flag set in " + d);
            assertArrayEquals(new byte[4], new byte[] {gz[4], gz[5], gz[6], gz[7]}, "mtime set in " + d);
            try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve(d.fileName() + ".gz")))) {
                assertArrayEquals(plain, in.readAllBytes(), d.toString());
            }
        }
    }

    @Test
    void jsonLdCarriesItsContextInline() throws IOException {
        String json = Files.readString(dir.resolve("policy-lod.jsonld"));
        assertTrue(json.contains("\"@context\" : {") || json.contains("\"@context\":{") || json.contains("\"@context\": {"),
                json.substring(0, Math.min(200, json.length())));
        assertTrue(json.contains("\"plo\"") && json.contains("https://w3id.org/policy-lod/ontology#"));
    }

    @Test
    void sameDataInAnotherOrderGivesTheSameBytes(@TempDir Path other) throws IOException {
        var shuffled = DatasetGraphFactory.create();
        List<Quad> quads = new ArrayList<>();
        Fixture.dataset().find().forEachRemaining(quads::add);
        Collections.reverse(quads);
        // Fresh blank nodes too: labels must come from the data, not from the parser.
        var fresh = new HashMap<Node, Node>();
        for (var q : quads) {
            shuffled.add(q.getGraph(), fresh(q.getSubject(), fresh), q.getPredicate(), fresh(q.getObject(), fresh));
        }
        DumpWriter.write(Canonical.of(shuffled, Fixture.assembly().prefixes()), other);
        for (Dump d : Dump.values()) {
            assertArrayEquals(Files.readAllBytes(dir.resolve(d.fileName())), Files.readAllBytes(other.resolve(d.fileName())),
                    d.fileName());
            assertArrayEquals(Files.readAllBytes(dir.resolve(d.fileName() + ".gz")),
                    Files.readAllBytes(other.resolve(d.fileName() + ".gz")), d.fileName() + ".gz");
        }
    }

    /** Above the pretty limit (here 0): every dump still reads back whole, and the same data in another order gives the same bytes. */
    @Test
    void largeReleasesAreStreamedAndStillExactAndStable(@TempDir Path streamed, @TempDir Path again) throws IOException {
        List<Distribution> files = DumpWriter.write(data, streamed, 0);
        assertEquals(written.size(), files.size());
        for (Dump dump : Dump.values()) {
            Model expected = dump.quads() ? Rdf4j.of(data.dataset()) : Rdf4j.of(data.union());
            Model read = Rdf4j.read(streamed.resolve(dump.fileName()));
            assertEquals(expected.size(), read.size(), dump.fileName());
            assertTrue(Models.isomorphic(expected, read), dump.fileName() + " is not isomorphic to the dataset");
        }
        String json = Files.readString(streamed.resolve("policy-lod.jsonld"));
        assertTrue(json.startsWith("[") && !json.contains("@context"), "expanded JSON-LD: " + json.substring(0, 80));
        assertTrue(!Files.readString(streamed.resolve("policy-lod.ttl")).equals(Files.readString(dir.resolve("policy-lod.ttl"))),
                "Turtle above the limit is the blocks form, not the pretty one");
        List<Quad> quads = new ArrayList<>();
        Fixture.dataset().find().forEachRemaining(quads::add);
        Collections.reverse(quads);
        var shuffled = DatasetGraphFactory.create();
        var fresh = new HashMap<Node, Node>();
        for (var q : quads) {
            shuffled.add(q.getGraph(), fresh(q.getSubject(), fresh), q.getPredicate(), fresh(q.getObject(), fresh));
        }
        DumpWriter.write(Canonical.of(shuffled, Fixture.assembly().prefixes()), again, 0);
        for (Dump d : Dump.values()) {
            assertArrayEquals(Files.readAllBytes(streamed.resolve(d.fileName())), Files.readAllBytes(again.resolve(d.fileName())),
                    d.fileName());
        }
    }

    private static Node fresh(Node n, Map<Node, Node> map) {
        return n.isBlank() ? map.computeIfAbsent(n, k -> NodeFactory.createBlankNode()) : n;
    }
}
