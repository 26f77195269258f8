package org.policylod.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "publish", mixinStandardHelpOptions = true,
        description = "Runs the whole pipeline (read, extract, RDF, SHACL gate) and writes the publication: "
                + "dumps, dataset description, validation report and the TDB2 database the server uses.")
final class PublishCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "DIR", defaultValue = Defaults.OUT,
            description = "Publication folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--base", paramLabel = "URI", defaultValue = Defaults.BASE,
            description = "Base namespace of minted URIs (default: ${DEFAULT-VALUE}).")
    String base;

    @Parameters(paramLabel = "SOURCE", arity = "0..*",
            description = "Documents or folders of documents (default: " + Defaults.CORPUS + ").")
    List<Path> sources;

    @Override
    public Integer call() throws Exception {
        throw new UnsupportedOperationException("publish: not wired yet");
    }
}
