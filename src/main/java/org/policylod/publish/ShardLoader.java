package org.policylod.publish;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.policylod.Version;
import org.policylod.publish.Publication.Release;
import org.policylod.source.InputException;
import org.policylod.validate.ShapesGraph;

/**
 * Turns the output of a sharded ETL (the Spark job of {@code src/spark}) into a release: the shards
 * of N-Quads (a named graph per published document), the reference data they use and the ontology
 * go into a new TDB2 database through a TDB2 bulk loader ({@link BulkLoader}); then every dump
 * format {@code publish} makes (streamed from the database, gzipped), the VoID description,
 * {@code SHA256SUMS}, the per-document results and release.properties, with the same atomic switch
 * of {@code current} as a publish. Each document passed the gate on its own
 * ({@code gate=per-document}); before the load, the documents that {@code publish} would hold back
 * next to an earlier one (a duplicate, or a {@link CrossDocument} conflict) are held back too
 * ({@link ShardConflicts}). Documents held back are listed with their reason in {@value #DOCUMENTS}.
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
     * @param checkSeconds the checks across documents; {@code loadSeconds} the TDB2 bulk load alone;
     *                     {@code totalSeconds} includes them, the dumps, VoID and checksums
     */
    public record Outcome(String version, Path where, long quads, long documents, long published,
                          double checkSeconds, double loadSeconds, double totalSeconds, BulkLoader loader) {
        public double quadsPerSecond() {
            return quads / loadSeconds;
        }
    }

    private ShardLoader() {
    }

    /** What the checks across documents found: documents, those still published, those held back by the load. */
    public record Check(long documents, long published, List<String> heldBack) {
    }

    /** The checks across documents alone (no release): what a load of {@code job} would hold back. */
    public static Check check(Path job) throws IOException, InputException {
        ShardConflicts documents = ShardConflicts.read(job);
        documents.holdBack(CrossDocument.of(ShapesGraph.load(job(job).getProperty("base")), ShardConflicts.ontology(job)));
        return documents.check();
    }

    /** Loads with the loader {@code -Dpolicy-lod.loader} names. */
    public static Outcome load(Publication publication, Path job) throws IOException, InputException {
        return load(publication, job, BulkLoader.configured());
    }

    public static Outcome load(Publication publication, Path job, BulkLoader loader) throws IOException, InputException {
        Properties p = job(job);
        String base = p.getProperty("base");
        Instant time = Instant.parse(p.getProperty("time"));
        ReleaseSwitch.Held held = ReleaseSwitch.lock(publication);
        try {
            Path tmp = ReleaseSwitch.begin(publication, "shards-" + Long.toHexString(System.nanoTime()));
            try {
                long t0 = System.nanoTime();
                ShardConflicts documents = ShardConflicts.read(job);
                documents.holdBack(CrossDocument.of(ShapesGraph.load(base), ShardConflicts.ontology(job)));
                List<Path> files = new ArrayList<>();
                files.add(job.resolve(ONTOLOGY));
                files.addAll(ShardConflicts.list(job.resolve(REFERENCE), ".nq"));
                Path copy = tmp.resolve("published.nq");
                files.addAll(documents.anyHeldBack() ? List.of(kept(documents, copy))
                        : ShardConflicts.list(job.resolve(SHARDS), ".nq"));
                double check = (System.nanoTime() - t0) / 1e9;
                long t1 = System.nanoTime();
                long quads = loader.load(new Release(tmp).tdb(), files);
                double load = (System.nanoTime() - t1) / 1e9;
                Checksums.Digest all = Checksums.digest();
                for (Path f : files) {
                    all.update(Checksums.sha256(f).getBytes(StandardCharsets.US_ASCII));
                }
                Files.deleteIfExists(copy);
                String version = Publisher.version(time, all.hex());
                long[] docs = documents.write(tmp.resolve(DOCUMENTS));
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
                info.put("loader", loader.label());
                ReleaseInfo.write(tmp, "policy-lod release bulk-loaded from the shards of " + job, info);
                Path dir = ReleaseSwitch.install(publication, tmp, version);
                return new Outcome(version, dir, quads, docs[0], docs[1], check, load, (System.nanoTime() - t0) / 1e9,
                        loader);
            } catch (IOException | InputException | RuntimeException e) {
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

    /**
     * The quads of the documents still published, when some are held back, streamed into one
     * N-Quads file for the loader (every loader takes files; the xloader only files).
     */
    private static Path kept(ShardConflicts documents, Path into) throws IOException, InputException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(into), 1 << 16)) {
            StreamRDF w = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS, null);
            w.start();
            documents.stream((doc, q) -> w.quad(q));
            w.finish();
        }
        return into;
    }

    /** Every dump, the VoID description and the checksums, from the loaded database. */
    private static void release(Release r, String base, String version, Instant time) throws IOException {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(r.tdb().toString());
        try {
            List<Distribution> files = BulkDumps.write(dsg, r.dumps());
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
