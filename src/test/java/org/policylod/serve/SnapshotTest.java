package org.policylod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylod.publish.Publication;
import org.policylod.source.InputException;

class SnapshotTest {
    @TempDir
    Path dir;

    private Publication.Release release(String properties) throws Exception {
        Path r = Files.createDirectories(dir.resolve("releases/v1"));
        Files.createDirectories(r.resolve("tdb2"));
        Files.writeString(r.resolve("release.properties"), properties);
        return new Publication.Release(r);
    }

    @Test
    void readsVersionBaseAndTime() throws Exception {
        Snapshot s = Snapshot.of(release("version=v1\nbase=https://example.org/x/\ntime=2026-01-02T03:04:05Z\n"));
        assertEquals("v1", s.version());
        assertEquals("https://example.org/x/", s.base());
        assertEquals(Instant.parse("2026-01-02T03:04:05Z"), s.time());
    }

    @Test
    void badPropertiesNameTheFile() throws Exception {
        Publication.Release r = release("version=v1\nbase=https://example.org/x\ntime=2026-01-02T03:04:05Z\n");
        InputException e = assertThrows(InputException.class, () -> Snapshot.of(r));
        assertEquals(r.properties() + ": base 'https://example.org/x' must end with / (the server maps its paths onto it)",
                e.getMessage());
        Publication.Release noTime = release("version=v1\nbase=https://example.org/x/\n");
        assertEquals(noTime.properties() + ": no value for 'time'",
                assertThrows(InputException.class, () -> Snapshot.of(noTime)).getMessage());
    }
}
