package org.policylod.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.policylod.Version;
import org.policylod.publish.Publication.Release;
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
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    /** What a load did: the release version, its folder and the quads read. */
    public record Outcome(String version, Path where, long quads) {
    }

    private Loader() {
    }

    public static Outcome load(Publication publication, String base, List<Path> files, Instant time)
            throws IOException, InputException {
        for (Path f : files) {
            if (!Files.isRegularFile(f) || RDFLanguages.pathnameToLang(f.toString()) == null) {
                // Checked again while parsing; failing here first spares a half-made database.
                DataReader.parse(f, StreamRDFLib.sinkNull());
            }
        }
        ReleaseSwitch.Held held = ReleaseSwitch.lock(publication);
        try {
            String staging = "load-" + Long.toHexString(System.nanoTime());
            Path tmp = ReleaseSwitch.begin(publication, staging);
            try {
                Map<Path, String> sums = new LinkedHashMap<>();
                long quads = write(tmp.resolve("tdb2"), NodeFactory.createURI(base + GRAPH), files, sums);
                String version = DAY.format(time) + "-" + hash(sums.values()).substring(0, Publisher.HASH_CHARS);
                properties(tmp, version, base, time, quads, sums);
                Release release = publication.release(version);
                if (Files.isDirectory(release.dir())) {
                    ReleaseSwitch.delete(tmp);
                    ReleaseSwitch.point(publication, version);
                } else {
                    ReleaseSwitch.commit(publication, tmp, version);
                }
                return new Outcome(version, release.dir(), quads);
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
        MessageDigest sha = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(f), sha)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void properties(Path dir, String version, String base, Instant time, long quads,
                                   Map<Path, String> sums) throws IOException {
        StringBuilder b = new StringBuilder("# policy-lod release loaded from RDF files: not extracted, not validated\n");
        b.append("version=").append(version).append('\n');
        b.append("base=").append(ReleaseInfo.escape(base)).append('\n');
        b.append("time=").append(time).append('\n');
        b.append("tool.version=").append(Version.get()).append('\n');
        b.append("gate=skipped\n");  // read by serve.Snapshot
        b.append("quads=").append(quads).append('\n');
        b.append("sources=").append(sums.size()).append('\n');
        int i = 0;
        for (Map.Entry<Path, String> e : sums.entrySet()) {
            String key = "source." + ++i + ".";
            b.append(key).append("path=").append(ReleaseInfo.escape(e.getKey().toString())).append('\n');
            b.append(key).append("sha256=").append(e.getValue()).append('\n');
        }
        Files.writeString(dir.resolve(ReleaseInfo.FILE), b, StandardCharsets.UTF_8);
    }

    private static String hash(Iterable<String> parts) {
        MessageDigest sha = sha256();
        for (String p : parts) {
            sha.update(p.getBytes(StandardCharsets.US_ASCII));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
