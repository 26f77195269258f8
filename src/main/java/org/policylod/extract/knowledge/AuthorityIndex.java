package org.policylod.extract.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.policylod.Bundle;

/**
 * The authority tables as reduced by {@link Authority}, cached in a plain text file the build
 * writes from the Turtle tables (run at process-classes). Loading it takes milliseconds where
 * parsing the 5 MB of Turtle took seconds. It is derived data: the Turtle stays the source, a
 * changed table or reducer rewrites it, and nobody edits it.
 *
 * <p>Format, UTF-8 lines: a section line {@code @name}, then one line per key: the key and its
 * values separated by tabs; tab, newline, carriage return and backslash escaped with a backslash.
 */
public final class AuthorityIndex {
    static final String RESOURCE = "org/policylod/extract/knowledge/authority.index";
    private static final String HEADER = "# policy-lod: the EU authority tables reduced for recognition; "
            + "written by the build (org.policylod.extract.knowledge.AuthorityIndex) from ontology/authority/*.ttl and "
            + Authority.LANGUAGES + ". Never edit.";
    private static final String[] SECTIONS = {"bodies", "countries", "types", "broader", "languages", "codes", "prefs"};
    /** The sections before this one map a key to a list of values; the rest to one value. */
    private static final int LISTS = 4;

    private AuthorityIndex() {
    }

    /** Writes the index to the file named by the first argument, unless it is newer than its inputs. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: AuthorityIndex <output file>");
        }
        Path out = Path.of(args[0]);
        if (Files.exists(out) && Files.getLastModifiedTime(out).toMillis() > newestInput()) {
            return;
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            write(Authority.parse(Authority.TABLES), w);
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** The newest modification time of the tables and of the classes that reduce them. */
    private static long newestInput() throws IOException {
        long newest = 0;
        for (String r : List.of(Authority.TABLES + "corporatebodies.ttl", Authority.TABLES + "countries.ttl",
                Authority.TABLES + "resourcetypes.ttl", Authority.LANGUAGES,
                "org/policylod/extract/knowledge/Authority.class", "org/policylod/extract/knowledge/AuthorityIndex.class")) {
            URL url = AuthorityIndex.class.getClassLoader().getResource(r);
            if (url == null || !"file".equals(url.getProtocol())) {
                return Long.MAX_VALUE;
            }
            try {
                newest = Math.max(newest, Files.getLastModifiedTime(Path.of(url.toURI())).toMillis());
            } catch (URISyntaxException e) {
                return Long.MAX_VALUE;
            }
        }
        return newest;
    }

    /**
     * The tables of a folder: the bundled ones from the index the build writes (parsing 5 MB of
     * Turtle took seconds); any other folder, or a class path without the index, parsed.
     */
    static Authority load(String folder) {
        if (folder.equals(Authority.TABLES) && Bundle.exists(RESOURCE)) {
            try (InputStream in = Bundle.open(RESOURCE)) {
                return read(in);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return Authority.parse(folder);
    }

    static void write(Authority a, Writer w) throws IOException {
        w.write(HEADER + "\n");
        List<Map<String, ?>> maps = List.of(a.bodies, a.countries, a.types, a.broader, a.languages, a.codes, a.prefs);
        for (int s = 0; s < SECTIONS.length; s++) {
            w.write("@" + SECTIONS[s] + "\n");
            for (Map.Entry<String, ?> e : new TreeMap<>(maps.get(s)).entrySet()) {
                StringBuilder line = new StringBuilder(escape(e.getKey()));
                Object v = e.getValue();
                for (Object value : v instanceof List<?> l ? l : List.of(v)) {
                    line.append('\t').append(escape((String) value));
                }
                w.write(line.append('\n').toString());
            }
        }
    }

    static Authority read(InputStream in) throws IOException {
        List<Map<String, List<String>>> lists = new ArrayList<>();
        List<Map<String, String>> singles = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        int section = -1;
        int n = 0;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            n++;
            if (line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("@")) {
                section++;
                if (section >= SECTIONS.length || !line.equals("@" + SECTIONS[section])) {
                    throw new IllegalStateException(RESOURCE + ":" + n + ": expected @"
                            + (section < SECTIONS.length ? SECTIONS[section] : "end") + ", found " + line);
                }
                if (section < LISTS) {
                    lists.add(new TreeMap<>());
                } else {
                    singles.add(new HashMap<>());
                }
                continue;
            }
            List<String> fields = split(line);
            if (section < 0 || fields.size() < 2) {
                throw new IllegalStateException(RESOURCE + ":" + n + ": a line outside a section or without a value");
            }
            String key = fields.get(0);
            if (section < LISTS) {
                lists.get(section).put(key, new ArrayList<>(fields.subList(1, fields.size())));
            } else {
                singles.get(section - LISTS).put(key, fields.get(1));
            }
        }
        if (section != SECTIONS.length - 1) {
            throw new IllegalStateException(RESOURCE + ": truncated after " + n + " lines");
        }
        return new Authority(lists.get(0), lists.get(1), lists.get(2), lists.get(3), singles.get(0), singles.get(1),
                singles.get(2));
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** The tab-separated fields of a line, unescaped. */
    private static List<String> split(String line) {
        List<String> out = new ArrayList<>(4);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                out.add(b.toString());
                b.setLength(0);
            } else if (c == '\\' && i + 1 < line.length()) {
                char e = line.charAt(++i);
                b.append(e == 't' ? '\t' : e == 'n' ? '\n' : e == 'r' ? '\r' : e);
            } else {
                b.append(c);
            }
        }
        out.add(b.toString());
        return out;
    }
}
