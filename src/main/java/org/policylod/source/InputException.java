package org.policylod.source;

import java.nio.file.Path;

/**
 * Input that cannot be published: unreadable, empty, binary or malformed. The message names the
 * file and, where it applies, the line, so a person can find the fault; the CLI exits 2 on it.
 */
public class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;

    public InputException(Path file, int line, String problem) {
        this(file, line, problem, null);
    }

    public InputException(Path file, int line, String problem, Throwable cause) {
        super(format(file, line, problem), cause);
        this.file = file;
        this.line = line;
    }

    /** The file at fault, or null when the input has no file (standard input, a test string). */
    public Path file() {
        return file;
    }

    /** The 1-based line at fault, or 0 when the fault is not on one line. */
    public int line() {
        return line;
    }

    private static String format(Path file, int line, String problem) {
        String where = file == null ? "<input>" : file.toString();
        return line > 0 ? where + ":" + line + ": " + problem : where + ": " + problem;
    }
}
