package org.policylod.cli;

import java.util.List;
import org.policylod.publish.DocumentOutcome;
import org.policylod.source.InputException;
import picocli.CommandLine;

/** Maps failures to exit codes: bad input is 2 with the message that names the file and line. */
final class Failures implements CommandLine.IExecutionExceptionHandler {
    static final int NOT_CONFORMING = 1;
    static final int BAD_INPUT = 2;
    /** picocli's own SOFTWARE code is 1, which would read as "does not conform": a bug gets its own. */
    static final int INTERNAL_ERROR = 3;
    /** A per-document publish made a release of the conforming documents and held others back. */
    static final int HELD_BACK = 4;

    /**
     * The exit code of a per-document publish that held every document back: 1 when one of them
     * does not conform, else 3 when the extractor failed on one (a bug), else 2 (all bad input).
     */
    static int nothingPublished(List<DocumentOutcome.HeldBack> held) {
        if (held.stream().anyMatch(h -> h.reason() == DocumentOutcome.Reason.NOT_CONFORMING
                || h.reason() == DocumentOutcome.Reason.CONFLICT)) {
            return NOT_CONFORMING;
        }
        return held.stream().anyMatch(h -> h.reason() == DocumentOutcome.Reason.EXTRACTOR_FAILED)
                ? INTERNAL_ERROR : BAD_INPUT;
    }

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
