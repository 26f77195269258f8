package org.policylod.serve;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;

/** A plain HTTP client for the tests: no redirects followed, so 303s can be checked. */
final class Http {
    static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final URI root;

    Http(URI root) {
        this.root = root;
    }

    URI at(String path) {
        return root.resolve(path);
    }

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(at(path)).timeout(Duration.ofSeconds(60)).GET();
        if (headers.length > 0) {
            b.headers(headers);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> send(String method, String path, String contentType, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(at(path)).timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            b.headers(headers);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> query(String query, String accept) throws IOException, InterruptedException {
        return get("/sparql?query=" + enc(query), "Accept", accept);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String type(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("").split(";")[0].trim();
    }

    /** The values of every Vary header, split. */
    static java.util.Set<String> vary(HttpResponse<?> r) {
        java.util.Set<String> values = new java.util.TreeSet<>();
        r.headers().allValues("Vary").forEach(v -> java.util.Arrays.stream(v.split(",")).map(String::trim).forEach(values::add));
        return values;
    }

    static Model rdf(HttpResponse<String> r, RDFFormat format) throws IOException {
        return Rio.parse(new StringReader(r.body()), "http://example.invalid/", format);
    }
}
