package org.policylod.extract.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.policylod.extract.model.EntityKind;
import org.policylod.extract.model.Mention;

/** Works named without an identifier, with the sentences of the bundled document and of dev text 19. */
class TitlesTest extends RecogniserContract {
    @Override
    Class<? extends Recogniser> pass() {
        return Titles.class;
    }

    @Override
    List<String> paragraphs() {
        return List.of(
                "In May 2021, the Council adopted the Conclusions setting the 2022-2025 EU priorities for the fight "
                        + "against serious and organised crime through EMPACT, including the fight against trafficking "
                        + "in human beings and migrant smuggling.",
                "Current discussions, stemming also from the Civilian CSDP Compact and the mini-concept on organised "
                        + "crime, aim at giving a firmer, more sustainable basis. This mini-concept outlines possible "
                        + "ways; recommendations derived from previous corresponding mini-concepts apply.",
                "In line with the EU's \"lessons and best practices of mainstreaming human rights and gender into CSDP "
                        + "military operations and civilian missions\", they must be taken into account. All envisaged "
                        + "activities follow the \"Do No Harm\" approach. The Communication notably indicates that "
                        + "\"[...] the EU will step up its external action\".",
                "The Council supports an EU external migration policy in accordance with the European Agenda on "
                        + "Migration and European Council conclusions of 25 and 26 June.",
                "CSDP engagement has been planned based on the concept of human security.",
                // Council conclusions on migration of May 2016, points 1 and 3 (reliefweb's copy)
                "1.The Council reaffirms its commitment to a comprehensive and geographically balanced approach on "
                        + "migration on the basis of the European Agenda on Migration, European Council conclusions and "
                        + "Council conclusions of 12 October 2015 and 12 May 2016 in full respect of international law "
                        + "and human rights. In addition, it recalls the Council conclusions of 12 May 2016 on the EU "
                        + "approach to forced displacement and development.");
    }

    @Override
    List<String> footnotes() {
        return List.of(
                "As a core principle of international refugee law, the principle of non-refoulement provides that no "
                        + "one shall expel or return a refugee, as enshrined in Art. 33 of the Geneva Refugee Convention "
                        + "and Protocol.",
                "The CSDP in 2020 – The EU's legacy and ambition in security and defence, chapter 6, (2020). EU "
                        + "Institute for Security Studies.",
                "Adopted on 19 November 2018 by the Council and the Member States, chapter 2, (2018).");
    }

    private static List<String> works(Result r, int passage) {
        return r.mentions(passage).stream().filter(m -> m.kind() == EntityKind.DOCUMENT).map(Mention::exact).toList();
    }

    @Override
    void expect(Result r) {
        assertEquals(List.of("Conclusions setting the 2022-2025 EU priorities for the fight against serious and "
                + "organised crime through EMPACT"), works(r, 0), "keyword after 'the', complement to the clause's end");
        assertTrue(r.ask("d:conclusions-setting-the-2022-2025-eu-priorities-for-the-fight-against-serious-and-organised-"
                + "crime-through-empact a eli:Work, plo:CouncilConclusions ; eli:id_local ?id ; skos:prefLabel ?l ."));
        assertEquals(List.of("mini-concept on organised crime"), works(r, 1), "'This mini-concept' and a plural never name");
        assertTrue(r.ask("d:mini-concept-on-organised-crime a plo:CsdpConcept ."));
        assertEquals(List.of("lessons and best practices of mainstreaming human rights and gender into CSDP military "
                + "operations and civilian missions"), works(r, 2), "a title after a possessive; no adjective, no quotation");
        assertTrue(r.ask("d:lessons-and-best-practices-of-mainstreaming-human-rights-and-gender-into-csdp-military-"
                + "operations-and-civilian-missions a plo:Publication ."));
        assertEquals(List.of("European Council conclusions of 25 and 26 June"), works(r, 3).stream()
                .filter(w -> w.contains("conclusions")).toList(), "a capitalised name before the keyword");
        assertEquals(List.of(), works(r, 4), "'the concept of' is no work");
        assertEquals(List.of("Council conclusions of 12 October 2015 and 12 May 2016",
                        "Council conclusions of 12 October 2015 and 12 May 2016",
                        "Council conclusions of 12 May 2016 on the EU approach to forced displacement and development"),
                works(r, 5).stream().filter(w -> w.contains("onclusions")).toList(), "a date list names one work per day");
        assertTrue(r.ask("d:council-conclusions-of-12-october-2015 eli:date_document \"2015-10-12\"^^xsd:date ."));
        assertTrue(r.ask("d:council-conclusions-of-12-may-2016 eli:date_document \"2016-05-12\"^^xsd:date ; "
                + "eli:id_local \"Council conclusions of 12 May 2016\" ."), "one work per day, however its topic is written");
        assertTrue(works(r, 6).contains("Protocol"), works(r, 6).toString());
        assertTrue(r.mentions(6).stream().anyMatch(m -> m.exact().equals("Protocol")
                && m.iri().endsWith("/id/document/protocol-relating-to-the-status-of-refugees")), "the curated Protocol");
        assertEquals(List.of("The CSDP in 2020 – The EU's legacy and ambition in security and defence"), works(r, 7));
        assertTrue(r.ask("d:the-csdp-in-2020-the-eu-s-legacy-and-ambition-in-security-and-defence a plo:Publication ; "
                + "eli:publisher_agent o:euiss ; <http://purl.org/dc/terms/date> \"2020\"^^xsd:gYear ."));
        assertFalse(works(r, 8).stream().anyMatch(w -> w.startsWith("Adopted")), "no publisher after the year: no reference");
    }
}
