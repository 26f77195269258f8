package org.policylod.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.policylod.extract.Etl;
import org.policylod.source.InputException;
import org.policylod.source.SourceDocument;
import org.policylod.validate.Gate;

/** The whole publish stage in one call, for the commands that run it (publish, serve). */
public final class Pipeline {
    private Pipeline() {
    }

    /**
     * Reads {@code sources}, runs the ETL, the SHACL gate, and publishes into {@code out}.
     *
     * @param base  the base namespace, ending in '/'
     * @param warn  receives each ETL warning (the run goes on)
     * @throws InputException for unreadable, empty, binary or malformed input, naming file and line
     */
    public static Publisher.Outcome run(Path out, String base, List<Path> sources, Instant time, Consumer<String> warn)
            throws InputException, IOException {
        return run(out, base, sources, time, warn, Progress.NONE);
    }

    /** As {@link #run(Path, String, List, Instant, Consumer)}, telling {@code progress} how it advances. */
    public static Publisher.Outcome run(Path out, String base, List<Path> sources, Instant time, Consumer<String> warn,
                                        Progress progress) throws InputException, IOException {
        List<SourceDocument> docs = Sources.read(sources);
        Assembly assembly = Assembly.of(docs, Etl.create(base, time), base, progress);
        assembly.warnings().forEach(warn);
        progress.stage("SHACL gate, then the release: dumps, TDB2 database, tables, description");
        return new Publisher(Publication.at(out), base, time, Gate.create(base)::check).publish(assembly);
    }
}
