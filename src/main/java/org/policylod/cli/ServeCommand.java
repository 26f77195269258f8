package org.policylod.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the publication over SPARQL, as dereferenceable URIs, HTML pages and dumps "
                + "(publishes first when the folder holds none or the sources are newer).")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "N", defaultValue = "3030",
            description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = Defaults.OUT,
            description = "Publication folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
        throw new UnsupportedOperationException("serve: not wired yet");
    }
}
