package org.policylod.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Resource;
import org.policylod.extract.knowledge.Knowledge;
import org.policylod.extract.knowledge.Lexicon;
import org.policylod.extract.model.EntityKind;
import org.policylod.extract.model.Identifiers;
import org.policylod.extract.model.Mention;
import org.policylod.extract.model.Passage;
import org.policylod.extract.model.Ref;
import org.policylod.extract.model.Stated;
import org.policylod.extract.model.Warnings;
import org.policylod.extract.write.Documents;
import org.policylod.extract.write.Evidence;
import org.policylod.extract.write.GraphWriter;
import org.policylod.rdf.Plo;
import org.policylod.rdf.Vocab;

/**
 * Recognition over the passages of one document: references to documents, entities named by
 * their labels, named instruments and what "the Strategy" stands for, then the relations the
 * text states. Every result is a mention or an assertion with its evidence.
 */
final class Recognition {
    private static final Pattern CONVENTION_ARTICLE = Pattern.compile(
            "\\bArt(?:icle|\\.)\\s*(\\d{1,3})(?:\\s*\\(\\d+\\))?\\s+of\\s+(?:the\\s+)?$");

    private final GraphWriter g;
    private final Knowledge k;
    private final String doc;
    private final Evidence evidence;
    private final Warnings warnings;
    private final Stated stated;
    final Map<Passage, List<Mention>> mentions = new LinkedHashMap<>();
    final Map<Integer, List<Ref>> footnoteRefs = new TreeMap<>();
    private final Map<Integer, Passage> footnotes = new TreeMap<>();

    private Recognition(GraphWriter g, Knowledge k, String doc, Stated stated, Warnings warnings) {
        this.stated = stated;
        this.g = g;
        this.k = k;
        this.doc = doc;
        this.evidence = new Evidence(g);
        this.warnings = warnings;
    }

    static void run(GraphWriter g, Knowledge k, String doc, List<Passage> passages, Stated stated, Warnings warnings) {
        Recognition r = new Recognition(g, k, doc, stated, warnings);
        List<Passage> ordered = new ArrayList<>(passages);
        for (Passage p : ordered) {
            r.mentions.put(p, r.find(p));
        }
        Instruments.run(r, ordered);
        Dates.run(r, ordered);
        for (Passage p : ordered) {
            List<Mention> ms = r.mentions.get(p);
            ms.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
            for (Mention m : ms) {
                r.evidence.mention(m);
                boolean cited = m.kind() == EntityKind.INSTRUMENT
                        || (m.kind() == EntityKind.DOCUMENT && !m.iri().equals(doc));
                if (cited && p.kind() == Passage.Kind.FOOTNOTE) {
                    g.iri(p.iri(), Vocab.cites, m.iri());
                }
                if (m.kind() == EntityKind.INSTRUMENT || (m.kind() == EntityKind.DOCUMENT && !m.iri().equals(doc)
                        && m.iri().startsWith(g.base + "id/document/"))) {
                    g.iri(doc, Vocab.cites, m.iri());
                }
            }
        }
        Relations.run(r, ordered);
    }

    GraphWriter graph() {
        return g;
    }

    Knowledge knowledge() {
        return k;
    }

    String doc() {
        return doc;
    }

    Stated stated() {
        return stated;
    }

    Evidence evidence() {
        return evidence;
    }

    void warn(Passage p, String what) {
        warnings.warning(p.line(), what);
    }

    /** References and labelled entities of one passage, none overlapping (references win). */
    private List<Mention> find(Passage p) {
        String text = p.text();
        List<Mention> out = new ArrayList<>();
        List<Ref> refs = Identifiers.find(text);
        for (Ref ref : refs) {
            String iri = Documents.describe(g, ref);
            out.add(new Mention(p, ref.start(), ref.end(), iri, EntityKind.DOCUMENT, type(iri, ref)));
        }
        if (p.kind() == Passage.Kind.FOOTNOTE) {
            footnoteRefs.put(p.order(), refs);
            footnotes.putIfAbsent(p.order(), p);
        }
        for (Lexicon.Hit h : k.lexicon().find(text)) {
            if (refs.stream().anyMatch(r -> r.start() < h.end() && h.start() < r.end())) {
                continue;
            }
            String iri = g.rebase(h.entry().iri());
            int start = h.start();
            if (h.entry().kind() == EntityKind.DOCUMENT && k.convention(h.entry().iri())) {
                Matcher m = CONVENTION_ARTICLE.matcher(text.substring(0, h.start()));
                if (m.find()) {
                    iri = article(iri, Integer.parseInt(m.group(1)), text.substring(m.start(), h.end()));
                    start = m.start();
                }
            }
            Resource type = start == h.start() ? k.curatedClass(h.entry().iri()) : Plo.ConventionArticle;
            out.add(new Mention(p, start, h.end(), iri, h.entry().kind(), type));
        }
        return out;
    }

    /** The class of a cited document: its curated class, else the one its identifier gives. */
    private Resource type(String iri, Ref ref) {
        Resource curated = k.curatedClass(g.unbase(iri));
        if (curated != null) {
            return curated;
        }
        return ref.types().stream().filter(t -> t.getURI().startsWith(Plo.NS)).findFirst().orElse(null);
    }

    /** An article of a convention the reference data names: part of it, minted beside it. */
    private String article(String convention, int number, String exact) {
        String iri = convention + "-article-" + number;
        g.type(iri, Vocab.Work);
        g.type(iri, Plo.ConventionArticle);
        g.iri(iri, Vocab.isPartOf, convention);
        g.text(iri, Vocab.idLocal, exact.replaceAll("\\s+", " "));
        return iri;
    }

    /** Footnote {@code number} of this document, or null. */
    Passage footnote(int number) {
        return footnotes.get(number);
    }
}
