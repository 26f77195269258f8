package org.policylod.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.policylod.extract.Etl;
import org.policylod.publish.Assembly;
import org.policylod.publish.Publisher;
import org.policylod.publish.ShardLoader;
import org.policylod.publish.Sources;

/**
 * The corpus ETL on Spark: every document through the same ETL and gate as {@code publish}, one
 * task per shard. The driver lists the corpus with NIO (Hadoop's listing costs ~17 ms a file); the
 * executors read the files themselves, so the corpus and OUT must be on a file system every node
 * mounts. Writes OUT/shards/*.nq, OUT/results/*.tsv, OUT/reference/*.nq, OUT/ontology.nq and
 * OUT/job.properties (written last: its presence means the run finished), which
 * {@code policy-lod load --shards OUT --out DIR} turns into a release.
 *
 * <p>Arguments: {@code CORPUS OUT [--shards N] [--base URI]}. The time recorded in provenance is
 * {@code SOURCE_DATE_EPOCH} when set (as for publish), else now.
 */
public final class EtlJob {
    private EtlJob() {
    }

    public static void main(String[] args) throws Exception {
        Stax.useJdkFactory();
        if (args.length < 2) {
            System.err.println("usage: EtlJob CORPUS OUT [--shards N] [--base URI]");
            System.exit(2);
        }
        Path corpus = Path.of(args[0]);
        Path out = Path.of(args[1]).toAbsolutePath();
        int shards = 0;
        String base = "https://w3id.org/policy-lod/";
        for (int i = 2; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--shards" -> shards = Integer.parseInt(args[i + 1]);
                case "--base" -> base = args[i + 1].endsWith("/") ? args[i + 1] : args[i + 1] + "/";
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (Files.isDirectory(out)) {
            try (var inside = Files.list(out)) {
                if (inside.findAny().isPresent()) {
                    System.err.println(out + ": not empty (old shards would mix with new ones); remove it first");
                    System.exit(2);
                }
            }
        }
        Instant time = Publisher.time(System.getenv());
        List<String> files = Sources.expand(List.of(corpus)).stream().map(p -> p.toAbsolutePath().toString()).toList();
        try (SparkSession spark = SparkSession.builder().appName("policy-lod ETL").getOrCreate()) {
            Map<String, Object> summary = run(spark, files, out, shards, base, time);
            System.out.println("policy-lod spark ETL: " + summary);
        }
    }

    /** Runs the job; returns what job.properties says. */
    static Map<String, Object> run(SparkSession spark, List<String> files, Path out, int shards, String base,
                                   Instant time) throws IOException {
        long t0 = System.nanoTime();
        long cpu0 = processCpu();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int n = shards > 0 ? shards : Math.max(1, Math.min(files.size(), 4 * jsc.defaultParallelism()));
        Files.createDirectories(out);
        PerDocument work = new GatedDocument(base, time);
        String where = out.toString();
        String reference = base + Assembly.REFERENCE_GRAPH;
        List<Shard.Counts> counts = jsc.parallelize(files, n)
                .mapPartitionsWithIndex((i, it) -> one(Shard.write(i, it, work, Path.of(where), reference)), true)
                .collect();
        long docs = counts.stream().mapToLong(Shard.Counts::documents).sum();
        long published = counts.stream().mapToLong(Shard.Counts::published).sum();
        long quads = counts.stream().mapToLong(Shard.Counts::quads).sum();
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpu = (processCpu() - cpu0) / 1e9;
        ontology(base, time, out);
        Map<String, Object> p = new java.util.LinkedHashMap<>();
        p.put("base", base);
        p.put("time", time.toString());
        p.put("documents", docs);
        p.put("published", published);
        p.put("held-back", docs - published);
        p.put("quads", quads);
        p.put("shards", n);
        p.put("seconds", String.format(java.util.Locale.ROOT, "%.1f", seconds));
        p.put("documents-per-second", String.format(java.util.Locale.ROOT, "%.1f", docs / seconds));
        p.put("master", spark.sparkContext().master());
        // In local mode the executors are threads of this JVM: its CPU time is the job's, whatever
        // else the machine runs (on a cluster the executors' CPU is in Spark's own metrics).
        p.put("driver-jvm-cpu-seconds", String.format(java.util.Locale.ROOT, "%.1f", cpu));
        p.put("documents-per-cpu-second", String.format(java.util.Locale.ROOT, "%.2f", docs / cpu));
        StringBuilder b = new StringBuilder("# policy-lod Spark ETL run\n");
        p.forEach((k, v) -> b.append(k).append('=').append(v).append('\n'));
        Files.writeString(out.resolve(ShardLoader.JOB), b, StandardCharsets.UTF_8);
        return p;
    }

    /** The ontology graph, written once by the driver (it is the same for every document). */
    private static void ontology(String base, Instant time, Path out) throws IOException {
        Etl etl = Etl.create(base, time);
        List<String> lines = new ArrayList<>(GatedDocument.lines(base + Assembly.ONTOLOGY_GRAPH, etl.ontology().getGraph()));
        Files.write(out.resolve(ShardLoader.ONTOLOGY), lines, StandardCharsets.UTF_8);
    }

    private static long processCpu() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    private static <T> Iterator<T> one(T t) {
        return List.of(t).iterator();
    }
}
