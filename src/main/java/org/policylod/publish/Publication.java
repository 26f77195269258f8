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
 *     release.properties version, base, time, tool version, counts, sources with their SHA-256
 * DIR/failed/            the last failed publish: validation-report.ttl and summary.txt (a
 *                        successful publish removes it)
 * DIR/held-back/{file}/  the documents the last per-document publish held back: reason.txt,
 *                        graph.ttl, validation-report.ttl (see HeldBackFolder)
 * </pre>
 *
 * <p>A release is named by its version: the publication date and the start of the content hash
 * (SHA-256 over the sorted N-Quads), e.g. {@code 2026-11-29-3f2a9c1e}.
 */
public final class Publication {
    public static final String CURRENT = "current";
    public static final String RELEASES = "releases";
    public static final String FAILED = "failed";
    public static final String HELD_BACK = "held-back";

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

    public Path releases() {
        return dir.resolve(RELEASES);
    }

    /** The release folder of {@code version} (which may not exist). */
    public Release release(String version) {
        return new Release(releases().resolve(version));
    }

    /** Where a publish that failed the SHACL gate leaves its report. */
    public Path failed() {
        return dir.resolve(FAILED);
    }

    /** Where a per-document publish keeps the documents it held back, one folder each. */
    public Path heldBack() {
        return dir.resolve(HELD_BACK);
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
