package org.policylod.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Runs a SPARQL query against the local publication, without a server.")
final class QueryCommand implements Callable<Integer> {
    enum Format { csv, tsv, json, text }

    @Parameters(paramLabel = "FILE.rq", description = "The query file.")
    Path query;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = Defaults.OUT,
            description = "Publication folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--format", defaultValue = "text",
            description = "Result format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        throw new UnsupportedOperationException("query: not wired yet");
    }
}
