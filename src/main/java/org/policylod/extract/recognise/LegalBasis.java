package org.policylod.extract.recognise;

import org.policylod.extract.knowledge.Knowledge;
import org.policylod.extract.model.EntityKind;
import org.policylod.extract.model.Mention;
import org.policylod.extract.model.Passage;
import org.policylod.rdf.Vocab;

/**
 * An act's citations ("Having regard to the Treaty on European Union, and in particular Article
 * 42(4) ... thereof,") state its legal basis: the document is eli:based_on every document the
 * passes before found in such a paragraph. The opening words come from the reference data.
 */
final class LegalBasis implements Recogniser {
    private final Knowledge k;

    LegalBasis(Knowledge k) {
        this.k = k;
    }

    @Override
    public void recognise(Document doc, Mentions mentions) {
        for (Passage p : doc.passages()) {
            if (p.kind() != Passage.Kind.PARAGRAPH || !k.front().legalBasis(p.text())) {
                continue;
            }
            for (Mention m : mentions.in(p)) {
                if (m.kind() == EntityKind.DOCUMENT && !m.iri().equals(doc.iri())) {
                    doc.graph().iri(doc.iri(), Vocab.basedOn, m.iri());
                }
            }
        }
    }
}
