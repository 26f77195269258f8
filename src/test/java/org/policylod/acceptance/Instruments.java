package org.policylod.acceptance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;

/**
 * The bundled document's named instruments (hand-made list, {@code bundled-instruments.json}) and
 * which of them {@code queries/cited-instruments.rq} lists over a publication of that document.
 */
final class Instruments {
    static final Path LIST = Gold.ROOT.resolve("bundled-instruments.json");
    static final Path QUERY = Path.of("queries/cited-instruments.rq");

    /** One named instrument and the ways a row of the query may give it. */
    record Named(String name, List<String> identifiers, List<Pattern> labels, List<String> celex) {
        boolean listedBy(List<Row> rows) {
            return rows.stream().anyMatch(this::matches);
        }

        private boolean matches(Row r) {
            if (r.identifier != null && identifiers.stream().anyMatch(i -> Score.identifier(i).equals(Score.identifier(r.identifier)))) {
                return true;
            }
            if (r.celex != null && celex.contains(r.celex)) {
                return true;
            }
            return labels.stream().anyMatch(p -> (r.label != null && p.matcher(r.label).find())
                    || (r.identifier != null && p.matcher(r.identifier).find()));
        }
    }

    record Row(String label, String identifier, String celex) {
    }

    static List<Named> load() {
        JsonObject o = JSON.read(LIST.toString());
        List<Named> all = new ArrayList<>();
        for (JsonValue v : o.get("instruments").getAsArray()) {
            JsonObject i = v.getAsObject();
            all.add(new Named(i.get("name").getAsString().value(), strings(i, "identifiers"),
                    strings(i, "labels").stream().map(s -> Pattern.compile(s, Pattern.CASE_INSENSITIVE)).toList(),
                    strings(i, "celex")));
        }
        return all;
    }

    /** The rows of cited-instruments.rq over {@code p}. */
    static List<Row> rows(Published p) throws IOException {
        List<Row> rows = new ArrayList<>();
        String q = Files.readString(QUERY, StandardCharsets.UTF_8);
        try (QueryExecution qe = QueryExecution.dataset(p.dataset()).query(QueryFactory.create(q)).build()) {
            qe.execSelect().forEachRemaining(s -> rows.add(new Row(text(s, "label"), text(s, "identifier"), text(s, "celexNumber"))));
        }
        return rows;
    }

    private static String text(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        return n == null ? null : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    private static List<String> strings(JsonObject o, String key) {
        List<String> out = new ArrayList<>();
        o.get(key).getAsArray().forEach(v -> out.add(v.getAsString().value()));
        return out;
    }
}
