package org.policylod.serve;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Properties;
import org.policylod.publish.Loader;
import org.policylod.publish.Publication;
import org.policylod.source.InputException;

/**
 * The release a server serves, as {@code release.properties} describes it: its version (which also
 * tags every HTTP response, see {@link Caching}), the base namespace its URIs were minted under,
 * when it was published, and whether it passed the SHACL gate (a release made by {@code load}
 * says {@code gate=skipped}).
 */
public record Snapshot(String version, String base, Instant time, Path dir, boolean validated) {

    public Path tdb() {
        return dir.resolve("tdb2");
    }

    public Path dumps() {
        return dir.resolve("dumps");
    }

    /** Reads a release folder; a missing or incomplete release.properties is bad input. */
    public static Snapshot of(Publication.Release release) throws IOException, InputException {
        Path file = release.properties();
        if (!Files.isRegularFile(file)) {
            throw new InputException(file, 0, "missing; not a publication release");
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        String version = need(p, "version", file);
        String base = need(p, "base", file);
        if (!base.endsWith("/")) {
            throw new InputException(file, 0, "base '" + base + "' must end with / (the server maps its paths onto it)");
        }
        Instant time;
        try {
            time = Instant.parse(need(p, "time", file));
        } catch (DateTimeParseException e) {
            throw new InputException(file, 0, "time '" + p.getProperty("time") + "' is not an ISO-8601 instant");
        }
        if (!Files.isDirectory(release.tdb())) {
            throw new InputException(release.tdb(), 0, "missing; the release has no TDB2 database");
        }
        return new Snapshot(version, base, time, release.dir(), !Loader.GATE_SKIPPED.equals(p.getProperty(Loader.GATE, "").trim()));
    }

    private static String need(Properties p, String key, Path file) throws InputException {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new InputException(file, 0, "no value for '" + key + "'");
        }
        return v.trim();
    }
}
