package org.policylod.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.policylod.publish.DocumentOutcome.HeldBack;

/**
 * {@code DIR/held-back/}: the documents the last per-document publish held back, one folder each,
 * named after the file without {@code .txt} ({@code -2}, {@code -3} ... when two files share a name):
 * {@code reason.txt} (file, reason, line, message, then details and warnings), {@code graph.ttl}
 * (the document's graph, when the extractor made one) and {@code validation-report.ttl} (when it
 * reached the gate). Each publish replaces the folder; a publish that holds nothing back removes it.
 */
final class HeldBackFolder {
    static final String REASON = "reason.txt";
    static final String GRAPH = "graph.ttl";

    private HeldBackFolder() {
    }

    /** Replaces {@code DIR/held-back/} with {@code held} (none: no folder). */
    static void write(Publication publication, List<HeldBack> held) throws IOException {
        Path dir = publication.heldBack();
        ReleaseSwitch.delete(dir);
        Set<String> names = new HashSet<>();
        for (HeldBack h : held) {
            Path folder = Files.createDirectories(dir.resolve(unique(stem(h.file()), names)));
            Files.writeString(folder.resolve(REASON), reason(h), StandardCharsets.UTF_8);
            if (h.graph() != null) {
                try (OutputStream out = Files.newOutputStream(folder.resolve(GRAPH))) {
                    RDFDataMgr.write(out, h.graph().model(), RDFFormat.TURTLE_PRETTY);
                }
            }
            if (h.verdict() != null) {
                Publisher.report(h.verdict().report(), folder.resolve(Publisher.REPORT));
            }
        }
    }

    static String stem(Path file) {
        Path name = file.getFileName();
        String s = name == null ? "document" : name.toString();
        s = s.endsWith(Sources.SUFFIX) && s.length() > Sources.SUFFIX.length()
                ? s.substring(0, s.length() - Sources.SUFFIX.length()) : s;
        return s.startsWith(".") ? "_" + s : s;
    }

    private static String unique(String stem, Set<String> taken) {
        String name = stem;
        for (int i = 2; !taken.add(name); i++) {
            name = stem + "-" + i;
        }
        return name;
    }

    private static String reason(HeldBack h) {
        StringBuilder b = new StringBuilder();
        b.append("file: ").append(h.file()).append('\n');
        b.append("reason: ").append(h.reason().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).append('\n');
        if (h.line() > 0) {
            b.append("line: ").append(h.line()).append('\n');
        }
        b.append('\n').append(h.message()).append('\n');
        if (!h.detail().isEmpty()) {
            b.append('\n').append(h.detail().strip()).append('\n');
        }
        if (!h.warnings().isEmpty()) {
            b.append("\nETL warnings:\n");
            h.warnings().forEach(w -> b.append("  ").append(w).append('\n'));
        }
        return b.toString();
    }
}
