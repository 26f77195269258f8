package org.policylod.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SKOS;
import org.policylod.Bundle;

/**
 * The names of the resources minted under the base (labels.rq: preferred and alternative labels,
 * acronyms, identifiers) with how often the documents mention each, read once per release: the
 * label search and the home page's main entities.
 *
 * <p>A name matches a query when it, or one of its words, starts with the query, ignoring case.
 * Results are ranked by relevance = match quality × ln(1 + mentions): a whole name (3) beats a name
 * that starts with the query (2), which beats one of its words (1), and the more the documents
 * mention a resource the higher it stands; ties go to the better match, then the name.
 */
final class LabelIndex {
    static final String QUERY = "org/policylod/serve/labels.rq";

    /** One name of a resource. */
    record Name(String iri, String property, String label, long mentions) {
    }

    /** A resource that matches a query, by its best-matching name. */
    record Hit(String iri, String matched, boolean preferred, int quality, long mentions) {
        double score() {
            return quality * Math.log1p(mentions);
        }
    }

    /** A resource the documents mention, with how often. */
    record Mentioned(String iri, long mentions) {
    }

    private static final Comparator<Hit> RANK = Comparator.comparingDouble(Hit::score).reversed()
            .thenComparing(Comparator.comparingInt(Hit::quality).reversed())
            .thenComparing(h -> !h.preferred())
            .thenComparing(h -> h.matched().toLowerCase(Locale.ROOT)).thenComparing(Hit::iri);

    private final List<Name> names;

    private LabelIndex(List<Name> names) {
        this.names = names;
    }

    static LabelIndex of(Site site) {
        return Txn.calculateRead(site.dataset(), () -> {
            List<Name> names = new ArrayList<>();
            try (QueryExec qe = Stats.exec(site.dataset(), Bundle.read(QUERY))) {
                RowSet rs = qe.select();
                while (rs.hasNext()) {
                    Binding b = rs.next();
                    String iri = b.get("entity").getURI();
                    if (site.document(iri, null).isEmpty()) {
                        continue; // only resources with a page here
                    }
                    Node n = b.get("mentions");
                    names.add(new Name(iri, b.get("property").getURI(), b.get("label").getLiteralLexicalForm(),
                            n == null ? 0 : Long.parseLong(n.getLiteralLexicalForm())));
                }
            }
            return new LabelIndex(List.copyOf(names));
        });
    }

    /** The resources whose names match {@code query}, best first, at most {@code limit}. */
    List<Hit> search(String query, int limit) {
        String q = query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return List.of();
        }
        Map<String, Hit> best = new HashMap<>();
        for (Name n : names) {
            int quality = quality(n.label().toLowerCase(Locale.ROOT), q);
            if (quality == 0) {
                continue;
            }
            Hit h = new Hit(n.iri(), n.label(), n.property().equals(SKOS.prefLabel.getURI()), quality, n.mentions());
            best.merge(n.iri(), h, (a, b) -> RANK.compare(a, b) <= 0 ? a : b);
        }
        return best.values().stream().sorted(RANK).limit(limit).toList();
    }

    /** The resources the documents mention most, at most {@code limit}. */
    List<Mentioned> mostMentioned(int limit) {
        Map<String, Long> counts = new HashMap<>();
        names.forEach(n -> counts.put(n.iri(), n.mentions()));
        return counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .limit(limit).map(e -> new Mentioned(e.getKey(), e.getValue())).toList();
    }

    /** 3: the whole name; 2: the name starts with the query; 1: one of its words does; 0: no match. */
    static int quality(String name, String query) {
        if (name.equals(query)) {
            return 3;
        }
        if (name.startsWith(query)) {
            return 2;
        }
        for (int i = 1; i < name.length(); i++) {
            if (!Character.isLetterOrDigit(name.charAt(i - 1)) && Character.isLetterOrDigit(name.charAt(i))
                    && name.startsWith(query, i)) {
                return 1;
            }
        }
        return 0;
    }
}
