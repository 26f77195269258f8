package org.policylod.extract.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.policylod.extract.knowledge.Knowledge;
import org.policylod.extract.model.Mention;
import org.policylod.extract.model.Passage;
import org.policylod.extract.model.Stated;
import org.policylod.extract.model.Warnings;
import org.policylod.extract.text.Markup;
import org.policylod.extract.write.GraphWriter;

/**
 * What every recogniser promises (as RDF4J's parser modules share one contract test): it is listed
 * once in {@link Recognition}; given passages, and the mentions the passes before it found, it adds
 * the mentions and writes the assertions its sample shows, with the warnings counted; and one
 * instance gives the same output for the same document twice (it keeps nothing between documents).
 * A test per recogniser extends this with its sample.
 */
abstract class RecogniserContract {
    static final String BASE = "https://w3id.org/policy-lod/";
    static final String DOC = BASE + "id/document/eeas-2024-5";
    private static Knowledge knowledge;

    static synchronized Knowledge knowledge() {
        if (knowledge == null) {
            knowledge = Knowledge.load();
        }
        return knowledge;
    }

    /** The pass under test, built as Recognition builds it. */
    abstract Class<? extends Recogniser> pass();

    /** The sample document: paragraphs as Markdown (footnote markers as {@code <sup>n</sup>}), then footnotes. */
    abstract List<String> paragraphs();

    /** Footnote texts, numbered from 1. */
    List<String> footnotes() {
        return List.of();
    }

    /** How many warnings the pass gives on the sample. */
    int warnings() {
        return 0;
    }

    /** What the pass must have found and written on the sample (ASK patterns over the graph, mentions). */
    abstract void expect(Result r);

    /** The outcome of the passes up to and including the one under test. */
    record Result(List<Passage> passages, Mentions mentions, Model graph, Warnings warnings) {
        List<Mention> mentions(int passage) {
            return mentions.in(passages.get(passage));
        }

        boolean ask(String where) {
            String prefixes = """
                    PREFIX plo: <https://w3id.org/policy-lod/ontology#>
                    PREFIX eli: <http://data.europa.eu/eli/ontology#>
                    PREFIX oa: <http://www.w3.org/ns/oa#>
                    PREFIX org: <http://www.w3.org/ns/org#>
                    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                    PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                    PREFIX d: <https://w3id.org/policy-lod/id/document/>
                    PREFIX o: <https://w3id.org/policy-lod/id/organisation/>
                    PREFIX m: <https://w3id.org/policy-lod/id/mission/>
                    PREFIX i: <https://w3id.org/policy-lod/id/instrument/>
                    PREFIX country: <http://publications.europa.eu/resource/authority/country/>
                    """;
            try (var q = QueryExecutionFactory.create(prefixes + "ASK {" + where + "}", graph)) {
                return q.execAsk();
            }
        }
    }

    private List<Passage> passages() {
        List<Passage> out = new ArrayList<>();
        int n = 0;
        for (String raw : paragraphs()) {
            Markup.Clean c = Markup.clean(raw);
            n++;
            out.add(new Passage(Passage.Kind.PARAGRAPH, DOC + "/paragraph/" + n, DOC, n, c.text(), n, c.anchors()));
        }
        int f = 0;
        for (String raw : footnotes()) {
            Markup.Clean c = Markup.clean(raw);
            f++;
            out.add(new Passage(Passage.Kind.FOOTNOTE, DOC + "/footnote/" + f, DOC, f, c.text(), 100 + f, c.anchors()));
        }
        return out;
    }

    /** Runs the passes before the one under test with fresh instances, then {@code pass} itself. */
    Result run(Recogniser pass) {
        GraphWriter g = new GraphWriter(BASE);
        Recogniser.Document doc = new Recogniser.Document(DOC, passages(), g, new Stated(), new Warnings("sample.txt"));
        Mentions mentions = new Mentions();
        for (Recogniser before : new Recognition(knowledge()).passes()) {
            if (before.getClass() == pass()) {
                break;
            }
            before.recognise(doc, mentions);
        }
        pass.recognise(doc, mentions);
        return new Result(doc.passages(), mentions, g.model(), doc.warnings());
    }

    private Recogniser instance() {
        return new Recognition(knowledge()).passes().stream().filter(p -> p.getClass() == pass()).findFirst().orElseThrow();
    }

    @Test
    void listedOnceInRecognition() {
        assertEquals(1, new Recognition(knowledge()).passes().stream().filter(p -> p.getClass() == pass()).count());
    }

    @Test
    void findsItsMentionsAndAssertions() {
        expect(run(instance()));
    }

    @Test
    void warningsCounted() {
        Result r = run(instance());
        assertEquals(warnings(), r.warnings().count(), r.warnings().list().toString());
    }

    @Test
    void keepsNothingBetweenDocuments() {
        Recogniser pass = instance();
        Result first = run(pass);
        Result second = run(pass);
        assertTrue(first.graph().isIsomorphicWith(second.graph()), "a second run of one instance wrote another graph");
        for (int i = 0; i < first.passages().size(); i++) {
            assertEquals(first.mentions(i), second.mentions(i));
        }
        assertEquals(first.warnings().list(), second.warnings().list());
    }
}
