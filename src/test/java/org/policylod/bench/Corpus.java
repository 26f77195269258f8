package org.policylod.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.SKOS;

/**
 * A corpus generator for benchmarks: documents of the seed's family (a Council cover note enclosing
 * an EEAS working document), each one new and deterministic from (seed, index). Every document gets
 * its own Council number and EEAS reference, its own dates, other Commission, SWD and Regulation
 * numbers in its citations and footnotes, missions drawn from the reference data in place of the
 * seed's, and a random part of the body paragraphs left out, so sizes vary too.
 *
 * <p>Run: {@code java -cp target/test-classes:target/policy-lod.jar org.policylod.bench.Corpus OUT N [SEED]}.
 */
public final class Corpus {
    static final Path SEED = Path.of("corpus/000_420cf6d4ecb3b66e.txt");
    static final Path MISSIONS = Path.of("ontology/reference/missions.ttl");
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final Pattern DATE = Pattern.compile("\\b([1-9]|[12][0-9]|3[01]) (" + String.join("|", MONTHS) + ") (20[0-9]{2})\\b");
    private static final Pattern COM = Pattern.compile("\\b(COM|SWD) ?\\((20[0-9]{2})\\) ?([0-9]{1,4})");
    private static final Pattern REGULATION = Pattern.compile("\\(EU\\) (20[0-9]{2})/([0-9]{1,4})");
    /** What a line may cite: Commission and joint documents, acts (yyyy/n), Council numbers, EEAS references. */
    private static final Pattern CITED = Pattern.compile(
            "\\b(COM|SWD|JOIN) ?\\([0-9]{4}\\) ?[0-9]+|\\b[0-9]{4}/[0-9]+|\\b[0-9]{4,5}/[0-9]{2}\\b|EEAS ?\\([0-9]{4}\\) ?[0-9]+");
    private static final Pattern FOOTNOTE = Pattern.compile("<sup>([0-9]+)</sup>");
    /** Paragraphs that may be left out: body text without footnote markers, headings or tables. */
    private static final double DROP = 0.25;
    private static final int PER_YEAR = 80_000;

    private final String seed;
    private final List<String> missions;
    private final Pattern seedMissions;
    private final long corpusSeed;

    public Corpus(String seedText, List<String> missions, long corpusSeed) {
        this.seed = seedText;
        this.missions = missions;
        this.corpusSeed = corpusSeed;
        List<String> present = new ArrayList<>(missions.stream().filter(seedText::contains).toList());
        present.sort(Comparator.comparingInt(String::length).reversed());
        this.seedMissions = Pattern.compile(String.join("|", present.stream().map(Pattern::quote).toList()));
    }

    /** The generator over the bundled seed and the missions of the reference data. */
    public static Corpus bundled(long corpusSeed) throws IOException {
        Model m = RDFDataMgr.loadModel(MISSIONS.toString());
        List<String> labels = new ArrayList<>();
        m.listObjectsOfProperty(SKOS.prefLabel).forEachRemaining(o -> labels.add(o.asLiteral().getLexicalForm()));
        labels.sort(null);
        return new Corpus(Files.readString(SEED, StandardCharsets.UTF_8), List.copyOf(labels), corpusSeed);
    }

    /** The file name of document {@code n}. */
    public static String name(int n) {
        return String.format("syn-%07d.txt", n);
    }

    /** Document {@code n}: the same text for the same corpus seed and index. */
    public String document(int n) {
        Random r = new Random(corpusSeed * 1_000_003L + n);
        int yy = 10 + (n / PER_YEAR) % 90;
        String year = "20" + yy;
        String eeas = String.valueOf(1000 + n % PER_YEAR);
        String t = body(seed, r);
        t = replace(t, COM, m -> m.group(1) + "(" + (2010 + r.nextInt(15)) + ") " + (1 + r.nextInt(899)));
        t = replace(t, REGULATION, m -> "(EU) " + (2010 + r.nextInt(15)) + "/" + (100 + r.nextInt(2400)));
        t = replace(t, seedMissions, m -> missions.get(r.nextInt(missions.size())));
        t = dates(t, r);
        String day = (1 + r.nextInt(28)) + " " + MONTHS[r.nextInt(12)] + " " + year;
        return t.replaceFirst("Brussels, [^\\n]*?20[0-9]{2}", "Brussels, " + day)
                .replace("12493/22", (10000 + n % PER_YEAR) + "/" + yy)
                .replace("EEAS(2022) 1466", "EEAS(" + year + ") " + eeas)
                .replace("Doc. Ref. 7371/22", "Doc. Ref. " + (1000 + r.nextInt(8999)) + "/" + yy)
                .replace("08/08/2022", String.format("%02d/%02d/%s", 1 + r.nextInt(28), 1 + r.nextInt(12), year))
                .replace("30.09.2022", String.format("%02d.%02d.%s", 1 + r.nextInt(28), 1 + r.nextInt(12), year));
    }

    /**
     * New dates. A line that cites acts or documents, itself or through its footnote markers, gets
     * dates drawn from what it cites, so every document that cites COM(2015) 285 gives it the same
     * date, as real documents do (a cited act has one date: the gate checks it on the whole
     * publication); other lines get random dates.
     */
    private static String dates(String text, Random r) {
        String[] lines = text.split("\n", -1);
        Map<String, String> footnotes = new HashMap<>();
        for (String line : lines) {
            Matcher f = FOOTNOTE.matcher(line);
            if (f.lookingAt()) {
                footnotes.put(f.group(1), cited(line));
            }
        }
        StringBuilder b = new StringBuilder();
        for (String line : lines) {
            StringBuilder ids = new StringBuilder(cited(line));
            Matcher marker = FOOTNOTE.matcher(line);
            while (marker.find()) {
                ids.append(footnotes.getOrDefault(marker.group(1), ""));
            }
            Random d = ids.isEmpty() ? r : new Random(ids.toString().hashCode());
            b.append(replace(line, DATE, m -> (1 + d.nextInt(28)) + " " + MONTHS[d.nextInt(12)] + " " + (2010 + d.nextInt(15))));
            b.append('\n');
        }
        return b.substring(0, b.length() - 1);
    }

    private static String cited(String line) {
        Matcher m = CITED.matcher(line);
        StringBuilder ids = new StringBuilder();
        while (m.find()) {
            ids.append(m.group()).append(' ');
        }
        return ids.toString();
    }

    /** The seed with a random part of its plain body paragraphs left out. */
    private static String body(String text, Random r) {
        String[] blocks = text.split("\n\n", -1);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < blocks.length; i++) {
            String p = blocks[i];
            boolean plain = i > blocks.length / 5 && p.length() > 300 && !p.contains("<sup>") && !p.contains("|")
                    && !p.startsWith("#") && !p.startsWith("*") && !p.startsWith("-");
            if (plain && r.nextDouble() < DROP) {
                continue;
            }
            b.append(p);
            if (i < blocks.length - 1) {
                b.append("\n\n");
            }
        }
        return b.toString();
    }

    private static String replace(String text, Pattern p, Function<Matcher, String> with) {
        Matcher m = p.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(with.apply(m)));
        }
        return m.appendTail(b).toString();
    }

    /** Writes documents 0..N-1 into OUT (created if needed). Arguments: OUT N [SEED]. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        Corpus c = bundled(args.length > 2 ? Long.parseLong(args[2]) : 1);
        Files.createDirectories(out);
        for (int i = 0; i < n; i++) {
            Files.writeString(out.resolve(name(i)), c.document(i), StandardCharsets.UTF_8);
        }
        System.out.println("wrote " + n + " documents to " + out);
    }
}
