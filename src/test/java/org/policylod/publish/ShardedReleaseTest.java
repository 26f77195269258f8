package org.policylod.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylod.publish.DocumentOutcome.Published;

/**
 * The sharded path against {@code publish} on one corpus with a conflict across documents (a later
 * document writes the identifier of a cited communication without "final", giving the work a second
 * eli:id_local) and a duplicate: the bulk load holds back the same documents and its release holds
 * the same graphs, graph for graph; every dump it writes reads back in RDF4J Rio as the database.
 * The shards are made as the Spark job makes them (src/spark Shard: canonical lines of each published
 * document, in order, a results row each, the reference data per partition).
 */
class ShardedReleaseTest {
    @TempDir
    static Path dir;
    private static Path corpus;
    private static Path job;
    private static Publisher.Outcome published;

    @BeforeAll
    static void corpusAndShards() throws Exception {
        corpus = Files.createDirectories(dir.resolve("corpus"));
        String seed = Files.readString(SeedVariants.SEED, StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("a.txt"), seed);
        Files.writeString(corpus.resolve("b.txt"), seed.replace("12493/22", "12494/22")
                .replace("EEAS(2022) 1466", "EEAS(2022) 1467").replace("COM(2012) 286 final", "COM(2012) 286")
                .replace("Directive 2011/36/EU", "Framework Decision 2002/629/JHA"));
        Files.writeString(corpus.resolve("c.txt"), seed);
        Files.writeString(corpus.resolve("d.txt"), seed.replace("12493/22", "12495/22")
                .replace("EEAS(2022) 1466", "EEAS(2022) 1468").replace("Directive 2011/36/EU", "Decision 2002/629/JHA"));
        published = Pipeline.run(dir.resolve("publish"), Fixture.BASE, List.of(corpus), Fixture.TIME, w -> { });
        job = shards(List.of(List.of("a.txt", "b.txt"), List.of("c.txt", "d.txt")));
    }

    /** What the Spark job writes, one partition per list of files. */
    static Path shards(List<List<String>> partitions) throws IOException {
        Path out = dir.resolve("job");
        DocumentGate gate = DocumentGate.create(Fixture.BASE, Fixture.TIME);
        Files.createDirectories(out.resolve(ShardLoader.SHARDS));
        Files.createDirectories(out.resolve(ShardLoader.RESULTS));
        Files.createDirectories(out.resolve(ShardLoader.REFERENCE));
        String reference = Fixture.BASE + Assembly.REFERENCE_GRAPH;
        for (int k = 0; k < partitions.size(); k++) {
            String name = String.format("part-%05d", k);
            List<String> quads = new ArrayList<>();
            List<String> rows = new ArrayList<>();
            List<Model> models = new ArrayList<>();
            for (String f : partitions.get(k)) {
                Path file = corpus.resolve(f);
                Published p = assertInstanceOf(Published.class, gate.check(file));
                List<String> lines = lines(p.graph().graphIri(), p.graph().model());
                quads.addAll(lines);
                models.add(p.graph().model());
                rows.add(file + "\tpublished\t" + p.graph().graphIri() + "\t" + lines.size() + "\t");
            }
            Files.write(out.resolve(ShardLoader.SHARDS).resolve(name + ".nq"), quads, StandardCharsets.UTF_8);
            Files.write(out.resolve(ShardLoader.RESULTS).resolve(name + ".tsv"), rows, StandardCharsets.UTF_8);
            Files.write(out.resolve(ShardLoader.REFERENCE).resolve(name + ".nq"),
                    lines(reference, gate.etl().reference(models)), StandardCharsets.UTF_8);
        }
        Files.write(out.resolve(ShardLoader.ONTOLOGY),
                lines(Fixture.BASE + Assembly.ONTOLOGY_GRAPH, gate.etl().ontology()), StandardCharsets.UTF_8);
        Files.writeString(out.resolve(ShardLoader.JOB), "base=" + Fixture.BASE + "\ntime=" + Fixture.TIME + "\n");
        return out;
    }

    private static List<String> lines(String graph, Model m) {
        DatasetGraph ds = DatasetGraphFactory.create();
        Node g = NodeFactory.createURI(graph);
        m.getGraph().find().forEach(t -> ds.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
        return Canonical.of(ds, m).quadLines();
    }

    @Test
    void holdsBackWhatPublishHoldsBackAndReleasesTheSameGraphs() throws Exception {
        assertEquals(Publisher.Status.PUBLISHED, published.status());
        Map<String, String> publishHeld = new TreeMap<>();
        published.heldBack().forEach(h -> publishHeld.put(h.file().getFileName().toString(), h.reason().name()));
        // b.txt writes COM(2012) 286 without "final": the same work, one id_local (issue 16 item 2), no conflict.
        // d.txt calls b.txt's Framework Decision 2002/629/JHA a Decision: one number, two kinds, so two id_local.
        assertEquals(Map.of("c.txt", "DUPLICATE", "d.txt", "CONFLICT"), publishHeld,
                "publish: d.txt gives decision-2002-629 a second id_local; c.txt repeats a.txt");
        assertTrue(published.heldBack().stream().anyMatch(h -> h.message().contains("on <" + Fixture.BASE
                + "id/document/decision-2002-629>: <http://data.europa.eu/eli/ontology#id_local> takes 2 values")),
                () -> published.heldBack().toString());

        ShardLoader.Outcome o = ShardLoader.load(Publication.at(dir.resolve("bulk")), job, BulkLoader.PARALLEL);
        assertEquals(4, o.documents());
        assertEquals(2, o.published());
        Map<String, String> bulkHeld = new TreeMap<>();
        for (String row : Files.readAllLines(o.where().resolve(ShardLoader.DOCUMENTS)).subList(1, 5)) {
            String[] f = row.split("\t");
            if (f[1].equals("held-back")) {
                bulkHeld.put(Path.of(f[0]).getFileName().toString(), f[4].substring(0, f[4].indexOf(':')));
            }
        }
        assertEquals(publishHeld, bulkHeld);

        DatasetGraph single = RDFDataMgr.loadDatasetGraph(dir.resolve("publish/current/dumps/policy-lod.nq").toString());
        DatasetGraph bulk = RDFDataMgr.loadDatasetGraph(o.where().resolve("dumps/policy-lod.nq.gz").toString());
        assertEquals(graphs(single), graphs(bulk));
        for (String g : graphs(single)) {
            Node n = NodeFactory.createURI(g);
            assertTrue(IsoMatcher.isomorphic(single.getGraph(n), bulk.getGraph(n)), "graph " + g + " differs");
        }

        for (Dump d : Dump.values()) {
            Path file = o.where().resolve("dumps").resolve(d.fileName() + Gzip.SUFFIX);
            org.eclipse.rdf4j.model.Model read = Rdf4j.read(file);
            org.eclipse.rdf4j.model.Model expected = d.quads() ? Rdf4j.of(bulk) : Rdf4j.of(bulk.getUnionGraph());
            assertTrue(org.eclipse.rdf4j.model.util.Models.isomorphic(expected, read), d + " reads back differently");
        }
        String sums = Files.readString(o.where().resolve("dumps/SHA256SUMS"));
        for (Dump d : Dump.values()) {
            assertTrue(sums.contains(d.fileName() + Gzip.SUFFIX), d + " not in SHA256SUMS");
        }
        assertTrue(sums.contains("void.ttl"));
    }

    private static TreeSet<String> graphs(DatasetGraph ds) {
        TreeSet<String> out = new TreeSet<>();
        ds.listGraphNodes().forEachRemaining(g -> out.add(g.getURI()));
        return out;
    }
}
