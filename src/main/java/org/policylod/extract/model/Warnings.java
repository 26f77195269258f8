package org.policylod.extract.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The warnings of one source file, each naming the file and, where known, the line: the one
 * listener every stage reports to (as Jena's {@code ErrorHandler} is for a parser), so that no
 * stage builds "file:line: " prefixes itself. One instance per document being transformed.
 */
public final class Warnings {
    private final String file;
    private final List<String> messages = new ArrayList<>();

    public Warnings(String file) {
        this.file = file;
    }

    /** A warning about line {@code line} of the file. */
    public void warning(int line, String message) {
        messages.add(file + ":" + line + ": " + message);
    }

    /** A warning about line {@code line}, or about the file when the line is unknown (null). */
    public void warning(Integer line, String message) {
        if (line == null) {
            warning(message);
        } else {
            warning(line.intValue(), message);
        }
    }

    /** A warning about the file as a whole. */
    public void warning(String message) {
        messages.add(file + ": " + message);
    }

    public int count() {
        return messages.size();
    }

    /** The warnings so far, in the order reported. */
    public List<String> list() {
        return List.copyOf(messages);
    }
}
