package org.policylod.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylod.publish.ShardLoader;

/**
 * The job on a real local Spark (local[2], Hadoop's client runtime on the class path, as on a
 * cluster): the seed document and a renumbered copy are published, one file with no document
 * identifier is held back with the ETL's reason, and the shards hold exactly what the per-document
 * function gives outside Spark.
 */
class EtlJobTest {
    private static final Path SEED = Path.of("../../corpus/000_420cf6d4ecb3b66e.txt");
    private static final String BASE = "https://w3id.org/policy-lod/";
    private static final Instant TIME = Instant.parse("2026-01-01T00:00:00Z");
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("EtlJobTest")
                .config("spark.ui.enabled", "false").getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void publishesEachDocumentAndHoldsBackTheBadOne(@TempDir Path tmp) throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        String seed = Files.readString(SEED, StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("a.txt"), seed, StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("b.txt"), seed.replace("12493/22", "12999/22")
                .replace("EEAS(2022) 1466", "EEAS(2022) 1999"), StandardCharsets.UTF_8);
        // Empty: held back as bad input (a text without a document number is published since f81e014).
        Files.writeString(corpus.resolve("c.txt"), "", StandardCharsets.UTF_8);
        List<String> files = new ArrayList<>();
        for (String f : List.of("a.txt", "b.txt", "c.txt")) {
            files.add(corpus.resolve(f).toString());
        }
        Path out = tmp.resolve("job");

        Map<String, Object> summary = EtlJob.run(spark, files, out, 2, BASE, TIME);

        assertEquals(3L, summary.get("documents"));
        assertEquals(2L, summary.get("published"));
        List<String> rows = lines(out.resolve(ShardLoader.RESULTS), ".tsv");
        assertEquals(3, rows.size());
        String bad = rows.stream().filter(r -> r.startsWith(corpus.resolve("c.txt") + "\t")).findFirst().orElseThrow();
        assertTrue(bad.contains("\theld-back\t") && bad.contains("empty document"), bad);

        PerDocument alone = new GatedDocument(BASE, TIME);
        List<String> expected = new ArrayList<>();
        for (String f : List.of("a.txt", "b.txt")) {
            Result r = alone.apply(corpus.resolve(f).toString(), Files.readAllBytes(corpus.resolve(f)));
            assertTrue(r.published(), r.reason());
            expected.addAll(r.quads());
        }
        List<String> shards = lines(out.resolve(ShardLoader.SHARDS), ".nq");
        assertEquals(expected.stream().sorted().toList(), shards.stream().sorted().toList());
        assertFalse(lines(out.resolve(ShardLoader.REFERENCE), ".nq").isEmpty());
        assertTrue(Files.size(out.resolve(ShardLoader.ONTOLOGY)) > 0);
        assertTrue(Files.readString(out.resolve(ShardLoader.JOB)).contains("base=" + BASE));
    }

    private static List<String> lines(Path dir, String suffix) throws IOException {
        List<String> all = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.filter(p -> p.toString().endsWith(suffix)).sorted().toList()) {
                all.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
            }
        }
        return all;
    }
}
