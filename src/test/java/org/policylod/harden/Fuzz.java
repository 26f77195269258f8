package org.policylod.harden;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.policylod.extract.Etl;
import org.policylod.source.InputException;
import org.policylod.source.SourceReader;

/**
 * Fuzzes the document reader and the ETL with mutations of the seed document: the only exception
 * allowed is {@link InputException}. Not part of {@code mvn verify}; run for minutes with
 *
 * <pre>
 * mvn -o -q -Pfuzz test-compile exec:java -Dfuzz.seed=1 -Dfuzz.cases=5000
 * </pre>
 *
 * It prints one line per crash (seed of the case, exception) and writes each crashing input to
 * {@code target/fuzz/case-SEED.txt}, then a summary; the build fails when anything crashed.
 * One case is reproduced with {@code -Dfuzz.seed=SEED -Dfuzz.cases=1}.
 */
public final class Fuzz {
    static final Path SEED = Path.of("corpus", "000_420cf6d4ecb3b66e.txt");
    static final String BASE = "https://w3id.org/policy-lod/";
    static final Instant TIME = Instant.parse("2026-11-30T00:00:00Z");

    /** What one case did. */
    record Result(long seed, String input, Throwable crash, boolean rejected) {
    }

    private final String seedText;
    private final Etl etl = Etl.create(BASE, TIME);

    Fuzz() throws IOException {
        this.seedText = Files.readString(SEED, StandardCharsets.UTF_8);
    }

    /** Runs case {@code seed}: its input is the seed document mutated by {@code new Mutator(seed)}. */
    Result run(long seed) {
        String input = new Mutator(seed).mutate(seedText);
        Path file = Path.of("fuzz-" + seed + ".txt");
        try {
            var doc = SourceReader.decode(file, file.toString(), input.getBytes(StandardCharsets.UTF_8));
            etl.transform(doc);
            return new Result(seed, input, null, false);
        } catch (InputException e) {
            String m = e.getMessage();
            if (m == null || !m.startsWith(file.toString())) {
                return new Result(seed, input, new AssertionError("input error without the file: " + m, e), true);
            }
            return new Result(seed, input, null, true);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return new Result(seed, input, e, false);
        }
    }

    /** Cases {@code first .. first+count-1}; returns the crashes. */
    List<Result> run(long first, int count) {
        List<Result> crashes = new ArrayList<>();
        for (long s = first; s < first + count; s++) {
            Result r = run(s);
            if (r.crash() != null) {
                crashes.add(r);
            }
        }
        return crashes;
    }

    public static void main(String[] args) throws IOException {
        long first = Long.getLong("fuzz.seed", 1L);
        int count = Integer.getInteger("fuzz.cases", 1000);
        Fuzz fuzz = new Fuzz();
        Path out = Path.of("target", "fuzz");
        Files.createDirectories(out);
        long t0 = System.nanoTime();
        int rejected = 0;
        int crashed = 0;
        for (long s = first; s < first + count; s++) {
            Result r = fuzz.run(s);
            if (r.rejected()) {
                rejected++;
            }
            if (r.crash() != null) {
                crashed++;
                Path kept = out.resolve("case-" + s + ".txt");
                Files.writeString(kept, r.input(), StandardCharsets.UTF_8);
                System.out.println("CRASH seed=" + s + " input=" + kept + ": " + r.crash());
                StackTraceElement[] st = r.crash().getStackTrace();
                for (int i = 0; i < Math.min(8, st.length); i++) {
                    System.out.println("    at " + st[i]);
                }
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Runtime rt = Runtime.getRuntime();
        System.out.printf("fuzz: seeds %d..%d, %d cases in %.1f s (%.1f/s): %d published, %d input errors, %d crashes;"
                        + " heap used %d MB of max %d MB%n", first, first + count - 1, count, seconds, count / seconds,
                count - rejected - crashed, rejected, crashed,
                (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
        if (crashed > 0) {
            throw new IllegalStateException(crashed + " crashes, inputs in " + out);
        }
    }
}
