package org.policylod.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.policylod.extract.Etl;
import org.policylod.source.SourceDocument;
import org.policylod.source.SourceReader;

/**
 * The ETL benchmark (not a unit test): the seed document warm, then a synthetic corpus streamed
 * through the ETL on a fixed number of threads, with the heap after garbage collection sampled as
 * it goes. Run: {@code mvn -o -Pbench verify} (settings: -Dbench.docs, -Dbench.threads).
 */
public final class Bench {
    private static final Path SEED = Corpus.SEED;
    private static final int WARMUP = Integer.getInteger("bench.warmup", 100);
    private static final int RUNS = Integer.getInteger("bench.runs", 200);
    private static final int DOCS = Integer.getInteger("bench.docs", 1000);
    private static final int THREADS = Integer.getInteger("bench.threads", 2);

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        Etl etl = Etl.create("https://w3id.org/policy-lod/", Instant.parse("2026-01-01T00:00:00Z"));
        System.out.printf("Etl.create (reference data, authority tables): %.0f ms%n", (System.nanoTime() - t0) / 1e6);

        byte[] seedBytes = Files.readAllBytes(SEED);
        SourceDocument seed = SourceReader.read(SEED);
        for (int i = 0; i < WARMUP; i++) {
            etl.transform(SourceReader.decode(SEED, "seed.txt", seedBytes));
        }
        double[] ms = new double[RUNS];
        double[] cpu = new double[RUNS];
        var threads = ManagementFactory.getThreadMXBean();
        long triples = 0;
        for (int i = 0; i < RUNS; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            triples = etl.transform(SourceReader.decode(SEED, "seed.txt", seedBytes)).model().size();
            ms[i] = (System.nanoTime() - s) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        System.out.printf("seed, decode + parse + extract, warm, %d runs: wall median %.1f ms (p90 %.1f), "
                        + "CPU median %.1f ms (p90 %.1f); %d triples; load average %.1f on %d cores%n",
                RUNS, ms[RUNS / 2], ms[RUNS * 9 / 10], cpu[RUNS / 2], cpu[RUNS * 9 / 10], triples,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());

        corpus(etl, Corpus.bundled(1));
    }

    /** A synthetic corpus from {@link Corpus}, one new document per index. */
    private static void corpus(Etl etl, Corpus generator) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        AtomicLong triples = new AtomicLong();
        List<Long> heap = new ArrayList<>();
        long start = System.nanoTime();
        long cpuStart = ManagementFactory.getThreadMXBean().isCurrentThreadCpuTimeSupported() ? processCpu() : 0;
        int batch = 100;
        for (int from = 0; from < DOCS; from += batch) {
            List<Future<?>> running = new ArrayList<>();
            for (int i = from; i < Math.min(DOCS, from + batch); i++) {
                int n = i;
                running.add(pool.submit(() -> {
                    byte[] bytes = generator.document(n).getBytes(StandardCharsets.UTF_8);
                    SourceDocument doc = SourceReader.decode(Path.of(Corpus.name(n)), Corpus.name(n), bytes);
                    triples.addAndGet(etl.transform(doc).model().size());
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
            System.gc();
            heap.add(memory.getHeapMemoryUsage().getUsed() / (1024 * 1024));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        double cpuSeconds = (processCpu() - cpuStart) / 1e9;
        System.out.printf("synthetic corpus: %d documents on %d threads in %.1f s wall = %.0f documents/s; "
                        + "%.1f s CPU (all threads, with GC) = %.0f documents per CPU-second; %d triples; load average %.1f%n",
                DOCS, THREADS, seconds, DOCS / seconds, cpuSeconds, DOCS / cpuSeconds, triples.get(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println("heap after GC every 100 documents (MiB): " + heap);
    }

    private static long processCpu() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }
}
