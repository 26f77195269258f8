package org.policylod.extract.recognise;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

class CategoriesTest extends RecogniserContract {
    @Override
    Class<? extends Recogniser> pass() {
        return Categories.class;
    }

    @Override
    List<String> paragraphs() {
        return List.of("Missions fall into (1) missions that advise coastal police (EUCAP Somalia); and "
                        + "(2) missions that train armed forces (EUTM Mali).",
                "As for category 2, all training missions count, except EUTM Somalia. EUBAM Libya (category 3) is new. "
                        + "Every mission reports, with the exception of EUPOL Proxima.");
    }

    @Override
    int warnings() {
        return 2; // "(category 3)" names no enumerated category; the last exclusion names no category
    }

    @Override
    void expect(Result r) {
        String cat = DOC + "/mission-category/";
        assertTrue(r.ask("""
                m:eucap-somalia plo:missionCategory <%s1> .
                m:eutm-mali plo:missionCategory <%s2> .
                <%s2> plo:excludes m:eutm-somalia ; skos:definition "missions that train armed forces"@en .
                """.formatted(cat, cat, cat)));
    }
}
