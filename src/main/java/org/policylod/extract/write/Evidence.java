package org.policylod.extract.write;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.policylod.extract.model.Mention;
import org.policylod.extract.model.Passage;
import org.policylod.extract.text.Sentences;
import org.policylod.rdf.Plo;
import org.policylod.rdf.Uris;

/** Writes mentions and assertions: every derived fact points back to the text that states it. */
public final class Evidence {
    private final GraphWriter g;
    private final Map<Passage, Sentences> sentences = new HashMap<>();
    private final Map<String, Integer> counters = new HashMap<>();
    private final Set<String> written = new HashSet<>();

    public Evidence(GraphWriter g) {
        this.g = g;
    }

    public Sentences sentences(Passage p) {
        return sentences.computeIfAbsent(p, q -> Sentences.of(q.text()));
    }

    /** Writes a mention once; returns its IRI. */
    public String mention(Mention m) {
        String text = m.passage().text();
        int s = GraphWriter.cp(text, m.start());
        int e = GraphWriter.cp(text, m.end());
        String iri = m.passage().iri() + "/mention/" + s + "-" + e;
        if (written.add(iri)) {
            g.type(iri, Plo.Mention);
            g.iri(iri, Plo.refersTo, m.iri());
            g.iri(iri, Plo.inPassage, m.passage().iri());
            g.integer(iri, OA.start, s);
            g.integer(iri, OA.end, e);
            g.text(iri, OA.exact, m.exact());
            g.text(iri, Plo.sentence, sentences(m.passage()).at(m.start()));
        }
        return iri;
    }

    /** States subject-predicate-object and records the assertion with its evidence. */
    public void assertion(String subject, Property p, String object, Mention evidence, Mention... more) {
        g.iri(subject, p, object);
        Passage passage = evidence.passage();
        String key = passage.iri() + " " + p.getURI() + " " + subject + " " + object;
        if (!written.add(key)) {
            return;
        }
        String local = Uris.slug(p.getLocalName().replaceAll("([a-z])([A-Z])", "$1-$2"));
        int n = counters.merge(passage.iri() + " " + local, 1, Integer::sum);
        String iri = passage.iri() + "/assertion/" + local + "-" + n;
        g.type(iri, Plo.Assertion);
        g.iri(iri, RDF.subject, subject);
        g.iri(iri, RDF.predicate, p.getURI());
        g.iri(iri, RDF.object, object);
        g.iri(iri, Plo.inPassage, passage.iri());
        g.iri(iri, Plo.evidence, mention(evidence));
        for (Mention m : more) {
            g.iri(iri, Plo.evidence, mention(m));
        }
        g.text(iri, Plo.sentence, sentences(passage).at(evidence.start()));
    }
}
