package org.policylod.extract.knowledge;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.vocabulary.SKOS;
import org.policylod.Bundle;
import org.policylod.extract.text.Fold;
import org.policylod.rdf.Uris;

/**
 * The EU authority tables, reduced while parsing to what recognition needs: the English labels of
 * entries that are not deprecated, and their codes. Sorted maps keep every use deterministic.
 */
public final class Authority {
    static final String AT = "http://publications.europa.eu/ontology/authority/";
    /** The bundled tables (snapshot of the Publications Office's authority tables). */
    static final String TABLES = "ontology/authority/";
    static final String LANGUAGES = "org/policylod/extract/knowledge/languages.ttl";

    /** Labels (sorted) by entry IRI, in IRI order. */
    final Map<String, List<String>> bodies;
    final Map<String, List<String>> countries;
    final Map<String, List<String>> types;
    /** The broader bodies (skos:broader) of every body, deprecated ones included: kinds are read up this tree. */
    final Map<String, List<String>> broader;
    /** Language IRIs by lower-case ISO 639-1 notation. */
    final Map<String, String> languages;
    final Map<String, String> codes;
    final Map<String, String> prefs;
    private final Set<String> generic = new HashSet<>();
    /* The first body (in IRI order) by the slug of its code: minting an organisation looks a body up this way. */
    private final Map<String, String> bodyBySlug = new HashMap<>();

    Authority(Map<String, List<String>> bodies, Map<String, List<String>> countries, Map<String, List<String>> types,
              Map<String, List<String>> broader, Map<String, String> languages, Map<String, String> codes,
              Map<String, String> prefs) {
        this.bodies = bodies;
        this.countries = countries;
        this.types = types;
        this.broader = broader;
        this.languages = languages;
        this.codes = codes;
        this.prefs = prefs;
        genericWords();
        for (String body : bodies.keySet()) {
            bodyBySlug.putIfAbsent(Uris.slug(codes.getOrDefault(body, "")), body);
        }
    }

    /** The tables parsed from their Turtle files. */
    static Authority parse(String folder) {
        Map<String, String> codes = new HashMap<>();
        Map<String, String> prefs = new HashMap<>();
        Map<String, List<String>> broader = new TreeMap<>();
        Map<String, List<String>> bodies = table(folder + "corporatebodies.ttl", codes, prefs, broader);
        Map<String, List<String>> countries = table(folder + "countries.ttl", codes, prefs, new TreeMap<>());
        Map<String, List<String>> types = table(folder + "resourcetypes.ttl", codes, prefs, new TreeMap<>());
        Map<String, List<String>> langs = table(LANGUAGES, new HashMap<>(), prefs, new TreeMap<>());
        Map<String, String> languages = new HashMap<>();
        langs.forEach((iri, notations) -> notations.forEach(n -> languages.put(n.toLowerCase(Locale.ROOT), iri)));
        broader.values().forEach(l -> l.sort(null));
        return new Authority(bodies, countries, types, broader, languages, codes, prefs);
    }

    /** English pref/alt labels (languages: notations) of the entries that are not deprecated. */
    private static Map<String, List<String>> table(String path, Map<String, String> codes, Map<String, String> prefs,
                                                   Map<String, List<String>> broader) {
        Map<String, List<String>> labels = new TreeMap<>();
        Set<String> deprecated = new HashSet<>();
        String pref = SKOS.prefLabel.getURI();
        String alt = SKOS.altLabel.getURI();
        String notation = SKOS.notation.getURI();
        String up = SKOS.broader.getURI();
        try (InputStream in = Bundle.open(path)) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(new StreamRDFBase() {
                @Override
                public void triple(Triple t) {
                    if (!t.getSubject().isURI()) {
                        return;
                    }
                    String s = t.getSubject().getURI();
                    String p = t.getPredicate().getURI();
                    Node o = t.getObject();
                    if (p.equals(AT + "deprecated") && o.isLiteral() && "true".equals(o.getLiteralLexicalForm())) {
                        deprecated.add(s);
                    } else if (p.equals(AT + "authority-code") && o.isLiteral()) {
                        codes.put(s, o.getLiteralLexicalForm());
                    } else if ((p.equals(pref) || p.equals(alt)) && o.isLiteral()
                            && o.getLiteralLanguage().toLowerCase(Locale.ROOT).equals("en")) {
                        labels.computeIfAbsent(s, k -> new ArrayList<>()).add(o.getLiteralLexicalForm());
                        if (p.equals(pref)) {
                            prefs.put(s, o.getLiteralLexicalForm());
                        }
                    } else if (p.equals(up) && o.isURI()) {
                        broader.computeIfAbsent(s, k -> new ArrayList<>()).add(o.getURI());
                    } else if (p.equals(notation) && o.isLiteral()) {
                        labels.computeIfAbsent(s, k -> new ArrayList<>()).add(o.getLiteralLexicalForm());
                    }
                }
            });
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        deprecated.forEach(labels::remove);
        labels.values().forEach(l -> l.sort(null));
        return labels;
    }

    /**
     * Words that also occur inside other bodies' names ("Council", "Commission", "Development"):
     * as a one-word label they are too generic to mean one body.
     */
    private void genericWords() {
        Map<String, Integer> seen = new HashMap<>();
        for (List<String> ls : bodies.values()) {
            for (String l : ls) {
                List<Fold.Token> tokens = Fold.tokens(l);
                if (tokens.size() > 1) {
                    for (Fold.Token t : tokens) {
                        seen.merge(t.text().toLowerCase(Locale.ROOT), 1, Integer::sum);
                    }
                }
            }
        }
        seen.forEach((w, n) -> generic.add(w));
    }

    /** Whether an authority body label may be matched in running text. */
    boolean usable(String label) {
        List<Fold.Token> tokens = Fold.tokens(label);
        if (tokens.size() != 1) {
            return tokens.size() > 1;
        }
        String t = tokens.get(0).text();
        if (Fold.acronym(t)) {
            return t.length() >= 2;
        }
        return t.length() >= 4 && Character.isUpperCase(t.charAt(0)) && !generic.contains(t.toLowerCase(Locale.ROOT));
    }

    /** The bodies (IRIs, in order). */
    public Set<String> bodies() {
        return Collections.unmodifiableSet(bodies.keySet());
    }

    /** The broader bodies of a body, nearest first up the table's tree (the body itself not included). */
    public List<String> ancestors(String iri) {
        List<String> out = new ArrayList<>();
        List<String> queue = new ArrayList<>(broader.getOrDefault(iri, List.of()));
        while (!queue.isEmpty()) {
            String b = queue.remove(0);
            if (!b.equals(iri) && !out.contains(b)) {
                out.add(b);
                queue.addAll(broader.getOrDefault(b, List.of()));
            }
        }
        return out;
    }

    /** The authority code of an entry ("EEAS"), or null. */
    public String code(String iri) {
        return codes.get(iri);
    }

    /** The first body (in IRI order) whose code gives {@code slug} ({@link Uris#slug}), or null. */
    public String bodyWithCodeSlug(String slug) {
        return bodyBySlug.get(slug);
    }

    /** The English preferred label of an authority entry, or null. */
    public String prefLabel(String iri) {
        return prefs.get(iri);
    }

    /** The organisation URI (default base) minted for a body that has no curated entry. */
    String minted(String iri) {
        String code = codes.getOrDefault(iri, iri.substring(iri.lastIndexOf('/') + 1));
        return Uris.DEFAULT_BASE + "id/organisation/" + Uris.slug(code);
    }
}
