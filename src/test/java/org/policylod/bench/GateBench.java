package org.policylod.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.policylod.extract.Etl;
import org.policylod.publish.DocumentGate;
import org.policylod.rdf.DocumentGraph;
import org.policylod.source.SourceDocument;
import org.policylod.source.SourceReader;
import org.policylod.validate.Gate;
import org.policylod.validate.ReportKey;
import org.policylod.validate.Verdict;

/**
 * The per-document gate benchmark (not a unit test): for the same documents, the gate as it was
 * (the gate data as main built it: ontology, document and reference copied triple by triple, the
 * reference made by this tree's faster References in both; Jena's plain validator) and as it is,
 * interleaved document by
 * document so that both see the same machine load. It reports CPU ms per document for the ETL, the
 * gate data, the validation and the whole gate, the ratio before/after, and then documents/s of the
 * whole {@link DocumentGate#check} (ETL and gate) on a thread pool, before and after. Every report
 * is compared as well: a difference is counted and printed.
 *
 * <p>Run: {@code mvn -o -Pbench test -Dbench.main=org.policylod.bench.GateBench} (settings:
 * -Dbench.docs=200 generated documents, -Dbench.warmup=40, -Dbench.threads=2).
 */
public final class GateBench {
    static final String BASE = "https://w3id.org/policy-lod/";
    private static final Instant TIME = Instant.parse("2026-01-01T00:00:00Z");
    private static final int DOCS = Integer.getInteger("bench.docs", 200);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 40);
    private static final int THREADS = Integer.getInteger("bench.threads", 2);
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /** The two gates under comparison: their data and their validation. */
    private record Path2(String name, Gate gate, Function<DocumentGraph, Graph> data) {
    }

    /** CPU nanoseconds summed per phase. */
    private static final class Sums {
        long etl;
        long data;
        long validation;
        int docs;

        void print(String name, Sums ref) {
            System.out.printf("  %-7s ETL %6.2f  gate data %6.2f  validation %6.2f  whole gate %6.2f ms/doc%s%n",
                    name, ms(etl), ms(data), ms(validation), ms(data + validation),
                    ref == null ? "" : String.format("   (before/after: data %.1fx, validation %.1fx, whole gate %.1fx)",
                            (double) ref.data / data, (double) ref.validation / validation,
                            (double) (ref.data + ref.validation) / (data + validation)));
        }

        private double ms(long nanos) {
            return nanos / 1e6 / docs;
        }
    }

    private GateBench() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("load at start: " + uptime());
        Etl etl = Etl.create(BASE, TIME);
        DocumentGate current = new DocumentGate(etl, Gate.create(BASE));
        Path2 before = new Path2("before", Gate.plain(BASE), g -> MainGateData.of(etl, g.model()));
        Path2 after = new Path2("after", Gate.create(BASE), g -> current.gateData(g.model()));
        List<SourceDocument> docs = documents();
        System.out.printf("%d documents (the seed and %d generated), CPU time of this thread, one thread%n",
                docs.size(), docs.size() - 1);

        for (int i = 0; i < WARMUP; i++) {
            SourceDocument d = docs.get(i % docs.size());
            once(etl, before, d, new Sums());
            once(etl, after, d, new Sums());
        }
        Sums b = new Sums();
        Sums a = new Sums();
        int differ = 0;
        for (int i = 0; i < docs.size(); i++) {
            SourceDocument d = docs.get(i);
            // Alternate which path goes first, so neither always runs on a warm cache.
            Verdict vb;
            Verdict va;
            if (i % 2 == 0) {
                vb = once(etl, before, d, b);
                va = once(etl, after, d, a);
            } else {
                va = once(etl, after, d, a);
                vb = once(etl, before, d, b);
            }
            if (!ReportKey.of(vb).equals(ReportKey.of(va))) {
                differ++;
                System.out.println("  DIFFERENT REPORT: " + d.name());
            }
        }
        b.print("before", null);
        a.print("after", b);
        System.out.printf("  reports compared: %d documents, %d different%n", docs.size(), differ);
        System.out.println("load: " + uptime());

        System.out.printf("ETL and gate on %d threads, documents/s by wall clock (and per CPU-second of the process):%n", THREADS);
        for (int round = 0; round < 2; round++) {
            throughput(etl, before, docs);
            throughput(etl, after, docs);
        }
        System.out.println("load at end: " + uptime());
    }

    private static void throughput(Etl etl, Path2 path, List<SourceDocument> docs) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long cpu0 = processCpu();
        long t0 = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (SourceDocument d : docs) {
            running.add(pool.submit(() -> once(etl, path, d, new Sums())));
        }
        for (Future<?> f : running) {
            f.get();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpu = (processCpu() - cpu0) / 1e9;
        pool.shutdown();
        System.out.printf("  %-7s %6.1f documents/s (%5.1f per CPU-second)%n", path.name(), docs.size() / seconds,
                docs.size() / cpu);
    }

    private static long processCpu() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static Verdict once(Etl etl, Path2 path, SourceDocument d, Sums sums) throws Exception {
        long c0 = CPU.getCurrentThreadCpuTime();
        DocumentGraph g = etl.transform(d);
        long c1 = CPU.getCurrentThreadCpuTime();
        Graph data = path.data().apply(g);
        long c2 = CPU.getCurrentThreadCpuTime();
        Verdict v = path.gate().check(data);
        long c3 = CPU.getCurrentThreadCpuTime();
        sums.etl += c1 - c0;
        sums.data += c2 - c1;
        sums.validation += c3 - c2;
        sums.docs++;
        return v;
    }

    private static List<SourceDocument> documents() throws Exception {
        List<SourceDocument> docs = new ArrayList<>();
        docs.add(SourceReader.read(Corpus.SEED));
        Corpus generator = Corpus.bundled(1);
        for (int i = 0; i < DOCS; i++) {
            byte[] bytes = generator.document(i).getBytes(StandardCharsets.UTF_8);
            docs.add(SourceReader.decode(Path.of(Corpus.name(i)), Corpus.name(i), bytes));
        }
        return docs;
    }

    private static String uptime() {
        try {
            Process p = new ProcessBuilder("uptime").redirectErrorStream(true).start();
            return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (Exception e) {
            return "load average " + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        }
    }
}
