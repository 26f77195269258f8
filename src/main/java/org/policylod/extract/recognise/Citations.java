package org.policylod.extract.recognise;

import java.util.Comparator;
import java.util.List;
import org.policylod.extract.model.EntityKind;
import org.policylod.extract.model.Mention;
import org.policylod.extract.model.Passage;
import org.policylod.extract.write.GraphWriter;
import org.policylod.rdf.Vocab;

/**
 * Writes every mention the passes before found, in text order (which the passes after rely on),
 * and what cites what: a footnote cites the documents and instruments it names, the document cites
 * the instruments and the minted documents its text names.
 */
final class Citations implements Recogniser {
    @Override
    public void recognise(Document doc, Mentions mentions) {
        GraphWriter g = doc.graph();
        String self = doc.iri();
        for (Passage p : doc.passages()) {
            List<Mention> ms = mentions.in(p);
            ms.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
            for (Mention m : ms) {
                doc.evidence().mention(m);
                boolean cited = m.kind() == EntityKind.INSTRUMENT
                        || (m.kind() == EntityKind.DOCUMENT && !m.iri().equals(self));
                if (cited && p.kind() == Passage.Kind.FOOTNOTE) {
                    g.iri(p.iri(), Vocab.cites, m.iri());
                }
                if (m.kind() == EntityKind.INSTRUMENT || (m.kind() == EntityKind.DOCUMENT && !m.iri().equals(self)
                        && m.iri().startsWith(g.base + "id/document/"))) {
                    g.iri(self, Vocab.cites, m.iri());
                }
            }
        }
    }
}
