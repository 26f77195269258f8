package org.policylod.extract.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

class CitationsTest extends RecogniserContract {
    @Override
    Class<? extends Recogniser> pass() {
        return Citations.class;
    }

    @Override
    List<String> paragraphs() {
        return List.of("Europol applies COM(2020) 609 final<sup>1</sup>.");
    }

    @Override
    List<String> footnotes() {
        return List.of("See also JOIN(2014) 9 final.");
    }

    @Override
    void expect(Result r) {
        assertTrue(r.ask("""
                <%s> eli:cites d:com-2020-609, d:join-2014-9 .
                <%s/footnote/1> eli:cites d:join-2014-9 .
                ?m a plo:Mention ; plo:refersTo o:europol ; oa:exact "Europol" ; oa:start 0 ; oa:end 7 ;
                   plo:inPassage <%s/paragraph/1> ; plo:sentence "Europol applies COM(2020) 609 final." .
                """.formatted(DOC, DOC, DOC)));
        long mentions = r.graph().listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type,
                r.graph().createResource("https://w3id.org/policy-lod/ontology#Mention")).toList().size();
        assertEquals(3, mentions, "every mention written once");
    }
}
