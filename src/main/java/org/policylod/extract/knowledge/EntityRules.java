package org.policylod.extract.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.policylod.Bundle;
import org.policylod.extract.text.Fold;

/**
 * The rules of entities.ttl: the kind of a body of the EU corporate-body table from where it sits
 * in the table's tree and the words of its name, the short forms documents write for table names,
 * and the prefixes CSDP missions are named with. Immutable once loaded.
 */
public final class EntityRules {
    static final String FILE = "org/policylod/extract/knowledge/entities.ttl";

    /** One kind rule: every condition given must hold. */
    record KindRule(int order, Set<String> bodies, Set<String> within, boolean topLevel, List<List<String>> words,
                    String kind, boolean partOf) {
    }

    /** A kind and whether the body is a unit of the body above it. */
    public record Kind(String kind, boolean partOf) {
    }

    /** One word group for another, both ways; or a suffix for prefixes. */
    record ShortForm(List<String> from, List<String> to, boolean suffix) {
    }

    private final List<KindRule> kinds;
    private final List<ShortForm> shortForms;
    /** Mission prefixes (as written, in capitals) to the mission class they give. */
    private final Map<String, String> missionPrefixes;

    private EntityRules(List<KindRule> kinds, List<ShortForm> shortForms, Map<String, String> missionPrefixes) {
        this.kinds = kinds;
        this.shortForms = shortForms;
        this.missionPrefixes = Collections.unmodifiableMap(missionPrefixes);
    }

    static EntityRules load() {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = Bundle.open(FILE)) {
            RDFDataMgr.read(m, in, Lang.TURTLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read(m);
    }

    static EntityRules read(Model m) {
        List<KindRule> kinds = new ArrayList<>();
        for (Resource r : m.listSubjectsWithProperty(RDF.type, m.createResource(Cues.ETL + "KindRule")).toList()) {
            Resource kind = r.getPropertyResourceValue(p(m, "kind"));
            if (kind == null || !r.hasProperty(p(m, "order"))) {
                throw new IllegalStateException(FILE + ": the kind rule " + r + " has no etl:kind or etl:order");
            }
            kinds.add(new KindRule(r.getProperty(p(m, "order")).getInt(), iris(r, p(m, "body")), iris(r, p(m, "within")),
                    r.hasLiteral(p(m, "topLevel"), true), strings(r, p(m, "nameWord")).stream().map(EntityRules::words).toList(),
                    kind.getURI(), r.hasLiteral(p(m, "partOf"), true)));
        }
        kinds.sort(Comparator.comparingInt(KindRule::order));
        List<ShortForm> forms = new ArrayList<>();
        for (Resource r : m.listSubjectsWithProperty(RDF.type, m.createResource(Cues.ETL + "ShortForm")).toList()) {
            for (String l : strings(r, p(m, "long"))) {
                for (String s : strings(r, p(m, "short"))) {
                    forms.add(new ShortForm(words(l), words(s), false));
                    forms.add(new ShortForm(words(s), words(l), false));
                }
            }
            for (String suffix : strings(r, p(m, "suffix"))) {
                for (String prefix : strings(r, p(m, "prefix"))) {
                    forms.add(new ShortForm(words(suffix), words(prefix), true));
                }
            }
        }
        Map<String, String> prefixes = new TreeMap<>();
        for (Resource r : m.listSubjectsWithProperty(RDF.type, m.createResource(Cues.ETL + "MissionPrefix")).toList()) {
            String kind = r.getPropertyResourceValue(p(m, "kind")).getURI();
            strings(r, p(m, "prefix")).forEach(x -> prefixes.put(x, kind));
        }
        return new EntityRules(List.copyOf(kinds), List.copyOf(forms), prefixes);
    }

    private static Property p(Model m, String local) {
        return m.createProperty(Cues.ETL + local);
    }

    private static Set<String> iris(Resource r, Property p) {
        Set<String> out = new LinkedHashSet<>();
        r.listProperties(p).forEachRemaining(s -> {
            if (s.getObject().isURIResource()) {
                out.add(s.getResource().getURI());
            }
        });
        return out;
    }

    private static List<String> strings(Resource r, Property p) {
        List<String> out = new ArrayList<>();
        r.listProperties(p).forEachRemaining(s -> {
            RDFNode o = s.getObject();
            if (o.isLiteral()) {
                out.add(o.asLiteral().getLexicalForm());
            }
        });
        out.sort(null);
        return out;
    }

    /** The words of a label, lower case (punctuation tokens included, as Fold splits them). */
    static List<String> words(String label) {
        return Fold.tokens(label).stream().map(t -> t.text().toLowerCase(Locale.ROOT)).toList();
    }

    /**
     * The kind of a table body, or null when no rule holds.
     *
     * @param ancestors the entries above it, nearest first
     * @param labels    its English labels
     */
    public Kind kind(String body, List<String> ancestors, List<String> labels) {
        for (KindRule r : kinds) {
            if (!r.bodies().isEmpty() && !r.bodies().contains(body)) {
                continue;
            }
            if (!r.within().isEmpty() && ancestors.stream().noneMatch(r.within()::contains)) {
                continue;
            }
            if (r.topLevel() && !ancestors.isEmpty()) {
                continue;
            }
            if (!r.words().isEmpty() && labels.stream().map(EntityRules::words)
                    .noneMatch(l -> r.words().stream().anyMatch(w -> Collections.indexOfSubList(l, w) >= 0))) {
                continue;
            }
            return new Kind(r.kind(), r.partOf());
        }
        return null;
    }

    /** The other forms of a table label: "European Union Satellite Centre" is also "EU Satellite Centre". */
    public List<String> shortForms(String label) {
        List<Fold.Token> tokens = Fold.tokens(label);
        List<String> lower = tokens.stream().map(t -> t.text().toLowerCase(Locale.ROOT)).toList();
        List<String> out = new ArrayList<>();
        for (ShortForm f : shortForms) {
            int at;
            if (f.suffix()) {
                at = lower.size() - f.from().size();
                if (at <= 0 || !lower.subList(at, lower.size()).equals(f.from())) {
                    continue;
                }
            } else if ((at = Collections.indexOfSubList(lower, f.from())) < 0) {
                continue;
            }
            String before = label.substring(0, tokens.get(at).start()).strip();
            String after = label.substring(tokens.get(at + f.from().size() - 1).end()).strip();
            String form = f.suffix() ? written(f.to()) + " " + before : before + " " + written(f.to()) + " " + after;
            out.add(form.strip().replaceAll("\\s+", " "));
        }
        return out;
    }

    /** Words of a rule as a name writes them: an acronym in capitals, other words capitalised. */
    private static String written(List<String> words) {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(w.length() <= 3 ? w.toUpperCase(Locale.ROOT) : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return b.toString();
    }

    /** The mission class a naming prefix gives ("EUCAP": civilian), or null. */
    public String missionKind(String prefix) {
        return missionPrefixes.get(prefix);
    }

    /** The mission prefixes, in capitals. */
    public Set<String> missionPrefixes() {
        return missionPrefixes.keySet();
    }
}
