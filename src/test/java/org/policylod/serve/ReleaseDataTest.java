package org.policylod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How much heap the copy of a release is expected to take: from its quad count, else from its database's size. */
class ReleaseDataTest {
    @TempDir
    Path dir;

    @Test
    void fromTheQuadCountOfTheRelease() throws Exception {
        Files.createDirectories(dir.resolve("tdb2"));
        Files.write(dir.resolve("tdb2/nodes.dat"), new byte[100_000]);  // a preallocated file says little
        Files.writeString(dir.resolve("release.properties"), "version=v\nquads=1000\n");
        assertEquals(1000 * ReleaseData.BYTES_PER_QUAD, ReleaseData.need(snapshot()));
    }

    @Test
    void fromTheDatabaseWithoutOne() throws Exception {
        Files.createDirectories(dir.resolve("tdb2"));
        Files.write(dir.resolve("tdb2/nodes.dat"), new byte[100_000]);
        Files.writeString(dir.resolve("release.properties"), "version=v\nquads=many\n");
        assertEquals(100_000, ReleaseData.need(snapshot()));
    }

    private Snapshot snapshot() {
        return new Snapshot("v", "https://example.org/", Instant.EPOCH, dir, false);
    }
}
