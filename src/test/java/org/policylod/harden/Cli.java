package org.policylod.harden;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.policylod.cli.Main;
import org.policylod.publish.Publication;

/** The command line as a user runs it, and a fingerprint of a publication folder. */
final class Cli {
    private Cli() {
    }

    /** One run: exit code, standard output, standard error. */
    record Run(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    /**
     * What a reader of publication {@code dir} sees: where {@code current} points, the top-level
     * names, and the SHA-256 of every file under the current release, by relative path. The lock and
     * {@code held-back/} (what the last publish did not publish) are not part of it.
     */
    static Map<String, String> fingerprint(Path dir) throws IOException {
        Map<String, String> print = new TreeMap<>();
        Path current = dir.resolve("current");
        print.put("@current", Files.readSymbolicLink(current).toString());
        try (Stream<Path> top = Files.list(dir)) {
            top.map(p -> p.getFileName().toString()).filter(n -> !n.equals(".publish.lock") && !n.equals(Publication.HELD_BACK))
                    .forEach(n -> print.put("@top/" + n, ""));
        }
        Path release = current.toRealPath();
        try (Stream<Path> files = Files.walk(release)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                print.put(release.relativize(f).toString(), sha256(f));
            }
        }
        return print;
    }

    private static String sha256(Path f) throws IOException {
        try (InputStream in = Files.newInputStream(f)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
