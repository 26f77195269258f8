package org.policylod.serve;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.mem2.GraphMem2Fast;
import org.apache.jena.mem2.GraphMem2Roaring;
import org.apache.jena.mem2.IndexingStrategy;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.policylod.serve.eval.Evaluation;

/**
 * Query evaluation benchmark, in process (no HTTP): each query of the given folders on copies in
 * memory of one TDB2 release, as the server holds them, the old way (GraphMem2Roaring, ARQ's
 * optimiser) and the new ones (GraphMem2Fast and/or our rewrites), interleaved so that the load of
 * the machine falls on all alike. Prints the median CPU ms of the querying thread per query and
 * variant, and whether every variant gave the same rows (sorted, as the harness digests them) and
 * in the same order. Run:
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test
 * java -Xmx3g -cp target/classes:target/test-classes:$(cat cp.txt) org.policylod.serve.Evaluate DB/tdb2 QUERY_DIR... [--runs 15]
 * </pre>
 * {@code -Devaluate.variants=roaring,fast+rewrites} chooses the variants (default: all four).
 */
public final class Evaluate {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private Evaluate() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        List<Path> queryFiles = new ArrayList<>();
        int n = 15;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--runs")) {
                n = Integer.parseInt(args[++i]);
            } else {
                try (Stream<Path> files = Files.list(Path.of(args[i]))) {
                    files.filter(f -> f.toString().endsWith(".rq")).sorted().forEach(queryFiles::add);
                }
            }
        }
        int runs = n;
        Map<String, DatasetGraph> variants = variants(db, System.getProperty("evaluate.variants",
                "roaring,roaring+rewrites,fast,fast+rewrites").split(","));
        System.out.printf("%-34s %s   same rows / same order%n", "query (median CPU ms of " + runs + " runs)", String.join("  ", variants.keySet()));
        for (Path f : queryFiles) {
            Query q = QueryFactory.read(f.toString());
            Map<String, double[]> ms = new LinkedHashMap<>();
            Map<String, List<String>> rows = new LinkedHashMap<>();
            variants.forEach((name, dsg) -> {
                rows.put(name, rows(q, dsg));  // also the warm-up
                ms.put(name, new double[runs]);
            });
            for (int r = 0; r < runs; r++) {
                for (var v : variants.entrySet()) {
                    long c = THREADS.getCurrentThreadCpuTime();
                    rows(q, v.getValue());
                    ms.get(v.getKey())[r] = (THREADS.getCurrentThreadCpuTime() - c) / 1e6;
                }
            }
            List<String> first = rows.values().iterator().next();
            boolean sameOrder = rows.values().stream().allMatch(first::equals);
            boolean sameRows = rows.values().stream().allMatch(l -> sorted(l).equals(sorted(first)));
            StringBuilder line = new StringBuilder(String.format("%-34s", f.getFileName()));
            ms.values().forEach(a -> line.append(String.format(" %9.2f", median(a))));
            line.append(String.format("   %d rows, %s / %s", first.size(), sameRows ? "yes" : "NO", sameOrder ? "yes" : "no"));
            System.out.println(line);
        }
        System.out.printf("load average %.1f on %d cores%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    private static Map<String, DatasetGraph> variants(Path db, String[] names) {
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(db.toString());
        tdb.getContext().set(TDB2.symUnionDefaultGraph, true);
        Map<String, DatasetGraph> out = new LinkedHashMap<>();
        for (String name : names) {
            Supplier<Graph> graphs = name.startsWith("fast") ? GraphMem2Fast::new : () -> new GraphMem2Roaring(IndexingStrategy.EAGER);
            long t = System.nanoTime();
            long heap0 = heap();
            DatasetGraph copy = ReleaseData.copy(tdb, graphs);
            LazySlice.install(copy);
            long heap1 = heap();
            if (name.endsWith("+rewrites")) {
                Evaluation.install(copy);
            }
            System.out.printf("%s: copied%s in %.0f ms; copy %d MB of heap, then %d MB more; %s%n", name,
                    name.endsWith("+rewrites") ? " and indexed" : "", (System.nanoTime() - t) / 1e6, (heap1 - heap0) >> 20,
                    (heap() - heap1) >> 20, Evaluation.describe(copy));
            out.put(name, copy);
        }
        ReleaseData.close(tdb);
        return out;
    }

    /** Heap in use after a full collection. */
    private static long heap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The rows of {@code q} on {@code dsg}, each as its variables' values in a fixed order. */
    private static List<String> rows(Query q, DatasetGraph dsg) {
        List<String> out = new ArrayList<>();
        try (QueryExec exec = QueryExec.dataset(dsg).query(q).build()) {
            RowSet rs = exec.select();
            List<org.apache.jena.sparql.core.Var> vars = rs.getResultVars();
            rs.forEachRemaining(b -> {
                StringBuilder s = new StringBuilder();
                vars.forEach(v -> s.append(b.get(v)).append('\t'));
                out.add(s.toString());
            });
        }
        return out;
    }

    private static List<String> sorted(List<String> rows) {
        return rows.stream().sorted().toList();
    }

    private static double median(double[] a) {
        double[] s = a.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
