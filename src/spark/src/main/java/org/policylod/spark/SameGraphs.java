package org.policylod.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.policylod.publish.Assembly;
import org.policylod.publish.Checksums;
import org.policylod.publish.ShardLoader;
import org.policylod.publish.Sources;

/**
 * Checks a Spark run against the single-machine pipeline, graph for graph: each document's named
 * graph in the shards must be line for line the graph that {@code publish} makes of the same file.
 * The single-machine side is either a {@code publish} release's N-Quads dump ({@code --dump}), or
 * (for corpora too big to publish in one JVM in reasonable time) the same per-document ETL and gate
 * run here in one JVM, outside Spark ({@code --corpus}).
 *
 * <p>Arguments: {@code JOB --dump FILE.nq[.gz]} or {@code JOB --corpus DIR}, then optionally
 * {@code --release DIR}: the publication folder the shards were bulk-loaded into, whose
 * {@code documents.tsv} says which documents the load held back for a conflict across documents
 * (as {@code publish} does): their graphs are left out on both sides. Prints one line,
 * {@code same-graphs=yes|no compared=N differ=N only-spark=N only-single=N}; exit 0 when yes.
 */
public final class SameGraphs {
    private SameGraphs() {
    }

    public static void main(String[] args) throws Exception {
        Stax.useJdkFactory();
        Path job = Path.of(args[0]);
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(job.resolve(ShardLoader.JOB))) {
            p.load(in);
        }
        String base = p.getProperty("base");
        Map<String, String> spark = new TreeMap<>();
        try (Stream<Path> shards = Files.list(job.resolve(ShardLoader.SHARDS))) {
            for (Path f : shards.filter(f -> f.toString().endsWith(".nq")).sorted().toList()) {
                try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    digests(r, spark);
                }
            }
        }
        Map<String, String> single = new TreeMap<>();
        if (args[1].equals("--dump")) {
            Path dump = Path.of(args[2]);
            InputStream in = Files.newInputStream(dump);
            try (BufferedReader r = new BufferedReader(new InputStreamReader(
                    dump.toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in, StandardCharsets.UTF_8))) {
                digests(r, single);
            }
            single.remove(base + Assembly.ONTOLOGY_GRAPH);
            single.remove(base + Assembly.REFERENCE_GRAPH);
        } else {
            PerDocument work = new GatedDocument(base, Instant.parse(p.getProperty("time")));
            Map<String, String> found = new ConcurrentHashMap<>();
            Sources.expand(List.of(Path.of(args[2]))).parallelStream().forEach(f -> {
                Result r;
                try {
                    r = work.apply(f.toString(), Files.readAllBytes(f));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (r.published()) {
                    found.put(r.graph(), digest(r.quads()));
                }
            });
            single.putAll(found);
        }
        if (args.length > 4 && args[3].equals("--release")) {
            Path documents = Path.of(args[4]).resolve("current").resolve(ShardLoader.DOCUMENTS);
            for (String row : Files.readAllLines(documents, StandardCharsets.UTF_8)) {
                String[] f = row.split("\t", -1);
                if (f.length > 4 && f[1].equals("held-back") && f[4].startsWith("CONFLICT")) {
                    spark.remove(f[2]);
                    single.remove(f[2]);
                }
            }
        }
        List<String> differ = new ArrayList<>();
        long onlySpark = spark.keySet().stream().filter(g -> !single.containsKey(g)).count();
        long onlySingle = single.keySet().stream().filter(g -> !spark.containsKey(g)).count();
        spark.forEach((g, d) -> {
            if (single.containsKey(g) && !single.get(g).equals(d)) {
                differ.add(g);
            }
        });
        boolean same = differ.isEmpty() && onlySpark == 0 && onlySingle == 0;
        System.out.printf("same-graphs=%s compared=%d differ=%d only-spark=%d only-single=%d%s%n", same ? "yes" : "no",
                spark.size(), differ.size(), onlySpark, onlySingle,
                differ.isEmpty() ? "" : " first-different=" + differ.get(0));
        System.exit(same ? 0 : 1);
    }

    /**
     * A digest of each graph's set of lines, whatever their order (a publish dump sorts all lines
     * together, so a graph's lines come interleaved with others'): the line count and the sums, mod
     * 2^64, of the four 64-bit words of each line's SHA-256.
     */
    private static void digests(BufferedReader r, Map<String, String> into) throws IOException {
        Map<String, long[]> open = new TreeMap<>();
        for (String line; (line = r.readLine()) != null; ) {
            int at = line.lastIndexOf(" <");
            String graph = line.substring(at + 2, line.length() - 3);
            add(open.computeIfAbsent(graph, g -> new long[5]), line);
        }
        open.forEach((g, sum) -> into.put(g, hex(sum)));
    }

    private static String digest(List<String> lines) {
        long[] sum = new long[5];
        lines.forEach(l -> add(sum, l));
        return hex(sum);
    }

    private static void add(long[] sum, String line) {
        ByteBuffer h = ByteBuffer.wrap(HexFormat.of().parseHex(
                Checksums.digest().update(line.getBytes(StandardCharsets.UTF_8)).hex()));
        for (int i = 0; i < 4; i++) {
            sum[i] += h.getLong();
        }
        sum[4]++;
    }

    private static String hex(long[] sum) {
        StringBuilder b = new StringBuilder();
        for (long v : sum) {
            b.append(HexFormat.of().toHexDigits(v));
        }
        return b.toString();
    }
}
