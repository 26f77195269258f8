package org.policylod.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of extract/, read from the compiled classes by the JDK's jdeps (as
 * {@code jdeps -verbose:class -filter:none target/classes} shows it): the sub-packages import only
 * the ones their package-info allows (so there is no cycle between them), no two classes depend on
 * each other (an inner class counts as its outer class), no pass reads the graph back, only the
 * entry point stays directly in extract/, and no source file passes 300 lines.
 */
class ArchitectureTest {
    private static final String ROOT = "org.policylod.extract";
    private static final Path SOURCES = Path.of("src/main/java/org/policylod/extract");
    /** What each sub-package may import of the others (the root, the entry point, may import all). */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "text", Set.of(),
            "model", Set.of("text"),
            "knowledge", Set.of("text", "model"),
            "read", Set.of("text", "model"),
            "write", Set.of("text", "model", "knowledge"),
            "recognise", Set.of("text", "model", "knowledge", "write"));
    private static final Pattern EDGE = Pattern.compile("^\\s+(\\S+)\\s+->\\s+(\\S+)\\s");

    /** Class to class dependencies inside the ETL, inner classes folded into their outer class. */
    private static final Map<String, Set<String>> deps = new TreeMap<>();
    /** Every dependency of an ETL class, on anything. */
    private static final Map<String, Set<String>> all = new TreeMap<>();

    @BeforeAll
    static void jdeps() {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        StringWriter out = new StringWriter();
        int rc = jdeps.run(new PrintWriter(out), new PrintWriter(out), "-verbose:class", "-filter:none", "target/classes");
        assertEquals(0, rc, out.toString());
        for (String line : out.toString().split("\n")) {
            Matcher m = EDGE.matcher(line);
            if (!m.find() || !m.group(1).startsWith(ROOT + ".")) {
                continue;
            }
            String from = outer(m.group(1));
            String to = outer(m.group(2));
            all.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
            if (to.startsWith(ROOT + ".") && !from.equals(to)) {
                deps.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
            }
        }
        assertTrue(deps.size() > 20, "jdeps found too few classes: " + deps.keySet());
    }

    private static String outer(String cls) {
        int dollar = cls.indexOf('$');
        return dollar < 0 ? cls : cls.substring(0, dollar);
    }

    /** "text" for org.policylod.extract.text.Fold, "" for org.policylod.extract.Etl. */
    private static String sub(String cls) {
        String rest = cls.substring(ROOT.length() + 1);
        int dot = rest.lastIndexOf('.');
        return dot < 0 ? "" : rest.substring(0, dot);
    }

    @Test
    void subPackagesImportOnlyWhatTheirPackageInfoAllows() {
        List<String> wrong = new ArrayList<>();
        deps.forEach((from, tos) -> tos.forEach(to -> {
            String a = sub(from);
            String b = sub(to);
            if (!a.equals(b) && !a.isEmpty() && (!ALLOWED.containsKey(a) || !ALLOWED.get(a).contains(b))) {
                wrong.add(from + " -> " + to);
            }
        }));
        assertEquals(List.of(), wrong);
    }

    @Test
    void noTwoClassesDependOnEachOther() {
        List<String> mutual = new ArrayList<>();
        deps.forEach((from, tos) -> tos.forEach(to -> {
            if (from.compareTo(to) < 0 && deps.getOrDefault(to, Set.of()).contains(from)) {
                mutual.add(from + " <-> " + to);
            }
        }));
        assertEquals(List.of(), mutual);
    }

    @Test
    void noPassReadsTheGraphBack() {
        List<String> reads = new ArrayList<>();
        all.forEach((from, tos) -> {
            if (sub(from).equals("recognise")) {
                tos.stream().filter(to -> to.equals("org.apache.jena.rdf.model.Model") || to.equals("org.apache.jena.graph.Graph")
                        || to.equals("org.apache.jena.rdf.model.StmtIterator")).forEach(to -> reads.add(from + " -> " + to));
            }
        });
        assertEquals(List.of(), reads);
    }

    @Test
    void onlyTheEntryPointStaysInExtract() throws IOException {
        try (Stream<Path> files = Files.list(SOURCES)) {
            assertEquals(List.of("Etl.java", "package-info.java"),
                    files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).sorted().toList());
        }
        for (String p : ALLOWED.keySet()) {
            assertTrue(Files.exists(SOURCES.resolve(p).resolve("package-info.java")), "no package-info in " + p);
        }
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            assertEquals(new TreeSet<>(ALLOWED.keySet()), new TreeSet<>(dirs.filter(Files::isDirectory)
                    .map(d -> d.getFileName().toString()).toList()), "a sub-package the layering does not know");
        }
    }

    @Test
    void noClassOver300Lines() throws IOException {
        List<String> tooLong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                long n = Files.readAllLines(f).size();
                if (n > 300) {
                    tooLong.add(f + ": " + n);
                }
            }
        }
        assertEquals(List.of(), tooLong);
    }
}
