package org.policylod.queries;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.policylod.extract.Etl;
import org.policylod.publish.Assembly;
import org.policylod.publish.Sources;
import org.policylod.source.InputException;

/**
 * The seed publication as publish assembles it (a named graph per source file, the ontology graph,
 * the reference graph), queried as the server and the query command see it: the default graph is
 * the union of the named graphs.
 */
final class Seed {
    static final String BASE = "https://w3id.org/policy-lod/";
    static final Path CORPUS = Path.of("corpus/000_420cf6d4ecb3b66e.txt");
    /** A fixed publication time, so that provenance is the same on every run. */
    static final Instant TIME = Instant.parse("2026-01-01T00:00:00Z");

    private static final Map<String, Assembly> ASSEMBLED = new HashMap<>();

    private Seed() {
    }

    /** The seed publication minted under {@code base}, assembled once per base. */
    static synchronized Assembly assembly(String base) throws InputException {
        Assembly a = ASSEMBLED.get(base);
        if (a == null) {
            a = Assembly.of(Sources.read(List.of(CORPUS)), Etl.create(base, TIME), base);
            ASSEMBLED.put(base, a);
        }
        return a;
    }

    /** The seed publication under {@code base}, with the union of its named graphs as default graph. */
    static Dataset dataset(String base) throws InputException {
        return DatasetFactory.wrap(unionDefault(assembly(base).dataset()));
    }

    private static DatasetGraph unionDefault(DatasetGraph named) {
        DatasetGraph view = DatasetGraphFactory.createGeneral(named.getUnionGraph());
        named.listGraphNodes().forEachRemaining(g -> view.addGraph(g, named.getGraph(g)));
        return view;
    }

    /** Prints the seed publication as TriG, to read while checking expected rows by hand. */
    public static void main(String[] args) throws Exception {
        RDFDataMgr.write(System.out, DatasetFactory.wrap(assembly(BASE).dataset()), RDFFormat.TRIG_PRETTY);
    }
}
