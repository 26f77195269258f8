package org.policylod.extract.recognise;

import java.util.ArrayList;
import java.util.List;
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
import org.policylod.extract.write.Documents;
import org.policylod.extract.write.GraphWriter;
import org.policylod.rdf.Plo;
import org.policylod.rdf.Vocab;

/**
 * The first pass: in each passage, the document identifiers (described as cited documents) and the
 * labels of known entities, none overlapping (identifiers win). "Article 4 of the X Convention"
 * becomes the article, minted beside a convention the reference data names.
 */
final class Labels implements Recogniser {
    private static final Pattern CONVENTION_ARTICLE = Pattern.compile(
            "\\bArt(?:icle|\\.)\\s*(\\d{1,3})(?:\\s*\\(\\d+\\))?\\s+of\\s+(?:the\\s+)?$");

    private final Knowledge k;

    Labels(Knowledge k) {
        this.k = k;
    }

    @Override
    public void recognise(Document doc, Mentions mentions) {
        for (Passage p : doc.passages()) {
            mentions.put(p, find(doc, p, mentions));
        }
    }

    private List<Mention> find(Document doc, Passage p, Mentions mentions) {
        GraphWriter g = doc.graph();
        String text = p.text();
        List<Mention> out = new ArrayList<>();
        List<Ref> refs = Identifiers.find(text);
        for (Ref ref : refs) {
            String iri = Documents.describe(g, ref, k.identifierForms, doc.stated());
            out.add(new Mention(p, ref.start(), ref.end(), iri, EntityKind.DOCUMENT, type(g, iri, ref)));
        }
        if (p.kind() == Passage.Kind.FOOTNOTE) {
            mentions.footnote(p, refs);
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
                    iri = article(g, doc.stated(), iri, Integer.parseInt(m.group(1)));
                    start = m.start();
                }
            }
            Resource type = start == h.start() ? k.curatedClass(h.entry().iri()) : Plo.ConventionArticle;
            out.add(new Mention(p, start, h.end(), iri, h.entry().kind(), type));
        }
        return out;
    }

    /** The class of a cited document: its curated class, else the one its identifier gives. */
    private Resource type(GraphWriter g, String iri, Ref ref) {
        Resource curated = k.curatedClass(g.unbase(iri));
        if (curated != null) {
            return curated;
        }
        return ref.types().stream().filter(t -> t.getURI().startsWith(Plo.NS)).findFirst().orElse(null);
    }

    /**
     * An article of a convention the reference data names: part of it, minted beside it. Its one
     * identifier is "Article N", as the reference data writes it; how a text writes the citation
     * stays on the mention.
     */
    private static String article(GraphWriter g, Stated stated, String convention, int number) {
        String iri = convention + "-article-" + number;
        g.type(iri, Vocab.Work);
        g.type(iri, Plo.ConventionArticle);
        g.iri(iri, Vocab.isPartOf, convention);
        if (stated.identifier(iri)) {
            g.text(iri, Vocab.idLocal, "Article " + number);
        }
        return iri;
    }
}
