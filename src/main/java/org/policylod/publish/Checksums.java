package org.policylod.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** SHA-256 of files, and the {@code SHA256SUMS} file that {@code sha256sum -c} checks. */
public final class Checksums {
    public static final String FILE = "SHA256SUMS";

    private Checksums() {
    }

    /** An incremental SHA-256. */
    public static final class Digest {
        private final MessageDigest md;

        private Digest(MessageDigest md) {
            this.md = md;
        }

        public Digest update(byte[] bytes) {
            md.update(bytes);
            return this;
        }

        public String hex() {
            return HexFormat.of().formatHex(md.digest());
        }
    }

    public static Digest digest() {
        try {
            return new Digest(MessageDigest.getInstance("SHA-256"));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    public static String sha256(Path file) throws IOException {
        Digest d = digest();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                d.md.update(buffer, 0, n);
            }
        }
        return d.hex();
    }

    /**
     * Writes {@code dir/SHA256SUMS} over every file under {@code dir} (paths relative to it, '/'
     * separated, sorted), in the text-mode format of GNU sha256sum: hash, two spaces, name.
     */
    public static Path write(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(f -> !f.equals(dir.resolve(FILE)))
                    .sorted((a, b) -> name(dir, a).compareTo(name(dir, b)))
                    .toList();
        }
        StringBuilder b = new StringBuilder();
        for (Path f : files) {
            b.append(sha256(f)).append("  ").append(name(dir, f)).append('\n');
        }
        Path sums = dir.resolve(FILE);
        Files.writeString(sums, b, StandardCharsets.UTF_8);
        return sums;
    }

    static String name(Path dir, Path file) {
        return dir.relativize(file).toString().replace('\\', '/');
    }
}
