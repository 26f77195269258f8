package org.policylod.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.shared.PrefixMapping;
import org.policylod.publish.Publication.Release;
import org.policylod.validate.Verdict;

/**
 * Publishes an assembled dataset: the SHACL gate first; then a new release folder with the dumps,
 * the dataset description, the TDB2 database, the tables, checksums, the validation report and the
 * release record; then the atomic switch of {@code current}. Data that fails the gate publishes
 * nothing: its report goes to {@code DIR/failed/} and every release stays as it was. A
 * {@link Batch} publishes its conforming documents and keeps the others in {@code DIR/held-back/}.
 */
public final class Publisher {
    public static final String REPORT = "validation-report.ttl";
    public static final String SUMMARY = "summary.txt";
    public static final String SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH";
    static final int HASH_CHARS = 8;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    /** NOTHING_PUBLISHED: every document of a batch was held back. */
    public enum Status { PUBLISHED, UNCHANGED, NOT_CONFORMING, NOTHING_PUBLISHED }

    /**
     * What a publish did.
     *
     * @param status   published, unchanged (this content was already a release: {@code current} now
     *                 points at it), not conforming, or nothing published (every document held back)
     * @param version  the release version (null when nothing was published)
     * @param where    the release folder, the report of a failed gate, or {@code DIR/held-back}
     * @param verdict  the gate's verdict on the whole (null when nothing reached it)
     * @param triples  distinct triples published
     * @param heldBack the documents held back, in the order of the files
     */
    public record Outcome(Status status, String version, Path where, Verdict verdict, long triples,
                          List<DocumentOutcome.HeldBack> heldBack) {
    }

    private final Publication publication;
    private final String base;
    private final Instant time;
    private final Function<Graph, Verdict> gate;

    public Publisher(Publication publication, String base, Instant time, Function<Graph, Verdict> gate) {
        this.publication = publication;
        this.base = base;
        this.time = time;
        this.gate = gate;
    }

    /**
     * The publication time: {@code SOURCE_DATE_EPOCH} (seconds since 1970, the reproducible-builds
     * convention) when {@code env} sets it, else now, to the second.
     *
     * @throws IllegalArgumentException when SOURCE_DATE_EPOCH is not a whole number of seconds
     */
    public static Instant time(Map<String, String> env) {
        String epoch = env.get(SOURCE_DATE_EPOCH);
        if (epoch == null || epoch.isBlank()) {
            return Instant.now().truncatedTo(ChronoUnit.SECONDS);
        }
        try {
            return Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(SOURCE_DATE_EPOCH + "=" + epoch + " is not a whole number of seconds", e);
        }
    }

    /** The version of a release of {@code data} made at {@code time}: day and start of the content hash. */
    public static String version(Instant time, Canonical data) {
        return version(time, data.contentHash());
    }

    /** The version of a release made at {@code time} whose content hashes to {@code sha256} (hex). */
    static String version(Instant time, String sha256) {
        return DAY.format(time) + "-" + sha256.substring(0, HASH_CHARS);
    }

    /** Publishes all of {@code assembly} or, when it does not conform, nothing. */
    public Outcome publish(Assembly assembly) throws IOException {
        Canonical data = Canonical.of(assembly.dataset(), assembly.prefixes());
        ReleaseSwitch.Held held = ReleaseSwitch.lock(publication);
        try {
            Outcome o = publish(data, assembly, gate.apply(data.union()), List.of());
            if (o.status() != Status.NOT_CONFORMING) {
                HeldBackFolder.write(publication, List.of());
            }
            return o;
        } finally {
            held.close();
        }
    }

    /**
     * Publishes the documents of {@code batch} that passed the per-document gate, and keeps the
     * others in {@code DIR/held-back/}. Their assembly passes the gate once more as a whole (it makes
     * the release's report): documents that break a shape only next to an earlier one are held back
     * too, until it conforms. A violation that no document can be held back for publishes nothing,
     * as {@link #publish(Assembly)} does.
     */
    public Outcome publish(Batch batch) throws IOException {
        ReleaseSwitch.Held held = ReleaseSwitch.lock(publication);
        try {
            while (true) {
                if (batch.published().isEmpty()) {
                    HeldBackFolder.write(publication, batch.heldBack());
                    return new Outcome(Status.NOTHING_PUBLISHED, null, publication.heldBack(), null, 0, batch.heldBack());
                }
                Assembly assembly = batch.assembly();
                Canonical data = Canonical.of(assembly.dataset(), assembly.prefixes());
                Verdict verdict = gate.apply(data.union());
                if (verdict.conforms() || !batch.holdBackConflicts(verdict)) {
                    HeldBackFolder.write(publication, batch.heldBack());
                    return publish(data, assembly, verdict, batch.heldBack());
                }
            }
        } finally {
            held.close();
        }
    }

    private Outcome publish(Canonical data, Assembly assembly, Verdict verdict, List<DocumentOutcome.HeldBack> heldBack)
            throws IOException {
        if (!verdict.conforms()) {
            Path failed = publication.failed();
            ReleaseSwitch.delete(failed);
            Files.createDirectories(failed);
            Path report = failed.resolve(REPORT);
            report(verdict.report(), report);
            Files.writeString(failed.resolve(SUMMARY), verdict.summary(), StandardCharsets.UTF_8);
            return new Outcome(Status.NOT_CONFORMING, null, report, verdict, data.tripleLines().size(), heldBack);
        }
        String version = version(time, data);
        Release release = publication.release(version);
        if (Files.isDirectory(release.dir())) {
            ReleaseSwitch.point(publication, version);
            ReleaseSwitch.delete(publication.failed());
            return new Outcome(Status.UNCHANGED, version, release.dir(), verdict, data.tripleLines().size(), heldBack);
        }
        Path tmp = ReleaseSwitch.begin(publication, version);
        try {
            write(new Release(tmp), data, assembly, version, verdict);
            ReleaseSwitch.commit(publication, tmp, version);
        } catch (IOException | RuntimeException e) {
            ReleaseSwitch.delete(tmp);
            throw e;
        }
        ReleaseSwitch.delete(publication.failed());
        return new Outcome(Status.PUBLISHED, version, release.dir(), verdict, data.tripleLines().size(), heldBack);
    }

    private void write(Release r, Canonical data, Assembly assembly, String version, Verdict verdict)
            throws IOException {
        List<Distribution> files = new ArrayList<>(DumpWriter.write(data, r.dumps()));
        Store.load(data.dataset(), r.tdb());
        try (Store store = Store.open(r)) {
            files.addAll(Tables.write(store, r.dumps().resolve(Tables.CSV), Tables.bundled()));
        }
        Description.write(data, base, version, time, files, r.dumps());
        Checksums.write(r.dumps());
        report(verdict.report(), r.report());
        ReleaseInfo.write(r.dir(), version, base, time, data, assembly.sources());
    }

    /** Writes a SHACL report as Turtle, in canonical order so that reruns compare equal. */
    static void report(Graph report, Path file) throws IOException {
        PrefixMapping prefixes = report.getPrefixMapping();
        Graph sorted = Canonical.of(DatasetGraphFactory.wrap(report), prefixes).union();
        try (OutputStream out = Files.newOutputStream(file)) {
            RDFWriter.source(sorted).format(RDFFormat.TURTLE_PRETTY).output(out);
        }
    }
}
