package org.policylod.extract.recognise;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

class DatesTest extends RecogniserContract {
    @Override
    Class<? extends Recogniser> pass() {
        return Dates.class;
    }

    @Override
    List<String> paragraphs() {
        return List.of("COM(2020) 609 final, adopted on 23 September 2020, replaces JOIN(2014) 9 final<sup>1</sup>. "
                + "COM(2020) 609 final of 1 January 2021 is the same.",
                "In May 2021, the Council adopted the Conclusions setting the 2022-2025 EU priorities for the fight "
                        + "against serious and organised crime through EMPACT, including the fight against trafficking.");
    }

    @Override
    List<String> footnotes() {
        return List.of("Adopted on 24 June 2014 by the Council.");
    }

    @Override
    void expect(Result r) {
        assertTrue(r.ask("d:com-2020-609 eli:date_document \"2020-09-23\"^^xsd:date ."), "the date after the identifier");
        assertFalse(r.ask("d:com-2020-609 eli:date_document \"2021-01-01\"^^xsd:date ."), "the first date stated wins");
        assertTrue(r.ask("d:join-2014-9 eli:date_document \"2014-06-24\"^^xsd:date ."), "the date opening its footnote");
        assertTrue(r.ask("?c a plo:CouncilConclusions ; <http://purl.org/dc/terms/date> \"2021-05\"^^xsd:gYearMonth ."),
                "a month opening the clause of the making verb, at its precision");
    }
}
