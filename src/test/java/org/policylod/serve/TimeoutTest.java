package org.policylod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylod.publish.Publication;

/** Runaway queries are stopped by the time limit of fuseki-config/timeouts.ttl (10 s). */
class TimeoutTest extends Served {
    /** Every quad against every quad, four times over: far more rows than 10 s can produce. */
    static final String CARTESIAN = "WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o }";

    @Test
    void aRunawayAggregateTimesOutWithAnErrorStatus() throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> r = http.query("SELECT (COUNT(*) AS ?count) " + CARTESIAN, "application/sparql-results+json");
        long seconds = Duration.ofNanos(System.nanoTime() - t0).toSeconds();
        assertEquals(503, r.statusCode(), r.body());
        assertEquals("Query timed out\n", r.body());
        assertTrue(seconds >= 9 && seconds < 20, "answered after " + seconds + " s");
        HttpResponse<String> next = http.query(SparqlEndpointTest.SELECT, "text/csv");
        assertEquals("label\r\nEuropol\r\n", next.body());
    }

    @Test
    void anOperatorsTimeLimitReplacesTheConfiguredOne(@TempDir Path other) throws Exception {
        Fixture.write(other);
        Snapshot snapshot = Snapshot.of(Publication.at(other).current().orElseThrow());
        try (PublicServer s = PublicServer.start(snapshot, "127.0.0.1", 0, Settings.DEFAULT.withTimeout(Duration.ofSeconds(2)))) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = new Http(s.url()).query("SELECT (COUNT(*) AS ?count) " + CARTESIAN, "text/csv");
            long millis = Duration.ofNanos(System.nanoTime() - t0).toMillis();
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(millis >= 1900 && millis < 8000, "answered after " + millis + " ms");
        }
    }

    @Test
    void theTimeLimitIsOnlyReplacedWhereTheConfigurationSetsOne() {
        Model m = Config.load(Path.of("release"), Optional.of(Duration.ofMillis(90_500)));
        Property value = m.createProperty(Config.JA, "cxtValue");
        assertEquals(List.of("90500"), m.listObjectsOfProperty(value).mapWith(o -> o.asLiteral().getLexicalForm()).toList());
        Model stock = Config.load(Path.of("release"));
        assertEquals(List.of("10000"), stock.listObjectsOfProperty(value).mapWith(o -> o.asLiteral().getLexicalForm()).toList());
    }

    @Test
    void aTimeoutAfterTheFirstRowsStillGetsAnErrorStatusAndNoPartialResult() throws Exception {
        String query = "SELECT ?x WHERE { { VALUES ?x { 1 } } UNION { SELECT (COUNT(*) AS ?x) " + CARTESIAN + " } }";
        HttpResponse<String> r = http.query(query, "application/sparql-results+json");
        assertEquals(503, r.statusCode(), r.body());
        assertEquals("Query timed out\n", r.body());
        assertEquals("text/plain", Http.type(r));
    }

    @Test
    void aRunawayStreamIsBrokenOffNeverEndedAsA200() throws Exception {
        // A 1 KiB value on every row passes the spill limit within a few thousand rows, so the answer
        // is streamed (a 200) long before the time limit even on a loaded machine.
        String pad = "VALUES ?pad { \"" + "x".repeat(1024) + "\" } ";
        String runaway = "SELECT * WHERE { " + pad + CARTESIAN.substring("WHERE {".length());
        HttpRequest q = HttpRequest.newBuilder(http.at("/sparql?query=" + Http.enc(runaway)))
                .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(60)).build();
        HttpResponse<InputStream> r = Http.CLIENT.send(q, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Length").isEmpty(), "streamed answers have no length");
        long t0 = System.nanoTime();
        try (InputStream in = r.body()) {
            byte[] buf = new byte[1 << 16];
            assertThrows(IOException.class, () -> {
                while (in.read(buf) >= 0) {
                    // Drain until the server breaks the transfer off.
                }
            });
        }
        long seconds = Duration.ofNanos(System.nanoTime() - t0).toSeconds();
        assertTrue(seconds < 20, "broken off after " + seconds + " s");
    }

    @Test
    void rdf4jReadsTheEndpoint() {
        SPARQLRepository repo = new SPARQLRepository(http.at("/sparql").toString());
        try (RepositoryConnection c = repo.getConnection();
             TupleQueryResult result = c.prepareTupleQuery("SELECT ?l WHERE { <" + Fixture.MISSION
                     + "> <http://www.w3.org/2004/02/skos/core#prefLabel> ?l }").evaluate()) {
            List<BindingSet> rows = result.stream().toList();
            assertEquals(1, rows.size());
            assertEquals("EUCAP Sahel Niger", rows.get(0).getValue("l").stringValue());
            assertTrue(c.prepareBooleanQuery("ASK { <" + Fixture.DIRECTIVE + "> ?p ?o }").evaluate());
            assertEquals(1, c.prepareGraphQuery(SparqlEndpointTest.CONSTRUCT).evaluate().stream().count());
        } finally {
            repo.shutDown();
        }
    }
}
