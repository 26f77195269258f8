package org.policylod.extract.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.policylod.extract.model.Layer;
import org.policylod.extract.model.FrontCues;
import org.policylod.extract.model.Names;
import org.policylod.extract.model.Ref;
import org.policylod.extract.model.Warnings;
import org.policylod.extract.text.Markup;

/** The structure parser on small layouts written here, with a stand-in for the reference data. */
class StructureTest {
    private static final FrontCues FRONT = new FrontCues() {
        @Override
        public boolean journal(String text) {
            return "official journal of the european union".equals(text.strip().toLowerCase(Locale.ROOT));
        }

        @Override
        public boolean legalBasis(String text) {
            return text.strip().toLowerCase(Locale.ROOT).startsWith("having regard to");
        }

        @Override
        public boolean minorWord(String word) {
            return Set.of("of", "the", "and", "on").contains(word);
        }

        @Override
        public String kind(String line) {
            return line.strip().toLowerCase(Locale.ROOT).startsWith("council conclusions") ? "k:CouncilConclusions" : null;
        }
    };

    private static final Names NAMES = new Names() {
        @Override
        public String organisation(String text) {
            return Set.of("european external action service (eeas)", "european external action service",
                    "delegations", "council of the european union", "crisis management division")
                    .contains(text.strip().toLowerCase(Locale.ROOT)) ? "o:" + text.strip() : null;
        }

        @Override
        public String workType(String text) {
            return switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "cover note" -> "t:NOTE_COVER";
                case "working document" -> "t:WORK_DOC";
                case "press release" -> "t:PRESS_REL";
                default -> null;
            };
        }

        @Override
        public FrontCues front() {
            return FRONT;
        }
    };

    private final Warnings warnings = new Warnings("t.txt");

    private List<Layer> parse(String text) {
        return Structure.parse(text, NAMES, warnings);
    }

    private static List<String> texts(Layer l, boolean footnotes) {
        return l.blocks.stream().filter(b -> b.footnote == footnotes).map(b -> Markup.plain(b.raw.toString())).toList();
    }

    @Test
    void coverNoteAndEnclosedDocument() {
        List<Layer> layers = parse("""
                Council of the
                European Union

                Luxembourg, 3 June 2021
                (OR. fr)

                9876/21 REV 1

                LIMITE

                JAI 700
                COSI 12

                ## COVER NOTE

                From: European External Action Service (EEAS)
                To: Delegations
                Subject: A subject line

                **DOCUMENT ACCESSIBLE TO THE PUBLIC (01.02.2023)**

                Delegations will find attached document EEAS(2021) 55.

                Encl.: EEAS(2021) 55

                # EEAS(2021) 55

                _Restricted_

                Crisis Management Division

                Working document of the European External Action Service

                of 12.05.2021

                EEAS Reference\tEEAS(2021) 55
                Ref. prev. doc.\tEEAS(2020) 1 REV2

                # Purpose

                Text.
                """);
        assertEquals(2, layers.size());
        Layer c = layers.get(0);
        assertEquals(Layer.Kind.COUNCIL, c.kind);
        assertEquals("st-9876-2021-rev-1", c.identity.slug());
        assertEquals("Luxembourg", c.place);
        assertEquals(LocalDate.of(2021, 6, 3), c.date);
        assertEquals("fr", c.language);
        assertEquals(List.of("LIMITE"), c.markings);
        assertEquals(List.of("JAI 700", "COSI 12"), c.codes);
        assertEquals("t:NOTE_COVER", c.workType);
        assertEquals("European External Action Service (EEAS)", c.sender);
        assertEquals("Delegations", c.addressee);
        assertEquals("A subject line", c.title);
        assertEquals("Council of the European Union", c.agent);
        assertEquals(LocalDate.of(2023, 2, 1), c.accessDate);
        assertEquals("eeas-2021-55", c.encloses.slug());
        assertEquals(List.of("Delegations will find attached document EEAS(2021) 55."), texts(c, false));

        Layer e = layers.get(1);
        assertEquals("eeas-2021-55", e.identity.slug());
        assertEquals("Crisis Management Division", e.agent);
        assertEquals("t:WORK_DOC", e.workType);
        assertEquals(LocalDate.of(2021, 5, 12), e.date);
        assertEquals(List.of("eeas-2020-1-rev2"), e.previous.stream().map(Ref::slug).toList());
        assertEquals(List.of("purpose"), e.sections.stream().map(s -> s.slug).toList());
        assertEquals(List.of(), warnings.list());
    }

    @Test
    void sentenceCutByAPageOfFootnotesIsStitched() {
        Layer l = parse("""
                # EEAS(2020) 7

                ## Context

                The Pact<sup>1</sup> sets out a fresh start with partner countries and
                
                ---
                
                <sup>1</sup> COM(2020) 609 final.

                <sup>2</sup> Second note.

                third countries along the routes.<sup>2</sup> A new sentence.
                """).get(0);
        assertEquals(List.of("The Pact sets out a fresh start with partner countries and third countries along the routes. A new sentence."),
                texts(l, false));
        assertEquals(List.of("COM(2020) 609 final.", "Second note."), texts(l, true));
        Markup.Clean clean = Markup.clean(l.blocks.get(0).raw.toString());
        assertEquals(List.of(new Markup.Anchor(1, 8), new Markup.Anchor(2, 92)), clean.anchors());
        assertFalse(l.blocks.get(0).truncated);
    }

    @Test
    void headingLevelsAreIgnoredAndACutParagraphIsTruncated() {
        Layer l = parse("""
                # EEAS(2020) 7

                **Summary:** This summary stops in the middle of

                # Introduction

                One.

                ### **Background**

                Two.

                ## Background

                Three.

                **Annex 2: missions in detail**

                Four.
                """).get(0);
        assertEquals(List.of("summary", "introduction", "background", "background-2", "annex-2"),
                l.sections.stream().map(s -> s.slug).toList());
        assertEquals("Annex 2: missions in detail", l.sections.get(4).heading);
        assertTrue(l.sections.get(0).truncated);
        assertTrue(l.blocks.get(0).truncated);
        assertFalse(l.sections.get(1).truncated);
    }

    @Test
    void redactionsAndWithheldFootnotes() {
        Layer l = parse("""
                # EEAS(2020) 7

                ## Part

                Visible text.

                **DELETED FROM THIS POINT UNTIL PAGE 9<sup>3</sup>**

                <sup>3</sup> **DELETED**

                More text.

                **DELETED FROM THIS POINT UNTIL THE END OF THE DOCUMENT (page 12)**
                """).get(0);
        assertEquals(3, l.redactions.size());
        Layer.Redaction first = l.redactions.get(0);
        assertEquals("DELETED FROM THIS POINT UNTIL PAGE 9", first.marker());
        assertEquals(9, first.untilPage());
        assertFalse(first.toEnd());
        assertEquals(List.of(new Markup.Anchor(3, 36)), first.anchors());
        assertEquals(3, l.redactions.get(1).footnote());
        Layer.Redaction last = l.redactions.get(2);
        assertTrue(last.toEnd());
        assertEquals(12, last.untilPage());
        assertEquals("More text.", Markup.plain(last.after().raw.toString()));
    }

    @Test
    void aCoverHeadingOfNoKnownTypeIsReadAsBodyWithAWarning() {
        Layer c = parse("""
                Brussels, 1 March 2020

                5555/20

                ## MEMO ON THINGS

                The memo text.
                """).get(0);
        assertEquals("st-5555-2020", c.identity.slug());
        assertNull(c.workType);
        assertEquals(List.of("memo-on-things"), c.sections.stream().map(s -> s.slug).toList());
        assertEquals(List.of("The memo text."), texts(c, false));
        assertEquals(List.of("t.txt:5: heading \"MEMO ON THINGS\" names no known document type; the rest is read as the body"),
                warnings.list());
    }

    @Test
    void aFrontLineNoRuleReadsIsKeptWithAWarning() {
        Layer l = parse("""
                # EEAS(2020) 7

                Some unit nobody knows

                ## Start

                Body.
                """).get(0);
        assertEquals(List.of("Some unit nobody knows", "Body."), texts(l, false));
        assertEquals(List.of("t.txt:3: front-page line not understood, kept as a paragraph: \"Some unit nobody knows\""), warnings.list());
        assertNull(l.agent);
    }

    /** The front page of Council Decision (CFSP) 2018/1247, OJ L 235, 19.9.2018, p. 7. */
    @Test
    void actOfTheOfficialJournal() {
        List<Layer> layers = parse("""
                19.9.2018 EN Official Journal of the European Union L 235/7

                # COUNCIL DECISION (CFSP) 2018/1247

                of 18 September 2018

                amending Decision 2012/392/CFSP on the European Union CSDP mission in Niger (EUCAP Sahel Niger)

                THE COUNCIL OF THE EUROPEAN UNION,

                Having regard to the Treaty on European Union, and in particular Article 42(4) and Article 43(2) thereof,

                Whereas:

                (1) On 16 July 2012, the Council adopted Decision 2012/392/CFSP (1) establishing a European Union CSDP mission in Niger.

                HAS ADOPTED THIS DECISION:

                ## Article 1

                Decision 2012/392/CFSP shall be amended as follows:
                """);
        assertEquals(1, layers.size());
        Layer l = layers.get(0);
        assertEquals("decision-2018-1247", l.identity.slug());
        assertEquals("32018D1247", l.identity.celex());
        assertEquals("Council Decision (CFSP) 2018/1247 of 18 September 2018 amending Decision 2012/392/CFSP on the"
                + " European Union CSDP mission in Niger (EUCAP Sahel Niger)", l.title);
        assertEquals(LocalDate.of(2018, 9, 18), l.date);
        assertEquals("OJ L 235, 19.9.2018, p. 7", l.journal);
        assertEquals("COUNCIL OF THE EUROPEAN UNION", l.agent, "the preamble's body, not the journal");
        assertEquals(List.of("Article 1"), l.sections.stream().map(x -> x.heading).toList());
        assertTrue(texts(l, false).get(1).startsWith("Having regard to the Treaty"), texts(l, false).toString());
        assertEquals(0, warnings.count(), warnings.list().toString());
    }

    /** A EUR-Lex page of Regulation (EU) 2019/1240: its CELEX line gives the identity, its heading the title. */
    @Test
    void eurLexPageStatesItsCelex() {
        Layer l = parse("""
                Document 32019R1240

                ELI: http://data.europa.eu/eli/reg/2019/1240/oj

                25.7.2019 EN Official Journal of the European Union L 198/88

                # REGULATION (EU) 2019/1240 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL

                of 20 June 2019

                on the creation of a European network of immigration liaison officers
                """).get(0);
        assertEquals("regulation-2019-1240", l.identity.slug());
        assertEquals("Regulation (EU) 2019/1240", l.identity.idLocal(), "the act's own title names it as citations do");
        assertEquals("Regulation (EU) 2019/1240 of the European Parliament and of the Council of 20 June 2019 on the"
                + " creation of a European network of immigration liaison officers", l.title);
    }

    /** Council conclusions on migration (press release 606/15): no identifier of its own, a kind, a title. */
    @Test
    void textWithoutAnIdentifierKeepsItsKindAndTitle() {
        Layer l = parse("""
                # Council conclusions on migration

                Council of the EU

                1. The Council supports an active, comprehensive and geographically balanced EU external migration policy.
                """).get(0);
        assertEquals(null, l.identity);
        assertEquals("k:CouncilConclusions", l.kindClass);
        assertEquals("Council conclusions on migration", l.title);
        Ref minted = Structure.minted("19-council-conclusions-migration-2015.txt");
        assertEquals("file-19-council-conclusions-migration-2015", minted.slug());
        assertEquals("19-council-conclusions-migration-2015", minted.idLocal());
    }

    /** The same text with its front-page list: the press page's number is its identity, its date the list's. */
    @Test
    void councilPressPageIsIdentifiedByItsNumber() {
        Layer l = parse("""
                # Council conclusions on migration

                Council of the EU

                - 20/07/2015
                - 12:45
                - Press release
                - 606/15
                - Home Affairs

                1. The Council supports an active, comprehensive and geographically balanced EU external migration policy.
                """).get(0);
        assertEquals("council-press-release-606-2015", l.identity.slug());
        assertEquals("606/15", l.identity.idLocal());
        assertEquals(java.time.LocalDate.of(2015, 7, 20), l.date);
        assertEquals("t:PRESS_REL", l.workType);
        assertEquals("k:CouncilConclusions", l.kindClass);
        assertEquals("Council conclusions on migration", l.title);
        assertEquals(3, l.blocks.size(), "the author line (unknown to the stand-in), the topic line, the paragraph");
    }

    @Test
    void uppercaseTitlesRenderedSensibly() {
        assertEquals("Directive 2011/36/EU of the European Parliament and of the Council",
                ActFront.title("DIRECTIVE 2011/36/EU OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL", NAMES));
        assertEquals("Council conclusions on migration", ActFront.title("Council conclusions on migration", NAMES));
    }
}
