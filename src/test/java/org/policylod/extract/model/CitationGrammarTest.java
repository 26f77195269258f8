package org.policylod.extract.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policylod.rdf.Plo;

/** The citation grammar of EU texts, each form with a sentence of a real text (acceptance dev set). */
class CitationGrammarTest {
    private static List<String> slugs(String text) {
        return Identifiers.find(text).stream().map(Ref::slug).toList();
    }

    private static Ref first(String text) {
        return Identifiers.find(text).get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            COUNCIL DECISION (CFSP) 2018/1787 of 22 November 2018 on the European Union CSDP Mission in Somalia (EUCAP Somalia) ; decision-2018-1787 ; Decision (CFSP) 2018/1787 ; 32018D1787
            | ►M5 | COUNCIL DECISION (CFSP) 2015/1793 of 6 October 2015 | L 260 | 30 | 7.10.2015 | ; decision-2015-1793 ; Decision (CFSP) 2015/1793 ; 32015D1793
            | ►M3 | COUNCIL DECISION 2014/485/CFSP of 22 July 2014 | L 217 | 39 | 23.7.2014 | ; decision-2014-485 ; Decision 2014/485/CFSP ; 32014D0485
            Council Decision (CFSP) 2024/1353 of 14 May 2024 amending Decision 2014/486/CFSP on the European Union Advisory Mission ; decision-2024-1353 ; Decision (CFSP) 2024/1353 ; 32024D1353
            Council Joint Action 2008/851/CFSP of 10 November 2008 on a European Union military operation ; joint-action-2008-851 ; Joint Action 2008/851/CFSP ; 32008E0851
            COUNCIL JOINT ACTION 2008/851/CFSP ; joint-action-2008-851 ; Joint Action 2008/851/CFSP ; 32008E0851
            REGULATION (EU) 2019/1240 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL ; regulation-2019-1240 ; Regulation (EU) 2019/1240 ; 32019R1240
            Council Regulation (EC) No 377/2004 (2) has been substantially amended ; regulation-2004-377 ; Regulation (EC) No 377/2004 ; 32004R0377
            and replacing Council Framework Decision 2002/629/JHA ; decision-2002-629 ; Framework Decision 2002/629/JHA ; 32002F0629
            Council Common Position 2008/944/CFSP defining common rules governing control of exports ; common-position-2008-944 ; Common Position 2008/944/CFSP ; 32008E0944
            """)
    void actsOfTheOfficialJournal(String text, String slug, String idLocal, String celex) {
        Ref r = first(text);
        assertEquals(slug, r.slug());
        assertEquals(idLocal, r.idLocal());
        assertEquals(celex, r.celex());
        assertTrue(r.eli().startsWith("http://data.europa.eu/eli/"), r.eli());
    }

    @Test
    void jointActionsHaveTheirClassAndEli() {
        Ref r = first("Joint Action 2008/851/CFSP of 10 November 2008");
        assertTrue(r.types().contains(Plo.JointAction));
        assertEquals("http://data.europa.eu/eli/joint_action/2008/851/oj", r.eli());
    }

    @Test
    void coordinatedPluralsCiteEachAct() {
        String text = "as amended by Regulations (EU) 2016/1625 and (EU) 2016/1626 of the European Parliament";
        List<Ref> refs = Identifiers.find(text);
        assertEquals(List.of("regulation-2016-1625", "regulation-2016-1626"), refs.stream().map(Ref::slug).toList());
        assertEquals("Regulation (EU) 2016/1626", refs.get(1).idLocal());
        assertEquals("(EU) 2016/1626", text.substring(refs.get(1).start(), refs.get(1).end()));
        assertEquals(List.of("regulation-2004-2007", "regulation-2007-863"),
                slugs("Regulation (EC) No 2007/2004, Regulation (EC) No 863/2007 and Council Decision"));
    }

    @Test
    void aProcedureNumberIsNoAct() {
        assertEquals(List.of("com-2015-671"), slugs("COM/2015/0671 final - 2015/0310 (COD)"));
        assertEquals(List.of(), slugs("Decision 2015/0310(COD)"));
    }

    @Test
    void articlesThereofAreArticlesOfTheTreatyNamed() {
        String text = "Having regard to the Treaty on European Union, and in particular Article 42(4) and "
                + "Article 43(2) thereof,";
        List<Ref> refs = Identifiers.find(text);
        assertEquals(List.of("teu-article-42", "teu-article-43"), refs.stream().map(Ref::slug).toList());
        assertEquals("Article 42(4)", text.substring(refs.get(0).start(), refs.get(0).end()));
        assertEquals(List.of("tfeu-article-82", "tfeu-article-83"), slugs("Having regard to the Treaty on the "
                + "Functioning of the European Union, and in particular Article 82(2) and Article 83(1) thereof,"));
        assertEquals(List.of("teu-article-14", "teu-article-25", "teu-article-28"), slugs("Having regard to the "
                + "Treaty on European Union, and in particular Article 14, the third subparagraph of Article 25 "
                + "and Article 28(3) thereof,"));
    }

    @Test
    void anArticleOfTheTreatyByName() {
        assertEquals(List.of("teu-article-21"), slugs("the objectives of the Union's external action as set out "
                + "in Article 21 of the Treaty on European Union"));
        assertEquals(List.of("teu-article-28", "teu-article-21"), slugs("Having regard to the Treaty on European "
                + "Union, and in particular Article 28 thereof; as set out in Article 21 of the Treaty,"));
        assertEquals(List.of(), slugs("In accordance with Article 5 of Protocol No 22 on the position of Denmark, "
                + "annexed to the Treaty on European Union"), "an article of a protocol is no treaty article");
        assertEquals(List.of(), slugs("as set out in Article 21 of the Treaty,"), "no treaty named: no guess");
    }

    @Test
    void unResolutions() {
        Ref r = first("(1) In its Resolution 1814 (2008) on the situation in Somalia, adopted on 15 May 2008, "
                + "the UN Security Council called on States");
        assertEquals("unsc-resolution-1814", r.slug());
        assertEquals("S/RES/1814 (2008)", r.idLocal());
        assertEquals("https://undocs.org/S/RES/1814(2008)", r.page());
        assertNull(r.celex());
        assertTrue(r.types().contains(Plo.UnResolution));
        assertEquals(List.of("unsc-resolution-2240"), slugs("UNSCR 2240 (2015) on migrant smuggling"));
        assertEquals(List.of("unga-resolution-68-262"),
                slugs("General Assembly resolution 68/262 on the territorial integrity of Ukraine"));
    }

    /** Coordinated lists and the other ways EU texts write a UN resolution. */
    @Test
    void unResolutionForms() {
        assertEquals(List.of("unsc-resolution-1814", "unsc-resolution-1816", "unsc-resolution-1838"),
                slugs("in accordance with UNSC Resolutions 1814 (2008), 1816 (2008) and 1838 (2008), the operation"));
        List<Ref> list = Identifiers.find("Resolutions 1846 (2008) and 1851 (2008)");
        assertEquals("1851 (2008)", "Resolutions 1846 (2008) and 1851 (2008)".substring(list.get(1).start(), list.get(1).end()),
                "each next resolution spans its own number");
        assertEquals(List.of("unsc-resolution-1816"), slugs("S/RES/1816 (2008)"));
        assertEquals(List.of("unga-resolution-70-1"), slugs("the 2030 Agenda for Sustainable Development (UNGA 70/1)"));
        assertEquals(List.of("unga-resolution-70-1"), slugs("Transforming our world (A/RES/70/1)"));
        assertEquals("A/RES/70/1", first("Transforming our world (A/RES/70/1)").idLocal());
        assertEquals(List.of("unga-resolution-65-276"),
                slugs("in line with Resolution 65/276 on the participation of the European Union in the work of the United Nations"));
        assertEquals(List.of("unga-resolution-65-276", "unga-resolution-66-290"), slugs("resolutions 65/276 and 66/290"));
        assertTrue(slugs("resolution 2008/851/CFSP").stream().noneMatch(x -> x.startsWith("unga")), "no session of 4 digits");
    }
}
