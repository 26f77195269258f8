package org.policylod.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policylod.Bundle;
import org.policylod.cli.Main;
import org.policylod.publish.Pipeline;
import org.policylod.publish.Publication;
import org.policylod.publish.Publisher;
import org.policylod.serve.PublicServer;
import org.policylod.rdf.Plo;
import org.policylod.serve.Snapshot;
import org.policylod.validate.DataReader;
import org.policylod.validate.Gate;
import org.policylod.validate.Verdict;

/**
 * Every query file runs unchanged over a published release of the seed and gives its expected
 * rows: through {@code policy-lod query FILE --out DIR} (the release's TDB2 database), then
 * through the server's {@code /sparql}. The command runs first: in one JVM the server and the
 * command would share the database, and the command releases it when done. Then what the served
 * release says about itself: every prefix its Turtle dump declares, in served Turtle and HTML, and
 * its dataset description, which meets DCAT-AP 3.0.1 (the official shapes in shapes/dcat-ap/).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReleaseTest {
    private static final String TSV = "text/tab-separated-values";

    @TempDir
    static Path out;
    private static PublicServer server;

    static Stream<String> files() {
        return Queries.files().stream();
    }

    /** Publishes the seed with the publish command's own stage: ETL, SHACL gate, release. */
    @BeforeAll
    static void publish() throws Exception {
        Publisher.Outcome o = Pipeline.run(out, Seed.BASE, List.of(Seed.CORPUS), Seed.TIME, warning -> { });
        assertEquals(Publisher.Status.PUBLISHED, o.status(), o.verdict().summary());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Order(1)
    @ParameterizedTest
    @MethodSource("files")
    void queryCommandGivesTheExpectedRows(String file) throws Exception {
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int exit = Main.run(new PrintWriter(stdout), new PrintWriter(stderr),
                "query", file, "--out", out.toString(), "--format", "tsv");
        assertEquals(0, exit, stderr.toString());
        assertEquals(Queries.expected(file), stdout.toString(), file);
    }

    @Order(2)
    @ParameterizedTest
    @MethodSource("files")
    void serverGivesTheExpectedRows(String file) throws Exception {
        HttpRequest post = HttpRequest.newBuilder(server().url().resolve("sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", TSV)
                .POST(HttpRequest.BodyPublishers.ofString(
                        "query=" + URLEncoder.encode(Bundle.read(file), StandardCharsets.UTF_8)))
                .build();
        HttpResponse<String> r = HttpClient.newHttpClient().send(post, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), file + ": " + r.body());
        assertEquals(Queries.expected(file), r.body(), file);
    }

    /** Served Turtle declares every prefix of the Turtle dump; HTML pages write IRIs with them. */
    @Order(3)
    @Test
    void servedTurtleAndHtmlUseTheDumpsPrefixes() throws Exception {
        Map<String, String> dump = prefixes(Files.readString(out.resolve("current/dumps/policy-lod.ttl")));
        assertTrue(dump.size() > 20, dump.toString());
        String mission = "id/mission/eucap-sahel-niger";
        HttpResponse<String> ttl = get(mission, "text/turtle");
        assertEquals(200, ttl.statusCode());
        Map<String, String> served = prefixes(ttl.body());
        dump.forEach((p, ns) -> {
            if (!Plo.NS.startsWith(ns)) {
                assertEquals(ns, served.get(p), "prefix " + p + ": in the dump, not in served Turtle");
            }
        });
        String html = get(mission, "text/html").body();
        for (String curie : List.of("skos:prefLabel", "org:Organization", "country:NER")) {
            assertTrue(html.contains("<span class=\"iri\">" + curie + "</span>"), curie + " in\n" + html);
        }
    }

    /** The served description: 0 violations of DCAT-AP 3.0.1's mandatory and range shapes. */
    @Order(4)
    @Test
    void servedDescriptionMeetsDcatAp() throws Exception {
        Path description = out.resolve("served-void.ttl");
        Files.writeString(description, get(".well-known/void", "text/turtle").body());
        for (String shapes : List.of("shapes.ttl", "range.ttl")) {
            Verdict v = Gate.of(DataReader.read(List.of(Path.of("shapes/dcat-ap", shapes)))).check(
                    DataReader.read(List.of(description)));
            assertEquals(0, v.violations(), shapes + ":\n" + v.summary());
        }
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(server().url().resolve(path)).header("Accept", accept).build();
        HttpResponse<String> see = HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (see.statusCode() != 303) {
            return see;
        }
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(server().url().resolve(
                see.headers().firstValue("Location").orElseThrow())).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The prefix declarations of a Turtle text, read by RDF4J Rio. */
    private static Map<String, String> prefixes(String turtle) throws Exception {
        Map<String, String> map = new TreeMap<>();
        Rio.parse(new StringReader(turtle), "http://example.invalid/", RDFFormat.TURTLE)
                .getNamespaces().forEach(n -> map.put(n.getPrefix(), n.getName()));
        return map;
    }

    private static synchronized PublicServer server() throws Exception {
        if (server == null) {
            server = PublicServer.start(Snapshot.of(Publication.at(out).current().orElseThrow()), "127.0.0.1", 0);
        }
        return server;
    }
}
