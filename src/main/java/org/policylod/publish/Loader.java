package org.policylod.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.policylod.Version;
import org.policylod.source.InputException;
import org.policylod.validate.DataReader;

/**
 * Loads RDF files made elsewhere into a new release of a publication folder, as they are, so the
 * server can serve them: for benchmarks on other data and for data published by other means. Such
 * a release has only a database and its release.properties, which says {@code gate=skipped}: it
 * was neither extracted nor validated here, and has no dumps. Triples of a file's default graph go
 * into the named graph {@link #GRAPH} under the base, since the server's default graph is the
 * union of the named graphs. Same atomic switch as a publish: a file that fails to parse leaves
 * {@code current} as it was.
 */
public final class Loader {
    /** Path, under the base, of the named graph that receives default-graph triples. */
    public static final String GRAPH = "graph/loaded";
    /** The release.properties key, and its value, saying a release did not pass the SHACL gate. */
    public static final String GATE = "gate";
    public static final String GATE_SKIPPED = "skipped";

    /** What a load did: the release version, its folder and the quads read. */
    public record Outcome(String version, Path where, long quads) {
    }

    private Loader() {
    }

    public static Outcome load(Publication publication, String base, List<Path> files, Instant time)
            throws IOException, InputException {
        for (Path f : files) {
            DataReader.check(f);  // a missing or unknown file fails before a database is begun
        }
        ReleaseSwitch.Held held = ReleaseSwitch.lock(publication);
        try {
            String staging = "load-" + Long.toHexString(System.nanoTime());
            Path tmp = ReleaseSwitch.begin(publication, staging);
            try {
                Map<Path, String> sums = new LinkedHashMap<>();
                long quads = write(tmp.resolve("tdb2"), NodeFactory.createURI(base + GRAPH), files, sums);
                Checksums.Digest all = Checksums.digest();
                sums.values().forEach(h -> all.update(h.getBytes(StandardCharsets.US_ASCII)));
                String version = Publisher.version(time, all.hex());
                properties(tmp, version, base, time, quads, sums);
                Path dir = ReleaseSwitch.install(publication, tmp, version);
                return new Outcome(version, dir, quads);
            } catch (IOException | InputException | RuntimeException e) {
                ReleaseSwitch.delete(tmp);
                throw e;
            }
        } finally {
            held.close();
        }
    }

    private static long write(Path dir, Node graph, List<Path> files, Map<Path, String> sums)
            throws IOException, InputException {
        Files.createDirectories(dir);
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        long[] quads = {0};
        try {
            DataLoader loader = LoaderFactory.phasedLoader(dsg, MonitorOutputs.nullOutput());
            loader.startBulk();
            try {
                StreamRDF into = new StreamRDFWrapper(loader.stream()) {
                    @Override
                    public void triple(Triple t) {
                        quad(Quad.create(graph, t));
                    }

                    @Override
                    public void quad(Quad q) {
                        quads[0]++;
                        super.quad(q.isDefaultGraph() ? Quad.create(graph, q.asTriple()) : q);
                    }
                };
                for (Path f : files) {
                    sums.put(f, parse(f, into));
                }
                loader.finishBulk();
            } catch (IOException | InputException | RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
        } finally {
            TDBInternal.expel(dsg);
        }
        return quads[0];
    }

    /** Parses one file into {@code into}; returns the SHA-256 of its bytes as stored. */
    private static String parse(Path f, StreamRDF into) throws IOException, InputException {
        DataReader.parse(f, into);
        return Checksums.sha256(f);
    }

    private static void properties(Path dir, String version, String base, Instant time, long quads,
                                   Map<Path, String> sums) throws IOException {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("version", version);
        p.put("base", base);
        p.put("time", time.toString());
        p.put("tool.version", Version.get());
        p.put(GATE, GATE_SKIPPED);
        p.put("quads", String.valueOf(quads));
        p.put("sources", String.valueOf(sums.size()));
        int i = 0;
        for (Map.Entry<Path, String> e : sums.entrySet()) {
            String key = "source." + ++i + ".";
            p.put(key + "path", e.getKey().toString());
            p.put(key + "sha256", e.getValue());
        }
        ReleaseInfo.write(dir, "policy-lod release loaded from RDF files: not extracted, not validated", p);
    }
}
