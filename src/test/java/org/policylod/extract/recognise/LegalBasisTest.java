package org.policylod.extract.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/** Citations of Council Decision (CFSP) 2018/1247 (OJ L 235, 19.9.2018, p. 7), and one of its recitals. */
class LegalBasisTest extends RecogniserContract {
    @Override
    Class<? extends Recogniser> pass() {
        return LegalBasis.class;
    }

    @Override
    List<String> paragraphs() {
        return List.of(
                "Having regard to the Treaty on European Union, and in particular Article 42(4) and Article 43(2) thereof,",
                "Having regard to the proposal from the High Representative of the Union for Foreign Affairs and Security Policy,",
                "(6) Decision 2012/392/CFSP should be amended accordingly,");
    }

    @Override
    void expect(Result r) {
        assertTrue(r.ask("""
                <%s> eli:based_on ?basis .
                FILTER (?basis = d:teu || STRSTARTS(STR(?basis), STR(d:teu-article-)))
                """.formatted(DOC)), "the treaty the citation names is the legal basis");
        assertTrue(r.ask("<%s> eli:cites d:decision-2012-392 .".formatted(DOC)), "the recital's act is found");
        assertTrue(!r.ask("<%s> eli:based_on d:decision-2012-392 .".formatted(DOC)), "a recital is no legal basis");
        long bases = r.graph().listStatements(null, r.graph().createProperty("http://data.europa.eu/eli/ontology#based_on"),
                (org.apache.jena.rdf.model.RDFNode) null).toList().size();
        assertTrue(bases >= 1 && bases <= 3, "only the first citation's documents: " + bases);
        assertEquals(0, r.warnings().count());
    }
}
