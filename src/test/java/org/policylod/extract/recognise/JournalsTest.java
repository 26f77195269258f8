package org.policylod.extract.recognise;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/** Official Journal references tied to their act: dev text 05's recital and footnote, and the inline form. */
class JournalsTest extends RecogniserContract {
    @Override
    Class<? extends Recogniser> pass() {
        return Journals.class;
    }

    @Override
    List<String> paragraphs() {
        return List.of("(1) On 16 July 2012, the Council adopted Decision 2012/392/CFSP<sup>1</sup> which expires on "
                        + "15 July 2014.",
                "This Directive replaces Council Framework Decision 2002/629/JHA of 19 July 2002 on combating "
                        + "trafficking in human beings (OJ L 203, 1.8.2002, p. 1).",
                "The EU Maritime Security Strategy was published (OJ C 326, 26.10.2012, p. 13).");
    }

    @Override
    List<String> footnotes() {
        return List.of("OJ L 187, 17.7.2012, p. 48.");
    }

    @Override
    void expect(Result r) {
        assertTrue(r.ask("d:decision-2012-392 plo:journalReference \"OJ L 187, 17.7.2012, p. 48\" ; "
                + "eli:date_publication \"2012-07-17\"^^xsd:date ."), "the act whose marker carries the footnote");
        assertTrue(r.ask("?fd plo:journalReference \"OJ L 203, 1.8.2002, p. 1\" ; eli:id_local ?id "
                + "FILTER (CONTAINS(?id, \"2002/629\"))"), "the act named before it in the sentence");
        assertFalse(r.ask("?x plo:journalReference \"OJ C 326, 26.10.2012, p. 13\""), "an instrument is no act");
    }
}
