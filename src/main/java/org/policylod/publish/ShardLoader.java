package org.policylod.publish;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.policylod.Version;
import org.policylod.publish.Publication.Release;
import org.policylod.source.InputException;

/**
 * Turns the output of a sharded ETL (the Spark job of {@code src/spark}) into a release: the shards
 * of N-Quads (a named graph per published document), the reference data they use and the ontology
 * go into a new TDB2 database through TDB2's parallel bulk loader; then the N-Quads dump (gzipped),
 * the VoID description, {@code SHA256SUMS}, the per-document results and release.properties, with
 * the same atomic switch of {@code current} as a publish. Each document passed the gate on its own
 * ({@code gate=per-document}); documents held back are listed with their reason in
 * {@value #DOCUMENTS}.
 */
public final class ShardLoader {
    /** The layout of a sharded ETL's output folder. */
    public static final String SHARDS = "shards";
    public static final String REFERENCE = "reference";
    public static final String RESULTS = "results";
    public static final String ONTOLOGY = "ontology.nq";
    public static final String JOB = "job.properties";
    /** The release.properties value of {@link Loader#GATE} for documents gated one by one. */
    public static final String GATE_PER_DOCUMENT = "per-document";
    /** The release's table of documents: file, published or held-back, graph, quads, reason. */
    public static final String DOCUMENTS = "documents.tsv";

    /**
     * What a load did.
     *
     * @param loadSeconds the TDB2 bulk load alone; {@code totalSeconds} includes dumps, VoID, checksums
     */
    public record Outcome(String version, Path where, long quads, long documents, long published,
                          double loadSeconds, double totalSeconds) {
        public double quadsPerSecond() {
            return quads / loadSeconds;
        }
    }

    private ShardLoader() {
    }

    public static Outcome load(Publication publication, Path job) throws IOException, InputException {
        Properties p = job(job);
        String base = p.getProperty("base");
        Instant time = Instant.parse(p.getProperty("time"));
        List<Path> files = new ArrayList<>();
        files.add(job.resolve(ONTOLOGY));
        files.addAll(list(job.resolve(REFERENCE), ".nq"));
        files.addAll(list(job.resolve(SHARDS), ".nq"));
        ReleaseSwitch.Held held = ReleaseSwitch.lock(publication);
        try {
            Path tmp = ReleaseSwitch.begin(publication, "shards-" + Long.toHexString(System.nanoTime()));
            try {
                long t0 = System.nanoTime();
                long quads = tdb(new Release(tmp).tdb(), files);
                double load = (System.nanoTime() - t0) / 1e9;
                Checksums.Digest all = Checksums.digest();
                for (Path f : files) {
                    all.update(Checksums.sha256(f).getBytes(StandardCharsets.US_ASCII));
                }
                String version = Publisher.version(time, all.hex());
                long[] docs = documents(job.resolve(RESULTS), tmp.resolve(DOCUMENTS));
                release(new Release(tmp), base, version, time);
                Map<String, String> info = new LinkedHashMap<>();
                info.put("version", version);
                info.put("base", base);
                info.put("time", time.toString());
                info.put("tool.version", Version.get());
                info.put(Loader.GATE, GATE_PER_DOCUMENT);
                info.put("quads", String.valueOf(quads));
                info.put("documents", String.valueOf(docs[0]));
                info.put("published", String.valueOf(docs[1]));
                info.put("held-back", String.valueOf(docs[0] - docs[1]));
                info.put("shards", String.valueOf(files.size()));
                ReleaseInfo.write(tmp, "policy-lod release bulk-loaded from the shards of " + job, info);
                Path dir = ReleaseSwitch.install(publication, tmp, version);
                return new Outcome(version, dir, quads, docs[0], docs[1], load, (System.nanoTime() - t0) / 1e9);
            } catch (IOException | RuntimeException e) {
                ReleaseSwitch.delete(tmp);
                throw e;
            }
        } finally {
            held.close();
        }
    }

    private static Properties job(Path job) throws IOException, InputException {
        Path file = job.resolve(JOB);
        if (!Files.isRegularFile(file)) {
            throw new InputException(file, 0, "no " + JOB + ": not the output folder of a finished sharded ETL");
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        }
        for (String key : List.of("base", "time")) {
            if (p.getProperty(key) == null) {
                throw new InputException(file, 0, "no " + key + "=");
            }
        }
        return p;
    }

    private static List<Path> list(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    /** The parallel loader: parsing, node table and each index on their own threads. */
    private static long tdb(Path dir, List<Path> files) throws IOException {
        Files.createDirectories(dir);
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        try {
            DataLoader loader = LoaderFactory.parallelLoader(dsg, MonitorOutputs.nullOutput());
            loader.startBulk();
            try {
                loader.load(files.stream().map(Path::toString).toList());
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            return loader.countQuads();
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    /** Concatenates the per-shard results under a header; returns {documents, published}. */
    private static long[] documents(Path results, Path into) throws IOException {
        long[] n = {0, 0};
        try (Writer w = Files.newBufferedWriter(into, StandardCharsets.UTF_8)) {
            w.write("file\tstatus\tgraph\tquads\treason\n");
            for (Path f : list(results, ".tsv")) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    n[0]++;
                    n[1] += line.contains("\tpublished\t") ? 1 : 0;
                    w.write(line);
                    w.write('\n');
                }
            }
        }
        return n;
    }

    /** The dump (N-Quads, gzipped), the VoID description and the checksums, from the loaded database. */
    private static void release(Release r, String base, String version, Instant time) throws IOException {
        Files.createDirectories(r.dumps());
        Path nq = r.dumps().resolve(Dump.NQUADS.fileName() + Gzip.SUFFIX);
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(r.tdb().toString());
        try {
            Txn.executeRead(dsg, () -> {
                try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(nq), 1 << 16), 1 << 16)) {
                    RDFDataMgr.write(out, dsg, Lang.NQUADS);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            List<Distribution> files = List.of(new Distribution(nq, Dump.NQUADS.mediaType(), true,
                    "Every named graph: one per published source document, the ontology and the reference data."));
            Txn.executeRead(dsg, () -> {
                try {
                    Description.write(dsg.getUnionGraph(), base, version, time, files, r.dumps());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } finally {
            TDBInternal.expel(dsg);
        }
        Checksums.write(r.dumps());
    }
}
