package org.policylod.extract.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policylod.rdf.Plo;
import org.policylod.rdf.Vocab;

class IdentifiersTest {
    private static Ref only(String text) {
        List<Ref> refs = Identifiers.find(text);
        assertEquals(1, refs.size(), () -> "one identifier in \"" + text + "\": " + refs);
        return refs.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            COM(2020) 609 final             | com-2020-609       | COM(2020) 609 final       | 52020DC0609
            COM(2020)609 final              | com-2020-609       | COM(2020) 609 final       | 52020DC0609
            COM (2021) 170                  | com-2021-170       | COM(2021) 170             | 52021DC0170
            JOIN(2021) 32 final             | join-2021-32       | JOIN(2021) 32 final       | 52021JC0032
            SWD(2019) 173                   | swd-2019-173       | SWD(2019) 173             | 52019SC0173
            Directive 2011/36/EU            | directive-2011-36  | Directive 2011/36/EU      | 32011L0036
            Directive 95/46/EC              | directive-1995-46  | Directive 95/46/EC        | 31995L0046
            Directive (EU) 2016/680         | directive-2016-680 | Directive (EU) 2016/680   | 32016L0680
            Regulation (EU) 2019/1240       | regulation-2019-1240 | Regulation (EU) 2019/1240 | 32019R1240
            Regulation (EC) No 2007/2004    | regulation-2004-2007 | Regulation (EC) No 2007/2004 | 32004R2007
            Council Decision 2012/392/CFSP  | decision-2012-392  | Decision 2012/392/CFSP    | 32012D0392
            Framework Decision 2002/584/JHA | decision-2002-584  | Framework Decision 2002/584/JHA | 32002F0584
            Article 21 (1) TEU              | teu-article-21     | Article 21 TEU            | 12016M021
            Art. 78 TFEU                    | tfeu-article-78    | Article 78 TFEU           | 12016E078
            Article 6 of the TEU            | teu-article-6      | Article 6 TEU             | 12016M006
            """)
    void eurLexDocuments(String text, String slug, String idLocal, String celex) {
        Ref r = only(text);
        assertEquals(slug, r.slug());
        assertEquals(idLocal, r.idLocal());
        assertEquals(celex, r.celex());
        assertEquals("https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:" + celex, r.page());
        assertEquals(0, r.start());
        assertEquals(text.length(), r.end());
    }

    @Test
    void eliOnlyForActsOfTheOfficialJournal() {
        assertEquals("http://data.europa.eu/eli/dir/2011/36/oj", only("Directive 2011/36/EU").eli());
        assertEquals("http://data.europa.eu/eli/reg/2019/1240/oj", only("Regulation (EU) 2019/1240").eli());
        assertEquals("http://data.europa.eu/eli/dec/2012/392/oj", only("Decision 2012/392/CFSP").eli());
        assertNull(only("COM(2020) 609 final").eli());
        assertNull(only("Ref. 15250/18").eli());
        assertTrue(only("Directive 2011/36/EU").types().contains(Vocab.LegalResource));
        assertTrue(only("COM(2020) 609").types().contains(Plo.CommissionCommunication));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ref. 15250/18       | st-15250-2018      | ST 15250/18       | ST-15250-2018-INIT
            Doc. Ref. 7371/22   | st-7371-2022       | ST 7371/22        | ST-7371-2022-INIT
            ST 9876/21 REV 1    | st-9876-2021-rev-1 | ST 9876/21 REV 1  | ST-9876-2021-REV-1
            doc. 5432/99        | st-5432-1999       | ST 5432/99        | ST-5432-1999-INIT
            """)
    void councilRegister(String text, String slug, String idLocal, String part) {
        Ref r = only(text);
        assertEquals(slug, r.slug());
        assertEquals(idLocal, r.idLocal());
        assertNull(r.celex());
        assertEquals("https://data.consilium.europa.eu/doc/document/" + part + "/en/pdf", r.page());
        assertTrue(r.types().contains(Plo.CouncilDocument));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            EEAS(2019) 617        | eeas-2019-617       | EEAS(2019) 617
            EEAS (2020) 1268 REV1 | eeas-2020-1268-rev1 | EEAS(2020) 1268 REV1
            EEAS(2022) 1466       | eeas-2022-1466      | EEAS(2022) 1466
            ARES (2011) 118322    | ares-2011-118322    | Ares(2011)118322
            Ares(2011)549943      | ares-2011-549943    | Ares(2011)549943
            """)
    void eeasReferencesHaveNoCelex(String text, String slug, String idLocal) {
        Ref r = only(text);
        assertEquals(slug, r.slug());
        assertEquals(idLocal, r.idLocal());
        assertNull(r.celex());
        assertNull(r.page());
        assertTrue(r.types().contains(Plo.WorkingDocument));
    }

    @Test
    void allInOrderWithOffsetsInTheText() {
        String text = "See FFT EEAS(2019) 617 and COM(2021) 170 final, adopted with Directive 2011/36/EU.";
        List<Ref> refs = Identifiers.find(text);
        assertEquals(List.of("eeas-2019-617", "com-2021-170", "directive-2011-36"),
                refs.stream().map(Ref::slug).toList());
        assertEquals("COM(2021) 170 final", text.substring(refs.get(1).start(), refs.get(1).end()));
    }

    @Test
    void treatyAloneAndInsideAnArticle() {
        List<Ref> refs = Identifiers.find("Article 21 (1) TEU and the TFEU");
        assertEquals(List.of("teu-article-21", "tfeu"), refs.stream().map(Ref::slug).toList());
        assertEquals("teu", refs.get(0).partOf());
    }

    @Test
    void numbersThatAreNoIdentifiers() {
        assertEquals(List.of(), Identifiers.find("in 2011/2012 some 36 cases; page 14/22; COMMISSION 2020"));
    }
}
