package org.policylod.serve;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.policylod.publish.Publication;

/** Starts the real server over the fixture publication on 127.0.0.1, port 0, once per test class. */
abstract class Served {
    @TempDir
    static Path dir;
    static Path release;
    static PublicServer server;
    static Http http;

    @BeforeAll
    static void start() throws Exception {
        release = Fixture.write(dir);
        Snapshot snapshot = Snapshot.of(Publication.at(dir).current().orElseThrow());
        server = PublicServer.start(snapshot, "127.0.0.1", 0);
        http = new Http(server.url());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }
}
