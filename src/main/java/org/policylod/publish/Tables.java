package org.policylod.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ResultSetStream;
import org.apache.jena.sparql.engine.binding.Binding;
import org.policylod.Bundle;

/**
 * The tabular companion for spreadsheet users: the results of some of the bundled {@code queries/}
 * as CSV files, one per query, named after it. A query the bundle does not hold is skipped.
 */
public final class Tables {
    /** The queries whose results are published as tables, by file name without {@code .rq}. */
    public static final List<String> QUERIES = List.of("cited-instruments", "missions", "organisations", "footnotes");
    public static final String FOLDER = "queries/";
    public static final String MEDIA_TYPE = "text/csv";
    /** The tables' folder inside the dumps folder. */
    public static final String CSV = "csv";

    private Tables() {
    }

    /** The bundled queries of {@link #QUERIES}: file name without {@code .rq} to query text, in order. */
    public static Map<String, String> bundled() {
        Map<String, String> found = new LinkedHashMap<>();
        for (String name : QUERIES) {
            String path = FOLDER + name + ".rq";
            if (Bundle.exists(path)) {
                found.put(name, Bundle.read(path));
            }
        }
        return found;
    }

    /** Writes {@code dir/{name}.csv} with the results of each query (name to SELECT query text). */
    public static List<Distribution> write(Store store, Path dir, Map<String, String> queries) throws IOException {
        List<Distribution> written = new ArrayList<>();
        for (Map.Entry<String, String> e : queries.entrySet()) {
            String name = e.getKey();
            String text = e.getValue();
            Query query = parse(FOLDER + name + ".rq", text);
            Files.createDirectories(dir);
            Path csv = dir.resolve(name + ".csv");
            try (OutputStream out = Files.newOutputStream(csv)) {
                store.query(query, qe -> {
                    ResultSetFormatter.outputAsCSV(out, ordered(query, qe.execSelect()));
                    return null;
                });
            }
            written.add(new Distribution(csv, MEDIA_TYPE, false, question(text)));
        }
        return written;
    }

    private static Query parse(String path, String text) {
        try {
            Query q = QueryFactory.create(text);
            if (!q.isSelectType()) {
                throw new IllegalStateException(path + " is not a SELECT query: it cannot make a table");
            }
            return q;
        } catch (QueryParseException e) {
            throw new IllegalStateException(path + ":" + e.getLine() + ":" + e.getColumn() + ": "
                    + e.getMessage(), e);
        }
    }

    /** Rows as the query orders them; a query without ORDER BY gets its rows sorted, for stable diffs. */
    private static ResultSet ordered(Query query, ResultSet rows) {
        if (query.hasOrderBy()) {
            return rows;
        }
        List<Var> vars = Var.varList(rows.getResultVars());
        List<Binding> all = new ArrayList<>();
        while (rows.hasNext()) {
            all.add(rows.nextBinding());
        }
        Comparator<Binding> byRow = (a, b) -> 0;
        for (Var v : vars) {
            byRow = byRow.thenComparing(r -> r.get(v) == null ? "" : Canonical.strNT(r.get(v)));
        }
        all.sort(byRow);
        return ResultSetStream.create(vars, all.iterator());
    }

    /** The first paragraph of the query's opening comment (the question it answers), or null. */
    static String question(String text) {
        StringBuilder b = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String t = line.strip();
            if (!t.startsWith("#")) {
                break;
            }
            String words = t.replaceFirst("^#+\\s*", "");
            if (words.isEmpty()) {
                if (b.length() > 0) {
                    break;
                }
                continue;
            }
            b.append(b.length() == 0 ? "" : " ").append(words);
        }
        return b.length() == 0 ? null : b.toString();
    }
}
