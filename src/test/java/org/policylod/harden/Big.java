package org.policylod.harden;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policylod.extract.Etl;
import org.policylod.rdf.DocumentGraph;
import org.policylod.source.SourceDocument;
import org.policylod.source.SourceReader;

/**
 * A document of some tens of megabytes: the seed's front pages, then its body (lines 70-173)
 * repeated with the footnote numbers shifted so that every copy has its own. Times the reader and
 * the ETL, and with {@code -Dbig.publish=true} the whole publish, and prints the peak heap.
 * Not part of {@code mvn verify}:
 *
 * <pre>
 * mvn -o -q -Pfuzz test-compile exec:java -Dfuzz.main=org.policylod.harden.Big -Dbig.mb=50 [-Dbig.publish=true]
 * </pre>
 */
public final class Big {
    private static final Pattern MARKER = Pattern.compile("<sup>(\\d+)</sup>");
    private static final int BODY_FROM = 69;
    private static final int BODY_TO = 173;

    private Big() {
    }

    /** The seed grown to at least {@code bytes} bytes of UTF-8. */
    static String grow(long bytes) throws IOException {
        List<String> lines = Files.readAllLines(Fuzz.SEED, StandardCharsets.UTF_8);
        String body = String.join("\n", lines.subList(BODY_FROM, BODY_TO)) + "\n";
        StringBuilder doc = new StringBuilder(String.join("\n", lines.subList(0, BODY_FROM))).append('\n');
        for (int copy = 1; doc.length() < bytes; copy++) {
            int shift = copy * 100;
            doc.append("\n## Part ").append(copy).append("\n\n");
            Matcher m = MARKER.matcher(body);
            while (m.find()) {
                m.appendReplacement(doc, "<sup>" + (Integer.parseInt(m.group(1)) + shift) + "</sup>");
            }
            m.appendTail(doc);
        }
        return doc.toString();
    }

    public static void main(String[] args) throws Exception {
        long mb = Long.getLong("big.mb", 50);
        Path file = Path.of("target", "big-" + mb + "mb.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, grow(mb << 20), StandardCharsets.UTF_8);
        System.out.printf("document: %s, %d bytes%n", file, Files.size(file));
        long t0 = System.nanoTime();
        SourceDocument doc = SourceReader.read(file);
        long t1 = System.nanoTime();
        DocumentGraph g = Etl.create(Fuzz.BASE, Fuzz.TIME).transform(doc);
        long t2 = System.nanoTime();
        System.out.printf("read %.1f s, ETL %.1f s: %d triples, %d warnings; peak heap %d MB%n", (t1 - t0) / 1e9,
                (t2 - t1) / 1e9, g.model().size(), g.warnings().size(), peakHeapMb());
        if (Boolean.getBoolean("big.publish")) {
            Path out = Path.of("target", "big-publication");
            long t3 = System.nanoTime();
            Cli.Run r = Cli.run("publish", "--out", out.toString(), file.toString());
            System.out.printf("publish: exit %d in %.1f s; peak heap %d MB%n%s", r.code(), (System.nanoTime() - t3) / 1e9,
                    peakHeapMb(), r.out());
            String err = r.err();
            System.out.print(err.length() > 2000 ? err.substring(0, 2000) + "...\n" : err);
        }
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }
}
