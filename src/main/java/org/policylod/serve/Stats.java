package org.policylod.serve;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.policylod.Bundle;

/** Counts over a release, computed once: the release does not change while it is served. */
record Stats(long quads, long graphs, List<Count> counts) {
    static final String COUNTS = "org/policylod/serve/counts.rq";

    record Count(String classIri, String label, long n) {
    }

    static Stats of(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            long quads = one(dsg, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
            long graphs = one(dsg, "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { } }");
            List<Count> counts = new ArrayList<>();
            try (QueryExec qe = exec(dsg, Bundle.read(COUNTS))) {
                RowSet rs = qe.select();
                while (rs.hasNext()) {
                    Binding b = rs.next();
                    String iri = b.get("class").getURI();
                    String label = b.contains("label") ? b.get("label").getLiteralLexicalForm()
                            : iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
                    counts.add(new Count(iri, label, Long.parseLong(b.get("n").getLiteralLexicalForm())));
                }
            }
            return new Stats(quads, graphs, List.copyOf(counts));
        });
    }

    /** A query over the union of the named graphs, whatever the dataset's own setting. */
    static QueryExec exec(DatasetGraph dsg, String query) {
        return QueryExec.dataset(dsg).query(query).set(TDB2.symUnionDefaultGraph, true).build();
    }

    private static long one(DatasetGraph dsg, String query) {
        try (QueryExec qe = exec(dsg, query)) {
            RowSet rs = qe.select();
            return Long.parseLong(rs.next().get("n").getLiteralLexicalForm());
        }
    }
}
