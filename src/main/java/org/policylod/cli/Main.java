package org.policylod.cli;

import java.io.PrintWriter;
import org.policylod.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code policy-lod} command: one subcommand per stage a user runs. */
@Command(name = "policy-lod",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = "Publishes EU policy documents as linked data and serves them.",
        subcommands = {PublishCommand.class, ServeCommand.class, ValidateCommand.class, QueryCommand.class,
                LoadCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the data does not conform to the SHACL shapes",
                "2:unreadable, empty, binary or malformed input, or a usage error",
                "3:an internal error (a bug: please report it with the stack trace)",
                "4:published, but some documents were held back (publish)"})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Without a subcommand: say what there is to do, and fail so scripts notice. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand");
    }

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with the given output streams and returns its exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cmd = new CommandLine(new Main());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExecutionExceptionHandler(new Failures());
        cmd.setParameterExceptionHandler(Main::usage);
        return cmd.execute(args);
    }

    /** A usage error: the message, any "did you mean", and always the usage of the command at fault. */
    private static int usage(CommandLine.ParameterException e, String[] args) {
        CommandLine at = e.getCommandLine();
        PrintWriter err = at.getErr();
        err.println(e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        at.usage(err);
        return CommandLine.ExitCode.USAGE;
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"policy-lod " + Version.get()};
        }
    }
}
