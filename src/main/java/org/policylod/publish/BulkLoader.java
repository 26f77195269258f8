package org.policylod.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.loader.main.LoaderPlan;
import org.apache.jena.tdb2.loader.main.LoaderPlans;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.tdb2.xloader.ProcBuildIndexX;
import org.apache.jena.tdb2.xloader.ProcBuildNodeTableX;
import org.apache.jena.tdb2.xloader.ProcIngestDataX;
import org.apache.jena.tdb2.xloader.XLoaderFiles;

/**
 * The TDB2 bulk loader that builds a bulk-loaded release's database, chosen with
 * {@code -Dpolicy-lod.loader=parallel|phased|light|xloader} (or {@code load --loader}): the parallel
 * loader runs parsing, the node table and every index on their own threads (fastest with cores to
 * spare); the phased loader builds the primary indexes, then the others, with fewer threads at
 * once; the light loader uses two threads (for a small machine shared with other work); the
 * xloader ({@code tdb2.xloader}'s phases: node table, data, then each index, sorted by the
 * system's {@code sort(1)} in a temporary folder next to the database) for data larger than memory.
 */
public enum BulkLoader {
    PARALLEL, PHASED, LIGHT, XLOADER;

    /** The indexes of a TDB2 database, as the xloader names them. */
    private static final List<String> INDEXES = List.of("SPO", "POS", "OSP", "GSPO", "GPOS", "GOSP", "SPOG", "POSG", "OSPG");

    public static final String PROPERTY = "policy-lod.loader";

    /** The loader {@code -Dpolicy-lod.loader} names, parallel by default. */
    public static BulkLoader configured() {
        return of(System.getProperty(PROPERTY, "parallel"));
    }

    public static BulkLoader of(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PROPERTY + "=" + name + ": not one of parallel, phased, light, xloader", e);
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Loads {@code files} (RDF, by their extension) into a new database at {@code dir}; returns its quads. */
    public long load(Path dir, List<Path> files) throws IOException {
        Files.createDirectories(dir);
        if (this == XLOADER) {
            xloader(dir, files);
        }
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        try {
            if (this == XLOADER) {
                return Txn.calculateRead(dsg, () -> Iter.count(dsg.find()));
            }
            LoaderPlan plan = switch (this) {
                case PHASED -> LoaderPlans.loaderPlanPhased;
                case LIGHT -> LoaderPlans.loaderPlanLight;
                default -> LoaderPlans.loaderPlanParallel;
            };
            DataLoader loader = LoaderFactory.createLoader(plan, dsg, MonitorOutputs.nullOutput());
            loader.startBulk();
            try {
                loader.load(files.stream().map(Path::toString).toList());
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            return Txn.calculateRead(dsg, () -> Iter.count(dsg.find()));
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    private static void xloader(Path dir, List<Path> files) throws IOException {
        Path tmp = dir.resolveSibling(dir.getFileName() + ".xloader-tmp");
        Files.createDirectories(tmp);
        try {
            XLoaderFiles work = new XLoaderFiles(tmp.toString());
            List<String> data = files.stream().map(Path::toString).toList();
            int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
            ProcBuildNodeTableX.exec(dir.toString(), work, threads, null, data);
            ProcIngestDataX.exec(dir.toString(), work, data, false);
            for (String index : INDEXES) {
                ProcBuildIndexX.exec(dir.toString(), index, threads, null, work);
            }
        } finally {
            ReleaseSwitch.delete(tmp);
        }
    }
}
