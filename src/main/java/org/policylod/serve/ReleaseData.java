package org.policylod.serve;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.mem2.GraphMem2Fast;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The data of a release as the server queries it. A release never changes while it is served, so
 * when it fits in memory it is copied out of its TDB2 database into indexed in-memory graphs
 * (Jena's GraphMem2Fast: on the harness's queries as fast as GraphMem2Roaring or faster, in 15 %
 * less heap), and the union of its named graphs, which is the default graph of every
 * query, is built once as a graph of its own instead of being merged on every access. On the harness's
 * synthetic graph this costs 2-3x less CPU per query than TDB2's union default graph (issue 17).
 * Larger releases are served from TDB2, as before. System property {@value #MODE} = memory, tdb2 or
 * auto (the default) overrides the choice.
 */
final class ReleaseData {
    static final String MODE = "policy-lod.data";
    /**
     * A release is copied into memory when its copy takes at most this share of the maximum heap:
     * while a new release is being loaded the old one is still served, so two copies must fit beside
     * the queries' work.
     */
    static final double HEAP_SHARE = 1.0 / 3;
    /**
     * Heap a copy takes per quad of the release: 154 MB for the 493,151 quads of the harness's
     * synthetic graph (one named graph; its nodes about half of it, GraphMem2Fast's indexes the rest,
     * and 7 MB for the text index); a release of several graphs indexes each triple twice (the union
     * and its own graph), hence the margin. (The size of the TDB2 folder, used before, counts
     * preallocated files: 372 MB for that graph, 201 MB for the 5,293 quads of the bundled corpus.)
     */
    static final long BYTES_PER_QUAD = 400;

    private ReleaseData() {
    }

    /** The release's TDB2 database, with the union of the named graphs as the default graph. */
    static DatasetGraph tdb2(Snapshot snapshot) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(snapshot.tdb().toString());
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return dsg;
    }

    /** Whether {@code snapshot} is served from memory under this JVM's heap and the {@value #MODE} setting. */
    static boolean inMemory(Snapshot snapshot) {
        String mode = System.getProperty(MODE, "auto").trim().toLowerCase(Locale.ROOT);
        return switch (mode) {
            case "memory" -> true;
            case "tdb2" -> false;
            case "auto" -> need(snapshot) <= Runtime.getRuntime().maxMemory() * HEAP_SHARE;
            default -> throw new IllegalArgumentException(MODE + " must be memory, tdb2 or auto, not " + mode);
        };
    }

    /**
     * A read-only in-memory copy of a TDB2 dataset that has the union of its named graphs as default
     * graph: that union as one graph, each named graph (a single named graph is the union itself), and
 * the database's prefixes.
     */
    static DatasetGraph copy(DatasetGraph tdb) {
        return copy(tdb, ReleaseData::graph);
    }

    /** As {@link #copy(DatasetGraph)}, into graphs made by {@code graphs} (to compare graph kinds). */
    static DatasetGraph copy(DatasetGraph tdb, Supplier<Graph> graphs) {
        Graph union = graphs.get();
        Map<Node, Graph> named = new HashMap<>();
        Txn.executeRead(tdb, () -> {
            tdb.listGraphNodes().forEachRemaining(g -> named.put(g, null));
            boolean one = named.size() == 1;
            tdb.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (Quad.isDefaultGraph(q.getGraph())) {
                    return;  // hidden by the union default graph in TDB2 too
                }
                union.add(q.asTriple());
                if (!one) {
                    named.computeIfAbsent(q.getGraph(), g -> graphs.get()).add(q.asTriple());
                }
            });
        });
        DatasetGraph copy = DatasetGraphFactory.createGeneral(union);
        named.forEach((g, graph) -> copy.addGraph(g, graph == null ? union : graph));
        // The dumps' prefixes live with the data (publish.Store); served Turtle and HTML read them there.
        Txn.executeRead(tdb, () -> tdb.prefixes().forEach(copy.prefixes()::add));
        return copy;
    }

    /** An in-memory graph, indexed as it is filled (no index built lazily), so that concurrent queries only ever read it. */
    private static Graph graph() {
        return new GraphMem2Fast();
    }

    /** Releases what {@code dsg} holds: a TDB2 database is closed, a copy in memory is left to the GC. */
    static void close(DatasetGraph dsg) {
        if (TDBInternal.isTDB2(dsg)) {
            TDBInternal.expel(dsg);
        }
    }

    /** True when no transaction is open on {@code dsg} (always true for a copy in memory). */
    static boolean idle(DatasetGraph dsg) {
        return !TDBInternal.isTDB2(dsg) || TDBInternal.getTransactionCoordinator(dsg).countActive() == 0;
    }

    /** The heap a copy of {@code snapshot} is expected to take, from its quad count (or, without one, its database's size). */
    static long need(Snapshot snapshot) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(snapshot.dir().resolve("release.properties"), StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String quads = p.getProperty("quads", "").trim();
        return quads.matches("[0-9]{1,15}") ? Long.parseLong(quads) * BYTES_PER_QUAD : bytes(snapshot.tdb());
    }

    private static long bytes(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
