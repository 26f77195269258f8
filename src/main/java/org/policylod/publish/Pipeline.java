package org.policylod.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.policylod.extract.Etl;
import org.policylod.source.InputException;
import org.policylod.source.SourceDocument;
import org.policylod.validate.Gate;

/** The whole publish stage in one call, for the commands that run it (publish, serve). */
public final class Pipeline {
    /** How the SHACL gate decides what is published. */
    public enum Gating {
        /** Each document on its own: the conforming ones are published, the others held back. */
        PER_DOCUMENT,
        /** The corpus as a whole: one bad document publishes nothing. */
        ALL_OR_NOTHING
    }

    private Pipeline() {
    }

    /** Publishes {@code sources} document by document ({@link Gating#PER_DOCUMENT}). */
    public static Publisher.Outcome run(Path out, String base, List<Path> sources, Instant time, Consumer<String> warn)
            throws InputException, IOException {
        return run(out, base, sources, time, warn, Gating.PER_DOCUMENT);
    }

    /**
     * Reads {@code sources}, runs the ETL, the SHACL gate, and publishes into {@code out}.
     *
     * @param base  the base namespace, ending in '/'
     * @param warn  receives each ETL warning (the run goes on)
     * @throws InputException for a missing file or folder, or a folder without documents; with
     *                        {@link Gating#ALL_OR_NOTHING} also for any unreadable, empty, binary or
     *                        malformed document, naming file and line
     */
    public static Publisher.Outcome run(Path out, String base, List<Path> sources, Instant time, Consumer<String> warn,
                                        Gating gating) throws InputException, IOException {
        return run(out, base, sources, time, warn, gating, Progress.NONE);
    }

    /** As {@link #run(Path, String, List, Instant, Consumer, Gating)}, telling {@code progress} how it advances. */
    public static Publisher.Outcome run(Path out, String base, List<Path> sources, Instant time, Consumer<String> warn,
                                        Gating gating, Progress progress) throws InputException, IOException {
        Etl etl = Etl.create(base, time);
        Gate gate = Gate.create(base);
        Publisher publisher = new Publisher(Publication.at(out), base, time, gate::check);
        if (gating == Gating.ALL_OR_NOTHING) {
            List<SourceDocument> docs = Sources.read(sources);
            progress.stage("extracting " + docs.size() + " documents");
            Assembly assembly = Assembly.of(docs, etl, base);
            assembly.warnings().forEach(warn);
            progress.stage("SHACL gate over the whole publication, then the release");
            return publisher.publish(assembly);
        }
        DocumentGate perDocument = new DocumentGate(etl, gate);
        List<DocumentOutcome> checked = new ArrayList<>();
        List<Path> files = Sources.expand(sources);
        for (Path file : files) {
            long start = System.nanoTime();
            DocumentOutcome o = perDocument.check(file);
            o.warnings().forEach(warn);
            checked.add(o);
            progress.document(checked.size(), files.size(), o, (System.nanoTime() - start) / 1_000_000);
        }
        progress.stage("writing the release: dumps, TDB2 database, tables, description");
        Batch batch = Batch.of(checked, etl, base);
        batch.holdBackCrossDocument(CrossDocument.of(gate.shapes(), etl.ontology().getGraph()));
        return publisher.publish(batch);
    }
}
