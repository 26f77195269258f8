package org.policylod.extract.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The CELEX number a EUR-Lex page states first ("Document 32019R1240"), read back into a reference. */
class CelexTest {
    @Test
    void regulationOfAEurLexPage() {
        Ref r = Celex.of("32019R1240");
        assertEquals("regulation-2019-1240", r.slug());
        assertEquals("32019R1240", r.celex());
        assertEquals("http://data.europa.eu/eli/reg/2019/1240/oj", r.eli());
    }

    @Test
    void consolidatedTextIsTheActItConsolidates() {
        Ref r = Celex.of("02012D0389-20170227");
        assertEquals("decision-2012-389", r.slug());
        assertEquals("32012D0389", r.celex());
    }

    @Test
    void theSameActAsItsCitation() {
        Ref cited = Identifiers.find("Directive 2011/36/EU").get(0);
        Ref own = Celex.of("32011L0036");
        assertEquals(cited.slug(), own.slug());
        assertEquals(cited.celex(), own.celex());
        assertEquals(cited.eli(), own.eli());
    }

    @Test
    void commissionPapers() {
        assertEquals("com-2021-591", Celex.of("52021DC0591").slug());
        Ref proposal = Celex.of("52015PC0671");
        assertEquals("com-2015-671", proposal.slug());
        assertEquals("52015PC0671", proposal.celex());
        assertEquals("join-2021-32", Celex.of("52021JC0032").slug());
    }

    @Test
    void jointActionOfTheCfsp() {
        Ref r = Celex.of("02008E0851-20141121");
        assertEquals("joint-action-2008-851", r.slug());
        assertEquals("32008E0851", r.celex());
    }

    @Test
    void notACelexNumber() {
        assertNull(Celex.of("LEGISSUM:4340621"));
        assertNull(Celex.of("12016M021"));
    }
}
