package org.policylod.acceptance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * The hand-checked gold of one acceptance text ({@code NAME.gold.json} beside {@code NAME.txt}):
 * what the text says about itself, the EU acts it cites with their CELEX, the missions and bodies
 * it names. See {@code src/test/resources/acceptance/README.md}.
 *
 * @param text        the text file
 * @param set         {@code dev} or {@code held-out}
 * @param kind        the kind of document, e.g. "OJ act: CFSP decision", "EUR-Lex summary"
 * @param selfCitation how the text names itself, e.g. "COUNCIL DECISION (CFSP) 2018/1787"
 * @param selfCelex   its own CELEX, null when it has none (summaries, Council and EEAS documents)
 * @param selfId      its own identifier as the text writes it, when it has no CELEX (else null)
 * @param cited       the cited acts: citation as written and CELEX
 * @param accepted    CELEX numbers the text does not write but that are right (a work it names, its
 *                    consolidated version): found, they count neither as hits nor as wrong
 * @param missions    the missions and operations it names, as written
 * @param bodies      the bodies it names, as written
 */
record Gold(Path text, String set, String kind, String selfCitation, String selfCelex, String selfId, List<Cited> cited,
        List<String> accepted, List<String> missions, List<String> bodies) {

    record Cited(String citation, String celex) {
    }

    static final Path ROOT = Path.of("src/test/resources/acceptance");
    static final List<String> SETS = List.of("dev", "held-out");

    /** The texts of the given sets ({@code dev}, {@code held-out}), by set and then file name. */
    static List<Gold> load(List<String> sets) throws IOException {
        List<Gold> all = new ArrayList<>();
        for (String set : sets) {
            try (Stream<Path> files = Files.list(ROOT.resolve(set))) {
                for (Path t : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".txt")).sorted()::iterator) {
                    all.add(read(t, set));
                }
            }
        }
        return all;
    }

    static Gold read(Path text, String set) {
        String name = text.getFileName().toString();
        return read(text, text.resolveSibling(name.substring(0, name.length() - ".txt".length()) + ".gold.json"), set);
    }

    /** The bundled document, with its gold {@code bundled.gold.json}. */
    static Gold bundled(Path text) {
        return read(text, ROOT.resolve("bundled.gold.json"), "bundled");
    }

    private static Gold read(Path text, Path json, String set) {
        JsonObject o = JSON.read(json.toString());
        JsonObject self = o.get("self").getAsObject();
        List<Cited> cited = new ArrayList<>();
        for (JsonValue v : o.get("cited_acts").getAsArray()) {
            JsonObject c = v.getAsObject();
            cited.add(new Cited(string(c, "citation"), string(c, "celex")));
        }
        String kind = o.hasKey("kind") ? string(o, "kind") : "OJ act: CFSP decision";
        String id = self.hasKey("identifier") ? string(self, "identifier") : null;
        List<String> accepted = new ArrayList<>();
        if (o.hasKey("also_accepted_celex")) {
            accepted.addAll(strings(o.get("also_accepted_celex").getAsArray()));
        }
        if (self.hasKey("consolidated")) {
            accepted.add(string(self, "consolidated"));
        }
        return new Gold(text, set, kind, string(self, "citation"), string(self, "celex"), id, List.copyOf(cited), List.copyOf(accepted),
                strings(o.get("missions").getAsArray()), strings(o.get("bodies").getAsArray()));
    }

    String name() {
        return text.getFileName().toString();
    }

    /** An act of the Official Journal (an act, a consolidated text) or a EUR-Lex summary of one. */
    boolean ojActOrSummary() {
        return !bundled() && ( kind.startsWith("OJ act") || kind.startsWith("consolidated") || kind.startsWith("EUR-Lex summary"));
    }

    /** A Council register document or EEAS working document, the family of the bundled document. */
    boolean workingDocument() {
        return kind.startsWith("Council register");
    }

    /** The bundled document itself: scored to check the measure, counted in no group. */
    boolean bundled() {
        return set.equals("bundled");
    }

    private static String string(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v == null || v.isNull() ? null : v.getAsString().value();
    }

    private static List<String> strings(JsonArray a) {
        List<String> out = new ArrayList<>();
        a.forEach(v -> out.add(v.getAsString().value()));
        return List.copyOf(out);
    }
}
