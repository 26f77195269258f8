package org.policylod.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.policylod.publish.BulkLoader;
import org.policylod.publish.Loader;
import org.policylod.publish.Publication;
import org.policylod.publish.Publisher;
import org.policylod.publish.ShardLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Loads RDF files made elsewhere (N-Triples, N-Quads, Turtle, TriG, RDF/XML, JSON-LD; "
                + "optionally gzipped) as they are into a new release of DIR, for `serve --no-publish --out DIR`: "
                + "to benchmark the server on other data, or to serve data published by other means.",
                "Nothing is extracted or validated and no dumps are written; release.properties says gate=skipped. "
                + "Triples outside a named graph go into the graph <BASE" + Loader.GRAPH + ">. "
                + "DIR/current switches only when every file has loaded."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:loaded", "2:a missing, unknown or malformed file (named with its line), or a usage error"})
final class LoadCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Folder to load into (never the default publication folder by accident: required).")
    Path out;

    @Option(names = "--base", paramLabel = "URI", defaultValue = Defaults.BASE,
            description = "Base namespace the server maps its /id/ paths onto (default: ${DEFAULT-VALUE}).")
    String base;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "RDF files to load.")
    List<Path> files;

    @Option(names = "--shards", paramLabel = "JOB",
            description = "Instead of FILEs: the output folder of the sharded ETL (src/spark), whose documents each "
                    + "passed the gate; those publish would hold back next to an earlier one (duplicates, conflicts "
                    + "across documents) are held back. Bulk-loaded with a TDB2 bulk loader (--loader) into a release "
                    + "with every dump format (gzipped), VoID, SHA256SUMS and documents.tsv (published or held back, "
                    + "with the reason).")
    Path shards;

    @Option(names = "--loader", paramLabel = "KIND",
            description = "With --shards: the TDB2 bulk loader, parallel, phased, light or xloader (default: the "
                    + "system property " + BulkLoader.PROPERTY + ", else parallel).")
    String loader;

    @Override
    public Integer call() throws Exception {
        PrintWriter say = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        if ((shards == null) == (files == null || files.isEmpty())) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give either FILE... or --shards JOB");
        }
        if (shards != null) {
            ShardLoader.Outcome o = ShardLoader.load(Publication.at(out), shards,
                    loader == null ? BulkLoader.configured() : BulkLoader.of(loader));
            say.printf("loaded %s: %d documents (%d published), %d quads; checks across documents %.1f s; TDB2 bulk load "
                            + "(%s) %.1f s = %.0f quads/s; with the dumps, VoID and checksums %.1f s: %s%n", o.version(),
                    o.documents(), o.published(), o.quads(), o.checkSeconds(), o.loader().label(), o.loadSeconds(),
                    o.quadsPerSecond(), o.totalSeconds(), o.where());
            say.println("current: " + out.resolve(Publication.CURRENT) + "  serve it: policy-lod serve --no-publish --out " + out);
            return 0;
        }
        Instant time = Publisher.time(System.getenv());
        Loader.Outcome o = Loader.load(Publication.at(out), base.endsWith("/") ? base : base + "/", files, time);
        say.printf("loaded %s (%d quads, %d ms): %s%n", o.version(), o.quads(), (System.nanoTime() - t0) / 1_000_000,
                o.where());
        say.println("current: " + out.resolve(Publication.CURRENT) + "  serve it: policy-lod serve --no-publish --out " + out);
        return 0;
    }
}
