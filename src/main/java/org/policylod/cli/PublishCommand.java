package org.policylod.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.policylod.publish.Pipeline;
import org.policylod.publish.Progress;
import org.policylod.publish.Publication;
import org.policylod.publish.Publisher;
import org.policylod.publish.Publisher.Outcome;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Runs the whole pipeline (read, extract, RDF, SHACL gate) and writes the publication: "
                + "dumps, dataset description, validation report and the TDB2 database the server uses.",
                "Each run writes DIR/releases/{version} (version: date and content hash) and then points "
                + "DIR/current at it in one atomic step. Data that fails the SHACL shapes publishes nothing: "
                + "the report goes to DIR/failed/validation-report.ttl and DIR/current stays as it was.",
                "The publication time is SOURCE_DATE_EPOCH (seconds) when set, so that the same input "
                + "gives byte-identical dumps; else now."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:published (or already published: current points at it)",
                "1:the data does not conform to the SHACL shapes; nothing published",
                "2:unreadable, empty, binary or malformed input, or a usage error"})
final class PublishCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = Defaults.OUT,
            description = "Publication folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--base", paramLabel = "URI", defaultValue = Defaults.BASE,
            description = "Base namespace of minted URIs (default: ${DEFAULT-VALUE}).")
    String base;

    @Parameters(paramLabel = "SOURCE", arity = "0..*",
            description = "Documents or folders of documents (*.txt, sorted) (default: " + Defaults.CORPUS + ").")
    List<Path> sources;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        String ns = base();
        Instant time;
        try {
            time = Publisher.time(System.getenv());
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return Failures.BAD_INPUT;
        }
        List<Path> from = sources == null || sources.isEmpty() ? List.of(Path.of(Defaults.CORPUS)) : sources;
        Outcome o = Pipeline.run(out, ns, from, time, w -> err.println("warning: " + w), progress(err));
        switch (o.status()) {
            case NOT_CONFORMING -> {
                err.println(o.verdict().summary());
                err.println("error: the data does not conform to the SHACL shapes (" + o.verdict().violations()
                        + " violations); nothing was published");
                err.println("full report: " + o.where());
                return Failures.NOT_CONFORMING;
            }
            case UNCHANGED -> stdout.println("already published as " + o.version() + ": " + o.where());
            case PUBLISHED -> stdout.println("published " + o.version() + " (" + o.triples() + " triples): " + o.where());
        }
        int warnings = o.verdict().warnings();
        if (warnings > 0) {
            err.println("note: " + warnings + (warnings == 1 ? " SHACL warning" : " SHACL warnings") + ", see "
                    + Publication.at(out).release(o.version()).report());
        }
        stdout.println("current: " + out.resolve(Publication.CURRENT) + "  dumps: "
                + out.resolve(Publication.CURRENT).resolve("dumps"));
        return 0;
    }

    /** One line on stderr per document extracted and per later stage, so a long run shows its pace. */
    static Progress progress(PrintWriter err) {
        return new Progress() {
            @Override
            public void document(int done, int total, String name, long triples, long millis) {
                err.printf("[%d/%d] %s: %d triples, %d ms%n", done, total, name, triples, millis);
                err.flush();
            }

            @Override
            public void stage(String what) {
                err.println(what);
                err.flush();
            }
        };
    }

    /** The base namespace, absolute and ending in '/' (minted URIs and the server's paths hang off it). */
    private String base() {
        try {
            URI u = new URI(base);
            if (!u.isAbsolute()) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--base " + base + ": not an absolute URI (e.g. " + Defaults.BASE + ")");
            }
        } catch (URISyntaxException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--base " + base + ": " + e.getMessage());
        }
        return base.endsWith("/") ? base : base + "/";
    }
}
