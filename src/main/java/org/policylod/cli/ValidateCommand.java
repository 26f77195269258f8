package org.policylod.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.policylod.validate.DataReader;
import org.policylod.validate.Gate;
import org.policylod.validate.ReportWriter;
import org.policylod.validate.Verdict;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "SHACL-validates RDF files (any syntax Jena reads) against the shapes in shapes/, "
                + "or against other shapes files (--shapes).")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--base", paramLabel = "URI", defaultValue = Defaults.BASE,
            description = "Base namespace the data's minted URIs use (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Also write the full SHACL validation report to FILE as Turtle.")
    Path report;

    @Option(names = "--shapes", paramLabel = "FILE", split = ",",
            description = "Validate against these SHACL shapes files (repeat the option or separate by commas) "
                    + "instead of the bundled shapes/, e.g. shapes/dcat-ap/shapes.ttl,shapes/dcat-ap/range.ttl.")
    List<Path> shapes;

    @Parameters(paramLabel = "DATA", arity = "1..*", description = "RDF files to validate together.")
    List<Path> data;

    @Override
    public Integer call() throws Exception {
        Gate gate;
        try {
            gate = shapes == null || shapes.isEmpty() ? Gate.create(base) : Gate.of(DataReader.read(shapes));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--base: " + e.getMessage());
        }
        Graph graph = DataReader.read(data);
        Verdict verdict = gate.check(graph);
        PrintWriter out = spec.commandLine().getOut();
        out.print(verdict.summary());
        out.flush();
        if (report != null) {
            ReportWriter.write(verdict, report);
        }
        return verdict.conforms() ? CommandLine.ExitCode.OK : Failures.NOT_CONFORMING;
    }
}
