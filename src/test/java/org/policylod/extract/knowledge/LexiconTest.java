package org.policylod.extract.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policylod.extract.model.EntityKind;

class LexiconTest {
    private static final Lexicon.Entry EUROPOL = new Lexicon.Entry("o:europol", EntityKind.ORGANISATION, true);
    private static final Lexicon.Entry EUCAP = new Lexicon.Entry("m:eucap-niger", EntityKind.MISSION, true);
    private static final Lexicon.Entry NIGER = new Lexicon.Entry("c:NER", EntityKind.COUNTRY, false);
    private static final Lexicon.Entry SEDE = new Lexicon.Entry("a:SEDE", EntityKind.ORGANISATION, false);
    private static final Lexicon.Entry EUAA = new Lexicon.Entry("o:euaa", EntityKind.ORGANISATION, true);

    private static Lexicon lexicon() {
        Lexicon l = new Lexicon();
        l.add("Europol", EUROPOL);
        l.add("EUCAP Sahel Niger", EUCAP);
        l.add("Niger", NIGER);
        l.add("Security and Defence", SEDE);
        l.add("EUAA", EUAA);
        l.add("European Union Agency for Asylum", EUAA);
        l.add("public", new Lexicon.Entry("s:public", EntityKind.CONCEPT, true));
        return l;
    }

    private static List<String> found(String text) {
        return lexicon().find(text).stream().map(h -> text.substring(h.start(), h.end()) + "=" + h.entry().iri()).toList();
    }

    @Test
    void longestMatchWins() {
        assertEquals(List.of("EUCAP Sahel Niger=m:eucap-niger", "Niger=c:NER"), found("EUCAP Sahel Niger helps Niger."));
    }

    @Test
    void longLabelsMatchInAnyCaseAndWithTypographicQuotes() {
        assertEquals(List.of("eucap sahel niger=m:eucap-niger"), found("the eucap sahel niger mission"));
        assertEquals(List.of("European Union Agency for Asylum=o:euaa", "EUAA=o:euaa"),
                found("European Union Agency for Asylum (EUAA)"));
    }

    @Test
    void acronymsAndOneWordNamesMatchOnlyAsWrittenAndWhole() {
        assertEquals(List.of(), found("euaa and EUROPOL and EUAAX and Europol-funded"));
        assertEquals(List.of("Europol=o:europol"), found("Europol’s centre"));
    }

    @Test
    void lowerCaseOneWordLabelsNeverMatch() {
        assertEquals(List.of(), found("public institutions"));
    }

    @Test
    void officialNamesOnlyAsWrittenAndNotInsideLongerNames() {
        assertEquals(List.of(), found("the Common Security and Defence Policy"));
        assertEquals(List.of(), found("in security and defence"));
        assertEquals(List.of("Security and Defence=a:SEDE"), found("the Security and Defence committee"));
        assertEquals(List.of("Niger=c:NER"), lexicon().find("Sahel Niger", false).stream()
                .map(h -> "Sahel Niger".substring(h.start(), h.end()) + "=" + h.entry().iri()).toList());
    }

    @Test
    void aWordCapitalisedBecauseItOpensTheSentenceIsNoPartOfAName() {
        assertEquals(List.of("Niger=c:NER", "Niger=c:NER"), found("Following Niger's vote, it left. “Since Niger joined, ..."));
        assertEquals(List.of(), found("The vote of Western Niger."));
    }

    @Test
    void ambiguousLabelsNeverMatchButCuratedBeatsAuthority() {
        Lexicon l = new Lexicon();
        l.add("ABC", new Lexicon.Entry("a:1", EntityKind.ORGANISATION, false));
        l.add("ABC", new Lexicon.Entry("a:2", EntityKind.ORGANISATION, false));
        l.add("XYZ", new Lexicon.Entry("a:3", EntityKind.ORGANISATION, false));
        l.add("XYZ", new Lexicon.Entry("o:xyz", EntityKind.ORGANISATION, true));
        assertEquals(List.of("o:xyz"), l.find("ABC and XYZ").stream().map(h -> h.entry().iri()).toList());
    }

    @Test
    void aConjunctAfterHeadOfXNamesTheEntryOfHeadOfY() {
        Lexicon l = new Lexicon();
        Lexicon.Entry liberty = new Lexicon.Entry("p:liberty", EntityKind.CONCEPT, true);
        Lexicon.Entry pluralism = new Lexicon.Entry("p:pluralism", EntityKind.CONCEPT, true);
        l.add("principle of liberty", liberty);
        l.add("principles of liberty", liberty);
        l.add("principles of pluralism", pluralism);
        l.add("principle of tolerance", new Lexicon.Entry("p:tolerance", EntityKind.CONCEPT, true));
        String text = "the principles of liberty, pluralism and tolerance, and pluralism alone";
        // "tolerance" has only the singular label: no "principles of tolerance", so the list stops there
        assertEquals(List.of("principles of liberty=p:liberty", "pluralism=p:pluralism"),
                l.find(text).stream().map(h -> text.substring(h.start(), h.end()) + "=" + h.entry().iri()).toList());
        String other = "the principle of liberty and the law";
        assertEquals(List.of("principle of liberty=p:liberty"),
                l.find(other).stream().map(h -> other.substring(h.start(), h.end()) + "=" + h.entry().iri()).toList());
    }

    @Test
    void wholeTextNamesOneEntity() {
        Lexicon l = lexicon();
        assertEquals(EUAA, l.whole("European Union Agency for Asylum (EUAA)"));
        assertNull(l.whole("Europol and EUAA"));
        assertNull(l.whole("the Europol office"));
    }

    @Test
    void namesWrittenInCapitalsMatchInARunOfCapitals() {
        Lexicon l = lexicon();
        Lexicon.Entry council = new Lexicon.Entry("o:council", EntityKind.ORGANISATION, true);
        Lexicon.Entry eesc = new Lexicon.Entry("a:EESC", EntityKind.ORGANISATION, false);
        l.add("Council", council);
        l.add("European Economic and Social Committee", eesc);
        // dev text 17's title: every body of the addressee list, the authority one included
        String title = "COMMUNICATION FROM THE COMMISSION TO THE COUNCIL, THE EUROPEAN ECONOMIC AND SOCIAL COMMITTEE AND EUROPOL";
        assertEquals(List.of("COUNCIL=o:council", "EUROPEAN ECONOMIC AND SOCIAL COMMITTEE=a:EESC", "EUROPOL=o:europol"),
                l.find(title).stream().map(h -> title.substring(h.start(), h.end()) + "=" + h.entry().iri()).toList());
        // dev text 18: a capitals run inside a mixed-case title
        String mixed = "Proposal for a REGULATION OF THE COUNCIL on the European Border";
        assertEquals(List.of("COUNCIL=o:council"),
                l.find(mixed).stream().map(h -> mixed.substring(h.start(), h.end()) + "=" + h.entry().iri()).toList());
    }

    @Test
    void oneWordInCapitalsAloneOrAConceptInCapitalsIsNoName() {
        Lexicon l = lexicon();
        l.add("Council", new Lexicon.Entry("o:council", EntityKind.ORGANISATION, true));
        l.add("Solidarity", new Lexicon.Entry("p:solidarity", EntityKind.CONCEPT, true));
        assertEquals(List.of(), l.find("the COUNCIL said, ACTING IN SOLIDARITY").stream().map(h -> h.entry().iri()).toList());
    }

    @Test
    void aNameAndItsAcronymAfterADash() {
        Lexicon l = new Lexicon();
        Lexicon.Entry cmpd = new Lexicon.Entry("o:cmpd", EntityKind.ORGANISATION, true);
        l.add("Crisis Management and Planning Directorate", cmpd);
        l.add("CMPD", cmpd);
        assertEquals(cmpd, l.whole("Crisis Management and Planning Directorate - CMPD"));
    }
}
