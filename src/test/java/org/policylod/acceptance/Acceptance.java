package org.policylod.acceptance;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;

/**
 * The acceptance report of issue 16: each text of {@code src/test/resources/acceptance} published
 * alone, then all of them in one batch with the bundled document, through the real command line
 * ({@code publish}: ETL, SHACL gate, release); what each publication says is compared with the
 * hand-checked gold. Also the bundled document alone (the share of its named instruments that
 * {@code queries/cited-instruments.rq} lists) and beside an empty file.
 *
 * <p>Run: {@code mvn -o -q -Pacceptance test-compile exec:java} ({@code -Dacceptance.set=dev} for the
 * development texts only, {@code -Dacceptance.texts=REGEX} for the texts whose file names match;
 * {@code -Dacceptance.out=DIR} for the work folder, default {@code target/acceptance};
 * {@code -Dacceptance.strict=true} to end in an error when a line fails, for CI once they pass). Each working
 * document of the family is also published beside the bundled document alone, as issue 16 asks.
 * Not part of {@code mvn verify}.
 */
public final class Acceptance {
    static final Path BUNDLED = Path.of("corpus/000_420cf6d4ecb3b66e.txt");

    private Acceptance() {
    }

    public static void main(String[] args) throws IOException {
        String set = System.getProperty("acceptance.set", "all");
        List<String> sets = set.equals("all") ? Gold.SETS : List.of(set);
        Path out = Path.of(System.getProperty("acceptance.out", "target/acceptance"));
        delete(out);
        String only = System.getProperty("acceptance.texts", "");
        List<Gold> texts = Gold.load(sets).stream().filter(g -> Pattern.compile(only).matcher(g.name()).find()).toList();
        PrintStream o = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        o.println("acceptance texts: " + texts.size() + " (" + String.join(" + ", sets) + "), work folder " + out);

        Map<Gold, Score> alone = new LinkedHashMap<>();
        Map<Gold, Score> pairs = new LinkedHashMap<>();
        for (Gold g : texts) {
            String stem = g.name().substring(0, g.name().length() - ".txt".length());
            Path dir = out.resolve("alone").resolve(stem);
            alone.put(g, score(g, PublishRun.of(dir, List.of(g.text())), Published.of(dir)));
            if (g.workingDocument()) {
                Path pair = out.resolve("with-bundled").resolve(stem);
                pairs.put(g, score(g, PublishRun.of(pair, List.of(BUNDLED, g.text())), Published.of(pair)));
            }
        }

        PublishRun bundledRun = PublishRun.of(out.resolve("bundled"), List.of(BUNDLED));
        Optional<Published> bundled = Published.of(out.resolve("bundled"));

        List<Path> batchSources = new ArrayList<>(List.of(BUNDLED));
        texts.forEach(g -> batchSources.add(g.text()));
        PublishRun batchRun = PublishRun.of(out.resolve("batch"), batchSources);
        Optional<Published> batch = Published.of(out.resolve("batch"));
        Gold bundledGold = Gold.bundled(BUNDLED);
        alone.put(bundledGold, score(bundledGold, bundledRun, bundled));
        Map<Gold, Score> together = new LinkedHashMap<>();
        for (Gold g : texts) {
            together.put(g, score(g, batchRun, batch));
        }
        together.put(bundledGold, score(bundledGold, batchRun, batch));

        Path empty = out.resolve("input").resolve("empty.txt");
        Files.createDirectories(empty.getParent());
        Files.write(empty, new byte[0]);
        PublishRun emptyRun = PublishRun.of(out.resolve("with-empty"), List.of(BUNDLED, empty));
        Optional<Published> withEmpty = Published.of(out.resolve("with-empty"));

        Report report = new Report(o);
        report.texts("ALONE (publish --out DIR TEXT)", alone);
        report.texts("WORKING DOCUMENTS WITH THE BUNDLED ONE (publish --out DIR " + BUNDLED + " TEXT)", pairs);
        report.texts("BATCH (publish --out DIR " + BUNDLED + " + every text): exit " + batchRun.code()
                + ", " + batchRun.millis() / 1000 + " s, " + batchRun.warnings() + " warnings", together);
        report.totals(alone, together);

        String bundledName = BUNDLED.getFileName().toString();
        Graph bundledAlone = bundled.map(p -> p.graph(bundledName)).orElse(null);
        Graph bundledInBatch = batch.map(p -> p.graph(bundledName)).orElse(null);
        boolean sameInBatch = bundledAlone != null && bundledInBatch != null && bundledAlone.isIsomorphicWith(bundledInBatch);
        List<Instruments.Named> named = Instruments.load();
        List<Instruments.Row> rows = bundled.isPresent() ? Instruments.rows(bundled.get()) : List.of();
        List<Instruments.Named> listed = named.stream().filter(n -> n.listedBy(rows)).toList();
        report.instruments(named, listed, rows.size());

        boolean emptyNamed = emptyRun.err().contains(empty.getFileName().toString());
        boolean bundledBesideEmpty = withEmpty.map(p -> p.graph(bundledName) != null).orElse(false);
        report.lines(set + (only.isEmpty() ? "" : ", names matching " + only), alone, pairs, together,
                bundledRun.code() == 0 && bundled.isPresent(), sameInBatch,
                emptyRun.code(), emptyNamed, bundledBesideEmpty, listed.size(), named.size());
        if (Boolean.getBoolean("acceptance.strict") && report.failed() > 0) {
            throw new IllegalStateException(report.failed() + " acceptance lines FAIL");
        }
    }

    private static Score score(Gold g, PublishRun run, Optional<Published> p) throws IOException {
        Published.Found f = p.isPresent() ? p.get().find(g.name()) : Published.Found.NOTHING;
        return Score.of(g, f, f.published() ? null : run.reason(g.name()));
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
