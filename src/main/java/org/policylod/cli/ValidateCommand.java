package org.policylod.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "SHACL-validates RDF files (any syntax Jena reads) against the shapes in shapes/.")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DATA", arity = "1..*", description = "RDF files to validate together.")
    List<Path> data;

    @Override
    public Integer call() throws Exception {
        throw new UnsupportedOperationException("validate: not wired yet");
    }
}
