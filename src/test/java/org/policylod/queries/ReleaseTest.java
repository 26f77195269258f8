package org.policylod.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
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
import org.policylod.serve.Snapshot;

/**
 * Every query file runs unchanged over a published release of the seed and gives its expected
 * rows: through {@code policy-lod query FILE --out DIR} (the release's TDB2 database), then
 * through the server's {@code /sparql}. The command runs first: in one JVM the server and the
 * command would share the database, and the command releases it when done.
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

    private static synchronized PublicServer server() throws Exception {
        if (server == null) {
            server = PublicServer.start(Snapshot.of(Publication.at(out).current().orElseThrow()), "127.0.0.1", 0);
        }
        return server;
    }
}
