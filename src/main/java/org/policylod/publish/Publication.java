package org.policylod.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The layout of a publication folder. Each publish writes a new release folder and then switches
 * the {@code current} link to it in one atomic rename, so a failed publish never touches what is
 * already published and a reader always sees one whole release.
 *
 * <pre>
 * DIR/current            symbolic link to releases/{version}
 * DIR/releases/{version}/
 *     tdb2/              the TDB2 database (a named graph per document, plus ontology and reference)
 *     dumps/             policy-lod.nt, .nq, .ttl, .trig, .jsonld, .rdf (each also .gz), void.ttl,
 *                        csv/*.csv, SHA256SUMS
 *     validation-report.ttl
 *     release.properties version, base, time
 * </pre>
 */
public final class Publication {
    public static final String CURRENT = "current";
    public static final String RELEASES = "releases";

    private final Path dir;

    private Publication(Path dir) {
        this.dir = dir;
    }

    public static Publication at(Path dir) {
        return new Publication(dir);
    }

    public Path dir() {
        return dir;
    }

    /** The release {@code current} points at, if any publish has succeeded here. */
    public Optional<Release> current() throws IOException {
        Path link = dir.resolve(CURRENT);
        if (!Files.exists(link)) {
            return Optional.empty();
        }
        return Optional.of(new Release(link.toRealPath()));
    }

    /** One published release folder. */
    public record Release(Path dir) {
        public Path tdb() {
            return dir.resolve("tdb2");
        }

        public Path dumps() {
            return dir.resolve("dumps");
        }

        public Path report() {
            return dir.resolve("validation-report.ttl");
        }

        public Path properties() {
            return dir.resolve("release.properties");
        }

        public String version() {
            return dir.getFileName().toString();
        }
    }
}
