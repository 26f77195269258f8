package org.policylod.cli;

import org.policylod.source.InputException;
import picocli.CommandLine;

/** Maps failures to exit codes: bad input is 2 with the message that names the file and line. */
final class Failures implements CommandLine.IExecutionExceptionHandler {
    static final int NOT_CONFORMING = 1;
    static final int BAD_INPUT = 2;
    /** picocli's own SOFTWARE code is 1, which would read as "does not conform": a bug gets its own. */
    static final int INTERNAL_ERROR = 3;

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        if (e instanceof InputException) {
            cmd.getErr().println("error: " + e.getMessage());
            return BAD_INPUT;
        }
        cmd.getErr().println("error: " + e);
        e.printStackTrace(cmd.getErr());
        return INTERNAL_ERROR;
    }
}
