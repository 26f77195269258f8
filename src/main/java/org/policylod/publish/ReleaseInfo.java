package org.policylod.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policylod.Version;
import org.policylod.source.SourceDocument;

/**
 * {@code release.properties}: what a release is and what it was made from, readable by people and
 * by {@link java.util.Properties#load(java.io.Reader)}. Written by hand, in a fixed key order and
 * without the date comment that {@code Properties.store} adds, so it too is reproducible.
 */
final class ReleaseInfo {
    static final String FILE = "release.properties";

    private ReleaseInfo() {
    }

    static Path write(Path dir, String version, String base, Instant time, Canonical data,
                      List<SourceDocument> sources) throws IOException {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("version", version);
        p.put("base", base);
        p.put("time", time.toString());
        p.put("tool.version", Version.get());
        p.put("content.sha256", data.contentHash());
        p.put("quads", String.valueOf(data.quadLines().size()));
        p.put("triples", String.valueOf(data.tripleLines().size()));
        p.put("graphs", String.valueOf(data.graphNames().size()));
        p.put("sources", String.valueOf(sources.size()));
        for (int i = 0; i < sources.size(); i++) {
            SourceDocument s = sources.get(i);
            String key = "source." + (i + 1) + ".";
            p.put(key + "file", s.name());
            p.put(key + "path", s.path().toString());
            p.put(key + "sha256", s.sha256());
        }
        return write(dir, "policy-lod release", p);
    }

    /** Writes {@code properties}, in their order, under a one-line comment. */
    static Path write(Path dir, String comment, Map<String, String> properties) throws IOException {
        StringBuilder b = new StringBuilder("# ").append(comment).append('\n');
        properties.forEach((k, v) -> b.append(k).append('=').append(escape(v)).append('\n'));
        Path file = dir.resolve(FILE);
        Files.writeString(file, b, StandardCharsets.UTF_8);
        return file;
    }

    /** Escapes what {@code Properties.load} would read otherwise: backslash, line ends, a leading space. */
    static String escape(String v) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case ' ' -> b.append(i == 0 ? "\\ " : " ");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
