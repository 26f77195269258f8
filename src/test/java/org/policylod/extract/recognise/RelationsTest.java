package org.policylod.extract.recognise;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

class RelationsTest extends RecogniserContract {
    @Override
    Class<? extends Recogniser> pass() {
        return Relations.class;
    }

    @Override
    List<String> paragraphs() {
        return List.of("EUCAP Somalia cooperates with Europol and Interpol. Europol’s European Migrant Smuggling Centre helps.");
    }

    @Override
    void expect(Result r) {
        assertTrue(r.ask("""
                m:eucap-somalia plo:cooperatesWith o:europol, o:interpol ; plo:hostCountry country:SOM .
                o:emsc org:subOrganizationOf o:europol .
                ?a a plo:Assertion ; plo:evidence ?m .
                """));
    }
}
