package org.policylod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** OFFSET and LIMIT give the same rows as before, and an OFFSET no longer escapes the time limit. */
class LazySliceTest {
    /** 60 triples {@code <urn:s$i> <urn:p> $i}: 60^5 rows in a product of five patterns. */
    private static final int N = 60;
    private static final String PRODUCT = "{ ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o }";
    private static Dataset dataset;

    @BeforeAll
    static void load() {
        dataset = TDB2Factory.createDataset();
        Model m = ModelFactory.createDefaultModel();
        for (int i = 0; i < N; i++) {
            m.addLiteral(m.createResource("urn:s" + i), m.createProperty("urn:p"), i);
        }
        Txn.executeWrite(dataset, () -> dataset.getDefaultModel().add(m));
        LazySlice.install(dataset.asDatasetGraph());
    }

    @AfterAll
    static void close() {
        dataset.close();
    }

    private static List<Integer> numbers(String modifiers) {
        String q = "SELECT ?o WHERE { ?s <urn:p> ?o } ORDER BY ?o " + modifiers;
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(q).build()) {
                List<Integer> out = new ArrayList<>();
                qe.execSelect().forEachRemaining(s -> out.add(s.getLiteral("o").getInt()));
                return out;
            }
        });
    }

    @Test
    void offsetAndLimitSelectTheSameRowsAsSparqlSays() {
        assertEquals(List.of(5, 6, 7), numbers("OFFSET 5 LIMIT 3"));
        assertEquals(List.of(57, 58, 59), numbers("OFFSET 57"));
        assertEquals(List.of(0, 1), numbers("LIMIT 2"));
        assertEquals(List.of(), numbers("LIMIT 0"));
        assertEquals(List.of(), numbers("OFFSET 60"));
        assertEquals(List.of(), numbers("OFFSET 9223372036854775807"));
    }

    @Test
    void nestedSlicesCompose() {
        String q = "SELECT ?o WHERE { { SELECT ?o WHERE { ?s <urn:p> ?o } ORDER BY DESC(?o) OFFSET 10 LIMIT 20 } }"
                + " ORDER BY ?o OFFSET 2 LIMIT 3";
        List<Integer> out = new ArrayList<>();
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(q).build()) {
                qe.execSelect().forEachRemaining(s -> out.add(s.getLiteral("o").getInt()));
            }
        });
        // The inner query keeps 49..30; the outer one orders them and keeps the 3rd to 5th.
        assertEquals(List.of(32, 33, 34), out);
    }

    /** Without the lazy slice these ran on, unstopped, through about 10^12 skipped rows. */
    @Test
    void anOffsetOverAHugeProductIsStoppedByTheTimeLimit() {
        timesOut("SELECT * WHERE " + PRODUCT + " OFFSET 1000000000000 LIMIT 1");
        timesOut("SELECT DISTINCT ?a WHERE " + PRODUCT + " OFFSET 10 LIMIT 1");
    }

    private static void timesOut(String q) {
        long t0 = System.nanoTime();
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(q).timeout(300, TimeUnit.MILLISECONDS)
                    .build()) {
                assertThrows(QueryCancelledException.class, () -> {
                    ResultSet rows = qe.execSelect();
                    ResultSetFormatter.consume(rows);
                });
            }
        });
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        assertTrue(took.toMillis() < 5_000, q + " stopped after " + took.toMillis() + " ms");
    }
}
