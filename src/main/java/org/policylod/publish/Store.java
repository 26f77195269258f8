package org.policylod.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.policylod.publish.Publication.Release;

/**
 * A release's data opened for queries, with the union of the named graphs as the default graph
 * (as the server has it). It reads the release's TDB2 database; when another process holds that
 * database (a running server), it reads the N-Quads dump into memory instead.
 */
public final class Store implements AutoCloseable {
    private final Dataset dataset;
    private final DatasetGraph tdb;

    private Store(Dataset dataset, DatasetGraph tdb) {
        this.dataset = dataset;
        this.tdb = tdb;
    }

    /** Loads {@code data} into a new TDB2 database at {@code dir} with TDB2's loader, then closes it. */
    public static void load(DatasetGraph data, Path dir) throws IOException {
        Files.createDirectories(dir);
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        try {
            DataLoader loader = LoaderFactory.sequentialLoader(dsg, MonitorOutputs.nullOutput());
            loader.startBulk();
            try {
                StreamRDF stream = loader.stream();
                // The dumps' prefixes, kept with the data so that the server writes them too.
                data.prefixes().forEach((prefix, ns) -> stream.prefix(prefix, ns));
                data.find().forEachRemaining(stream::quad);
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    /** Opens {@code release} for reading; {@link #inMemory()} tells which copy was opened. */
    public static Store open(Release release) throws IOException {
        if (!Files.isDirectory(release.tdb())) {
            // Connecting would create an empty database and answer every query with nothing.
            throw new IOException(release.tdb() + ": missing; the release is damaged (publish again)");
        }
        try {
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(release.tdb().toString());
            return new Store(DatasetFactory.wrap(dsg), dsg);
        } catch (DBOpEnvException locked) {
            return new Store(DatasetFactory.wrap(fromDump(release)), null);
        }
    }

    /** True when the database was held by another process and the dump was read instead. */
    public boolean inMemory() {
        return tdb == null;
    }

    /** Runs {@code query} inside a read transaction and hands its execution to {@code use}. */
    public <T> T query(Query query, Function<QueryExecution, T> use) {
        if (tdb == null) {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                return use.apply(qe);
            }
        }
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query)
                    .set(TDB2.symUnionDefaultGraph, true).build()) {
                return use.apply(qe);
            }
        });
    }

    @Override
    public void close() {
        if (tdb != null) {
            TDBInternal.expel(tdb);
        }
    }

    private static DatasetGraph fromDump(Release release) throws IOException {
        Path nq = release.dumps().resolve(Dump.NQUADS.fileName());
        DatasetGraph named = DatasetGraphFactory.create();
        try (InputStream in = Files.exists(nq) ? Files.newInputStream(nq)
                : new GZIPInputStream(Files.newInputStream(nq.resolveSibling(nq.getFileName() + Gzip.SUFFIX)))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(named);
        }
        DatasetGraph view = DatasetGraphFactory.createGeneral(named.getUnionGraph());
        named.listGraphNodes().forEachRemaining(g -> view.addGraph(g, named.getGraph(g)));
        return view;
    }
}
