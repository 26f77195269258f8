package org.policylod.harden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.policylod.publish.Publication;
import org.policylod.serve.PublicServer;
import org.policylod.serve.Snapshot;

/** The seed published by the command line and served by the real server on 127.0.0.1, port 0. */
abstract class Server {
    /** The bundled query time limit (fuseki-config/timeouts.ttl), plus room for a busy machine. */
    static final Duration PATIENCE = Duration.ofSeconds(40);
    static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    static Path dir;
    static Path pub;
    static PublicServer server;
    static URI root;

    @BeforeAll
    static void start() throws Exception {
        pub = dir.resolve("pub");
        Cli.Run r = Cli.run("publish", "--out", pub.toString(), Fuzz.SEED.toString());
        assertEquals(0, r.code(), r.toString());
        server = PublicServer.start(Snapshot.of(Publication.at(pub).current().orElseThrow()), "127.0.0.1", 0);
        root = server.url();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    static HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
        return CLIENT.send(b.timeout(PATIENCE).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> get(String pathAndQuery, String accept) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(root.resolve(pathAndQuery)).header("Accept", accept).GET());
    }

    static HttpResponse<String> query(String sparql) throws IOException, InterruptedException {
        return get("/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8), "text/csv");
    }

    static HttpResponse<String> post(String path, String type, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(root.resolve(path)).header("Content-Type", type).header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /**
     * A request written byte for byte on a socket, so the path reaches the server exactly as given
     * (HTTP clients normalise dot segments). Returns the status line and the rest of the answer.
     */
    static String[] raw(String method, String path) throws IOException {
        try (Socket s = new Socket(root.getHost(), root.getPort())) {
            s.setSoTimeout((int) PATIENCE.toMillis());
            OutputStream out = s.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: " + root.getHost() + "\r\nConnection: close\r\n"
                    + "Content-Length: 0\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            InputStream in = s.getInputStream();
            in.transferTo(all);
            String answer = all.toString(StandardCharsets.UTF_8);
            int eol = answer.indexOf("\r\n");
            return new String[] {eol < 0 ? answer : answer.substring(0, eol), eol < 0 ? "" : answer.substring(eol + 2)};
        }
    }
}
