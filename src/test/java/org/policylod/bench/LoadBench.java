package org.policylod.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.policylod.publish.BulkLoader;
import org.policylod.publish.Publication;
import org.policylod.publish.ShardLoader;

/**
 * The bulk load benchmark (not a unit test): the output of a sharded ETL ({@code -Dbench.job=DIR},
 * e.g. {@code target/scale/job} after {@code src/scale/demo.sh N}) checked across documents, then
 * loaded into a fresh release by each TDB2 loader in turn, reporting quads/s of the load alone, the
 * whole (with every dump, VoID, checksums) and the peak heap of each step (the JVM's heap pools'
 * peak usage, reset before it). Run: {@code mvn -o -q -Pbench verify -Dbench.main=org.policylod.bench.LoadBench
 * -Dbench.job=DIR [-Dbench.loaders=parallel,phased,light,xloader] [-Dbench.out=DIR]}.
 */
public final class LoadBench {
    private LoadBench() {
    }

    public static void main(String[] args) throws Exception {
        String jobName = System.getProperty("bench.job");
        if (jobName == null) {
            System.err.println("LoadBench: give -Dbench.job=DIR, the output folder of the sharded ETL (src/spark)");
            System.exit(2);
        }
        Path job = Path.of(jobName);
        Path out = Path.of(System.getProperty("bench.out", "target/load-bench"));
        List<String> loaders = Arrays.stream(System.getProperty("bench.loaders", "parallel,phased,light,xloader").split(","))
                .filter(s -> !s.isBlank()).toList();
        System.out.printf("load average %.1f on %d cores, max heap %d MB%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        resetPeaks();
        long t0 = System.nanoTime();
        ShardLoader.Check c = ShardLoader.check(job);
        System.out.printf(Locale.ROOT, "checks across documents: %d documents, %d published, %d held back; %.1f s; "
                        + "peak heap %d MB%n", c.documents(), c.published(), c.heldBack().size(),
                (System.nanoTime() - t0) / 1e9, peakHeap() >> 20);
        c.heldBack().stream().limit(5).forEach(h -> System.out.println("  held back: " + h));

        for (String name : loaders) {
            BulkLoader loader = BulkLoader.of(name);
            Path dir = out.resolve(loader.label());
            delete(dir);
            System.gc();
            resetPeaks();
            ShardLoader.Outcome o = ShardLoader.load(Publication.at(dir), job, loader);
            System.out.printf(Locale.ROOT, "%-8s %,d quads: load %.1f s = %,.0f quads/s; checks %.1f s; with dumps, VoID, "
                            + "checksums %.1f s; peak heap %d MB; load average now %.1f%n", loader.label(), o.quads(),
                    o.loadSeconds(), o.quadsPerSecond(), o.checkSeconds(), o.totalSeconds(), peakHeap() >> 20,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            delete(dir);
        }
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks: an upper bound of the heap in use at any moment since the reset. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static void delete(Path dir) throws java.io.IOException {
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
