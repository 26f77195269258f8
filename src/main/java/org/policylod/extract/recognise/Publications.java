package org.policylod.extract.recognise;

import java.util.Locale;
import org.policylod.extract.knowledge.Knowledge;
import org.policylod.extract.model.EntityKind;
import org.policylod.extract.model.Mention;
import org.policylod.extract.model.Passage;
import org.policylod.extract.model.Ref;
import org.policylod.extract.text.Markup;
import org.policylod.extract.write.Documents;
import org.policylod.rdf.Plo;
import org.policylod.rdf.Vocab;

/**
 * What the text says of each named instrument: the document publishing it (its footnote's
 * identifier, or the identifier right after it in a footnote) and the footnote citing it. A bare
 * keyword ("the Strategy") refers back and is not tied again.
 */
final class Publications implements Recogniser {
    private final Knowledge k;

    Publications(Knowledge k) {
        this.k = k;
    }

    @Override
    public void recognise(Document doc, Mentions mentions) {
        if (k.keywords().isEmpty()) {
            return;
        }
        for (Passage p : doc.passages()) {
            for (Mention m : mentions.in(p)) {
                tie(doc, mentions, p, m);
            }
        }
    }

    private void tie(Document doc, Mentions mentions, Passage p, Mention m) {
        if (m.kind() != EntityKind.INSTRUMENT || k.keywords().contains(m.exact().toLowerCase(Locale.ROOT))) {
            return;
        }
        Markup.Anchor anchor = Sources.anchor(mentions, p, m.end());
        if (anchor != null && mentions.hasFootnote(anchor.number())) {
            doc.graph().iri(doc.iri() + "/footnote/" + anchor.number(), Vocab.cites, m.iri());
        }
        Ref ref = Sources.of(mentions, p, m.end());
        if (ref != null) {
            doc.evidence().assertion(m.iri(), Plo.publishedIn, Documents.iri(doc.graph(), ref), m);
        }
    }
}
