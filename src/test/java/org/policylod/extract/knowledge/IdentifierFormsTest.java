package org.policylod.extract.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policylod.extract.model.Form;
import org.policylod.extract.model.Identifiers;
import org.policylod.extract.model.Ref;
import org.policylod.rdf.Uris;

/**
 * One eli:id_local per work, whatever form the citation takes: each case is a real sentence (its
 * source named), the identifier its citation parses to, and the one form written for the work.
 */
class IdentifierFormsTest {
    private static IdentifierForms forms;

    @BeforeAll
    static void load() {
        forms = Knowledge.load().identifierForms;
    }

    /** The one identifier of the first work {@code sentence} cites. */
    private static String idLocal(String sentence) {
        List<Ref> refs = Identifiers.find(sentence);
        assertNotNull(refs.isEmpty() ? null : refs.get(0), "no identifier in: " + sentence);
        Ref r = refs.get(0);
        return forms.idLocal(Uris.document(Uris.DEFAULT_BASE, r.slug()), r);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # COM(2020) 779 final, title: the author is left out (Style Guide 3.2.1), "No" kept before 2015
            on the Functioning of the Schengen Evaluation and Monitoring Mechanism pursuant to Article 22 of Council Regulation (EU) No 1053/2013 | regulation-2013-1053 | Regulation (EU) No 1053/2013
            # COM(2021) 278 final, title
            on the establishment and operation of an evaluation and monitoring mechanism to verify the application of the Schengen acquis and repealing Regulation (EU) No 1053/2013 | regulation-2013-1053 | Regulation (EU) No 1053/2013
            # the same citation as texts also write it, without "No": before 2015 the number comes first
            pursuant to Article 22 of Council Regulation (EU) 1053/2013 | regulation-2013-1053 | Regulation (EU) No 1053/2013
            # the year-first order some sites use for it (EU Monitor lists it as "Regulation 2013/1053"), with its domain
            Council Regulation (EU) 2013/1053 | regulation-2013-1053 | Regulation (EU) No 1053/2013
            # Regulation (EU) 2022/922, OJ L 160/1, title: from 2015 "(domain) YYYY/N", no "No"
            COUNCIL REGULATION (EU) 2022/922 | regulation-2022-922 | Regulation (EU) 2022/922
            # the EEAS mini-concept of issue 16: a coordinated plural
            Regulations (EU) 2016/1625 and (EU) 2016/1626 | regulation-2016-1625 | Regulation (EU) 2016/1625
            # COM(2015) 671 final, title: an old regulation whose number looks like a year
            on the European Border and Coast Guard and repealing Regulation (EC) No 2007/2004, Regulation (EC) No 863/2007 and Council Decision 2005/267/EC | regulation-2004-2007 | Regulation (EC) No 2007/2004
            # Interinstitutional Style Guide 1.2.2: two-digit years before 1999
            Council Regulation (EC) No 2820/98 | regulation-1998-2820 | Regulation (EC) No 2820/98
            # Style Guide 1.2.2: a decision adopted by a legislative procedure is numbered as a regulation
            Decision No 284/2010/EU of the European Parliament and of the Council | decision-2010-284 | Decision No 284/2010/EU
            # Council Decision (CFSP) 2018/1247, title
            COUNCIL DECISION (CFSP) 2018/1247 | decision-2018-1247 | Decision (CFSP) 2018/1247
            # the same decision, subject line: before 2015 the domain follows the number
            amending Decision 2012/392/CFSP on the European Union CSDP mission in Niger (EUCAP Sahel Niger) | decision-2012-392 | Decision 2012/392/CFSP
            # Council Decision 2008/918/CFSP, first citation
            Having regard to Council Joint Action 2008/851/CFSP of 10 November 2008 | joint-action-2008-851 | Joint Action 2008/851/CFSP
            # Directive 2011/36/EU, title: a framework decision's domain is always JHA
            and replacing Council Framework Decision 2002/629/JHA | decision-2002-629 | Framework Decision 2002/629/JHA
            # the bundled document, footnote 7: the series, the year in parentheses, the number, final
            COM(2020)609 final, adopted on 23 September 2020. | com-2020-609 | COM(2020) 609 final
            # the bundled document, footnote 2: "final" also where the text leaves it out
            SWD(2019) 173, 30 April 2019. | swd-2019-173 | SWD(2019) 173 final
            # EUR-Lex page of COM(2021) 278: the form EUR-Lex heads it with
            COM/2021/278 final | com-2021-278 | COM(2021) 278 final
            # the bundled document, footnote 6: a Council register number as the register writes it
            Doc. Ref. 7371/22, 21 March 2022. | st-7371-2022 | ST 7371/22
            # the bundled document's front page
            Ref. prev. doc.	EEAS (2020) 1268, EEAS (2020) 1268 REV1 | eeas-2020-1268 | EEAS(2020) 1268
            # ST 15562/11 (dev text 24): an Ares registry number, as the records system stamps it
            Encl.: EEAS document ARES (2011) 118322 | ares-2011-118322 | Ares(2011)118322
            Delegations will find attached the EEAS document of 13 October 2011 with ARES reference (2011) 118322 on Strengthening ties between CSDP and FSJ- Elements of a draft Road Map. | ares-2011-118322 | Ares(2011)118322
            the Joint Staff Working Paper on "Strengthening Ties between CSDP and FSJ Actors - Proposals for a Way ahead", doc. ARES (2011) 549943 of 6 May 2011 | ares-2011-549943 | Ares(2011)549943
            """)
    void oneFormPerWork(String sentence, String slug, String expected) {
        List<Ref> refs = Identifiers.find(sentence);
        assertEquals(slug, refs.get(0).slug(), sentence);
        assertEquals(expected, idLocal(sentence), sentence);
    }

    @Test
    void theReferenceDataKeepsItsIdentifier() {
        // ontology/reference/treaties.ttl: the article of the TEU the bundled document cites as "Article 21(1) TEU"
        assertEquals("Article 21 TEU", idLocal("as laid down in Article 21(1) TEU"));
        // ontology/reference/acts.ttl, cited in the bundled document's footnote 17 with its author and date
        assertEquals("Regulation (EU) 2019/1240", idLocal("Regulation (EU) 2019/1240 of the European Parliament and of"
                + " the Council of 20 June 2019 on the creation of a European network of immigration liaison officers"));
    }

    @Test
    void anEeasRevisionKeepsItsRevision() {
        List<Ref> refs = Identifiers.find("Ref. prev. doc.\tEEAS (2020) 1268, EEAS (2020) 1268 REV1");
        assertEquals("EEAS(2020) 1268 REV1", forms.idLocal(Uris.document(Uris.DEFAULT_BASE, refs.get(1).slug()), refs.get(1)));
    }

    @Test
    void aDomainTheTextLeavesOutIsNotInvented() {
        // a EUR-Lex page's own CELEX number tells the kind, year and number, not the domain
        assertEquals("Decision 2012/389", forms.write(Form.of("decision", 2012, 389)));
        assertEquals("Directive 95/46", forms.write(Form.of("directive", 1995, 46)));
        assertEquals("Directive (EU) 2016/680", forms.write(new Form("directive", "EU", 2016, 680, null, false)));
    }
}
