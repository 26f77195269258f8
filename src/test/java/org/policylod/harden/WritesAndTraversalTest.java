package org.policylod.harden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** No request reaches a file outside the dumps or changes the data. */
class WritesAndTraversalTest extends Server {
    static final String TRIPLE = "<urn:harden:s> <urn:harden:p> \"written\"";

    /** Dot segments that stay inside the site: resolved, and nothing is there. */
    @ParameterizedTest
    @ValueSource(strings = {"/dumps/../release.properties", "/dumps/./../release.properties",
            "/dumps/csv/../../release.properties", "/id/../release.properties", "/dumps/../tdb2/Data-0001/nodes-data.obj"})
    void traversalInsideTheSiteIsNotFound(String path) throws Exception {
        String[] r = raw("GET", path);
        assertFalse(r[1].contains("version=") || r[1].contains("root:"), path + " leaked:\n" + r[1]);
        assertEquals("HTTP/1.1 404 Not Found", r[0], path);
    }

    /**
     * Encoded dots and slashes, empty segments, path parameters and paths above the root are
     * ambiguous: Jetty refuses them with 400 before any servlet sees them.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/dumps/%2e%2e/release.properties", "/dumps/%2E%2E/release.properties",
            "/dumps/..%2frelease.properties", "/dumps/%2e%2e%2frelease.properties", "/dumps/..%5crelease.properties",
            "/dumps/%252e%252e/release.properties", "/dumps//../release.properties", "/dumps/..;/release.properties",
            "/id/../../etc/passwd", "/id/%2e%2e/%2e%2e/etc/passwd", "/id/..%2f..%2fetc%2fpasswd",
            "/dumps/%2e%2e/tdb2/Data-0001/nodes.dat", "/dumps/../../../../../../etc/passwd"})
    void ambiguousTraversalIsABadRequest(String path) throws Exception {
        String[] r = raw("GET", path);
        assertFalse(r[1].contains("version=") || r[1].contains("root:"), path + " leaked:\n" + r[1]);
        assertEquals("HTTP/1.1 400 Bad Request", r[0], path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT /sparql", "DELETE /sparql", "PATCH /sparql", "PUT /dumps/policy-lod.nt",
            "DELETE /dumps/policy-lod.nt", "PUT /id/document/eeas-2022-1466", "DELETE /id/document/eeas-2022-1466",
            "PUT /data", "DELETE /data", "PUT /", "TRACE /", "PROPFIND /dumps/", "MKCOL /dumps/x"})
    void writeMethodsAreRefused(String request) throws Exception {
        String[] mp = request.split(" ");
        String[] r = raw(mp[0], mp[1]);
        assertEquals("HTTP/1.1 405 Method Not Allowed", r[0], request);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/sparql", "/update", "/data", "/", "/sparql/update", "/$/datasets"})
    void updatesArePostedInVain(String path) throws Exception {
        HttpResponse<String> a = post(path, "application/sparql-update", "INSERT DATA { " + TRIPLE + " }");
        HttpResponse<String> b = post(path, "application/x-www-form-urlencoded", "update=INSERT%20DATA%20%7B%20"
                + java.net.URLEncoder.encode(TRIPLE, java.nio.charset.StandardCharsets.UTF_8) + "%20%7D");
        HttpResponse<String> c = post(path, "application/n-triples", TRIPLE + " .\n");
        for (HttpResponse<String> r : java.util.List.of(a, b, c)) {
            assertFalse(r.statusCode() < 400, path + ": " + r.statusCode() + " " + r.body());
        }
    }

    @AfterEach
    void nothingWasWritten() throws Exception {
        HttpResponse<String> r = query("ASK { { " + TRIPLE + " } UNION { GRAPH ?g { " + TRIPLE + " } } }");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("_askResult\r\nfalse\r\n", r.body());
    }
}
