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
import org.policylod.extract.model.Names;
import org.policylod.extract.model.Ref;
import org.policylod.extract.model.Warnings;
import org.policylod.extract.text.Markup;

/** The structure parser on small layouts written here, with a stand-in for the reference data. */
class StructureTest {
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
                default -> null;
            };
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
}
