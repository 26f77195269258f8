package org.policylod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void withoutAPublicationItSaysWhatToDo() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "serve", "--port", "0",
                "--out", dir.toString(), "--corpus", dir.resolve("none").toString());
        assertEquals(2, code);
        assertTrue(err.toString().contains(dir + ": no publication here: run `policy-lod publish --out " + dir + "` first"),
                err.toString());
    }
}
