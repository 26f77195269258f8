package org.policylod.acceptance;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.policylod.cli.Main;

/**
 * One {@code publish --out DIR SOURCE...} as a user runs it (the real command line: ETL, SHACL
 * gate, release), with its exit code, output and time.
 */
record PublishRun(int code, String out, String err, long millis) {
    static PublishRun of(Path dir, List<Path> sources) {
        List<String> args = new ArrayList<>(List.of("publish", "--out", dir.toString()));
        sources.forEach(s -> args.add(s.toString()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long start = System.nanoTime();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
        return new PublishRun(code, out.toString(), err.toString(), (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Why {@code file} is not published: the first error line naming it, else the run's first error
     * line, else its exit code.
     */
    String reason(String file) {
        String first = null;
        for (String line : err.split("\n")) {
            boolean error = line.startsWith("error") || line.contains(" error") || line.startsWith("held back");
            if (error && line.contains(file)) {
                return "exit " + code + ": " + clip(line);
            }
            if (error && first == null) {
                first = line;
            }
        }
        return "exit " + code + (first == null ? "" : ": " + clip(first));
    }

    /** How many warning lines the run printed. */
    long warnings() {
        return err.lines().filter(l -> l.startsWith("warning")).count();
    }

    private static String clip(String s) {
        String t = s.strip();
        return t.length() <= 160 ? t : t.substring(0, 157) + "...";
    }
}
