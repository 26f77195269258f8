package org.policylod.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.policylod.publish.DocumentOutcome;
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
                "Each document's graph, with the reference data, passes the SHACL gate on its own. The "
                + "conforming documents are published; a document that does not conform, or cannot be read or "
                + "extracted, is held back: named on stderr with its reason, and kept with its graph and report "
                + "in DIR/held-back/{file}/ (reason.txt, graph.ttl, validation-report.ttl).",
                "Each run writes DIR/releases/{version} (version: date and content hash) and then points "
                + "DIR/current at it in one atomic step. When nothing can be published, DIR/current stays as it "
                + "was. With --all-or-nothing, one bad document publishes nothing: data that fails the shapes "
                + "leaves its report in DIR/failed/validation-report.ttl.",
                "The publication time is SOURCE_DATE_EPOCH (seconds) when set, so that the same input "
                + "gives byte-identical dumps; else now."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:published (or already published: current points at it)",
                "1:nothing published: no document conforms to the SHACL shapes (with --all-or-nothing: the data "
                        + "does not conform)",
                "2:unreadable, empty, binary or malformed input (every document, or with --all-or-nothing any), "
                        + "or a usage error",
                "3:an internal error; also when the extractor failed on every document it was given",
                "4:published the conforming documents; some were held back (see DIR/held-back/)"})
final class PublishCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = Defaults.OUT,
            description = "Publication folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--base", paramLabel = "URI", defaultValue = Defaults.BASE,
            description = "Base namespace of minted URIs (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--all-or-nothing",
            description = "Publish every document or none: one that cannot be read, or data that fails the shapes, "
                    + "publishes nothing (the behaviour before the per-document gate).")
    boolean allOrNothing;

    @Option(names = "--progress", negatable = true,
            description = "A line per document and per stage on stderr (default: when run from a terminal).")
    Boolean progress;

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
        Outcome o = Pipeline.run(out, ns, from, time, w -> err.println("warning: " + w),
                allOrNothing ? Pipeline.Gating.ALL_OR_NOTHING : Pipeline.Gating.PER_DOCUMENT,
                progress == null ? progress(err) : progress ? lines(err) : Progress.NONE);
        o.heldBack().forEach(h -> err.println("held back: " + h.message()));
        switch (o.status()) {
            case NOTHING_PUBLISHED -> {
                err.println("error: nothing was published: every document was held back (reasons, graphs and reports in "
                        + o.where() + "); the current release is unchanged");
                return Failures.nothingPublished(o.heldBack());
            }
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
        int held = o.heldBack().size();
        if (held > 0) {
            err.println("warning: " + held + (held == 1 ? " document was" : " documents were")
                    + " held back and not published (reasons, graphs and reports in "
                    + Publication.at(out).heldBack() + ")");
            return Failures.HELD_BACK;
        }
        return 0;
    }

    /** {@link #lines} for a person at a terminal; nothing in a pipe, a log or a test. */
    static Progress progress(PrintWriter err) {
        return System.console() != null ? lines(err) : Progress.NONE;
    }

    /** One line on stderr per document through the gate and per later stage, so a long run shows its pace. */
    static Progress lines(PrintWriter err) {
        return new Progress() {
            @Override
            public void document(int done, int total, DocumentOutcome o, long millis) {
                String what = o instanceof DocumentOutcome.Published p ? p.graph().model().size() + " triples"
                        : "held back (" + ((DocumentOutcome.HeldBack) o).reason() + ")";
                err.printf("[%d/%d] %s: %s, %d ms%n", done, total, o.file(), what, millis);
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
