package org.policylod.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.policylod.publish.Pipeline;
import org.policylod.publish.Publication;
import org.policylod.publish.Publisher;
import org.policylod.publish.Publisher.Outcome;
import org.policylod.serve.PublicServer;
import org.policylod.serve.Settings;
import org.policylod.serve.Snapshot;
import org.policylod.source.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the publication over SPARQL, as dereferenceable URIs, HTML pages and dumps "
                + "(publishes first when the folder holds none or the sources are newer).")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "N", defaultValue = "3030",
            description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = Defaults.OUT,
            description = "Publication folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--base", paramLabel = "URI", defaultValue = Defaults.BASE,
            description = "Base namespace when it has to publish first (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = Defaults.CORPUS,
            description = "Sources to publish when the publication is missing or older (default: ${DEFAULT-VALUE}).")
    Path corpus;

    /** A bound no machine reaches, so that the size in bytes cannot overflow. */
    static final long MAX_CACHE_MB = 1L << 30;
    /** A day: a longer limit is no limit, and far from what an endpoint should allow. */
    static final long MAX_TIMEOUT_SECONDS = 86_400;

    @Option(names = "--cache-mb", paramLabel = "MB", defaultValue = "64",
            description = "Memory for answers kept to serve repeated identical queries (default: ${DEFAULT-VALUE}; "
                    + "0 turns the result cache off).")
    long cacheMb;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Query time limit, replacing the one of fuseki-config/timeouts.ttl (10 s), e.g. for "
                    + "benchmarks against engines without one.")
    Double timeoutSeconds;

    @Option(names = "--no-publish",
            description = "Serve the current release as it is: never publish first, even when the sources are newer.")
    boolean noPublish;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        PrintWriter say = spec.commandLine().getOut();
        Publication publication = Publication.at(out);
        Settings settings = settings();
        Optional<Publication.Release> release = publication.current();
        if (noPublish && release.isEmpty()) {
            throw new InputException(out, 0, "no publication here to serve (--no-publish): run `policy-lod publish --out "
                    + out + "` or `policy-lod load` first");
        }
        if (!noPublish && (release.isEmpty()
                || newer(corpus, Files.getLastModifiedTime(release.get().properties()).toInstant()))) {
            if (!publish(say)) {
                if (release.isEmpty()) {
                    return Failures.NOT_CONFORMING;
                }
                spec.commandLine().getErr().println("warning: serving the previous release " + release.get().version());
            }
            release = publication.current();
            if (release.isEmpty()) {
                throw new InputException(out, 0, "no publication here: run `policy-lod publish --out " + out + "` first");
            }
        }
        Snapshot snapshot = Snapshot.of(release.get());
        PublicServer server = PublicServer.start(snapshot, host, port, settings);
        server.follow(publication);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "policy-lod-stop"));
        String root = server.url().toString();
        say.printf("policy-lod serving release %s of %s (started in %d ms)%n", snapshot.version(), out,
                (System.nanoTime() - t0) / 1_000_000);
        say.printf("  home      %s%n  SPARQL    %ssparql%n  dumps     %sdumps/%n  ontology  %sontology%n"
                + "  VoID      %s.well-known/void%n  URIs      %sid/... stands for %sid/...%n",
                root, root, root, root, root, root, snapshot.base());
        say.flush();
        server.join();
        return 0;
    }

    /** The server settings from the options; a value out of range is a usage error, before any work. */
    private Settings settings() {
        if (cacheMb < 0 || cacheMb > MAX_CACHE_MB) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--cache-mb must be 0 or more, not " + cacheMb + " (at most " + MAX_CACHE_MB + ")");
        }
        Settings s = Settings.DEFAULT.withCacheBytes(cacheMb << 20);
        if (timeoutSeconds == null) {
            return s;
        }
        if (!(timeoutSeconds > 0) || timeoutSeconds > MAX_TIMEOUT_SECONDS) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--timeout must be more than 0 and at most " + MAX_TIMEOUT_SECONDS + " seconds, not " + timeoutSeconds);
        }
        return s.withTimeout(Duration.ofMillis(Math.round(timeoutSeconds * 1000)));
    }

    /**
     * Publishes {@link #corpus} into {@link #out}, as {@code publish} does (document by document);
     * false when nothing could be published (the reasons named on stderr).
     */
    private boolean publish(PrintWriter say) throws InputException, IOException {
        PrintWriter err = spec.commandLine().getErr();
        say.println("publishing " + corpus + " into " + out + " first");
        say.flush();
        Outcome o = Pipeline.run(out, base.endsWith("/") ? base : base + "/", List.of(corpus),
                Publisher.time(System.getenv()), w -> err.println("warning: " + w), Pipeline.Gating.PER_DOCUMENT,
                PublishCommand.progress(err));
        o.heldBack().forEach(h -> err.println("held back: " + h.message()));
        if (o.status() == Publisher.Status.NOTHING_PUBLISHED) {
            err.println("error: every document was held back; nothing was published. Reasons: " + o.where());
            return false;
        }
        if (o.status() == Publisher.Status.NOT_CONFORMING) {
            err.println(o.verdict().summary());
            err.println("error: the data does not conform to the SHACL shapes; nothing was published. Report: " + o.where());
            return false;
        }
        if (!o.heldBack().isEmpty()) {
            err.println("warning: " + o.heldBack().size() + " held back and not published (see "
                    + Publication.at(out).heldBack() + ")");
        }
        say.println((o.status() == Publisher.Status.UNCHANGED ? "already published as " : "published ") + o.version());
        return true;
    }

    /** True when any file under {@code sources} changed after the release was published. */
    static boolean newer(Path sources, Instant published) throws IOException {
        if (!Files.exists(sources)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(Files::isRegularFile).anyMatch(p -> {
                try {
                    return Files.getLastModifiedTime(p).toInstant().isAfter(published);
                } catch (IOException e) {
                    return true;
                }
            });
        }
    }
}
