package org.policylod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void withoutAPublicationItPublishesFirstAndNamesMissingSources() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "serve", "--port", "0",
                "--out", dir.toString(), "--corpus", dir.resolve("none").toString());
        assertEquals(2, code);
        assertEquals("publishing " + dir.resolve("none") + " into " + dir + " first\n", out.toString());
        assertEquals("error: " + dir.resolve("none") + ": no such file or folder\n", err.toString());
    }
}
