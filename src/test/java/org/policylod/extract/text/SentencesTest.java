package org.policylod.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SentencesTest {
    @Test
    void splitsAtStopsBeforeCapitals() {
        Sentences s = Sentences.of("One is here. Two follows! “Three” is quoted? Yes.");
        assertEquals(4, s.count());
        assertEquals("Two follows!", s.sentence(1));
        assertEquals("“Three” is quoted?", s.sentence(2));
    }

    @Test
    void abbreviationsAndInitialsDoNotEndSentences() {
        Sentences s = Sentences.of("As in Art. 33 of the Convention, e.g. food, see Ref. 15250/18 by J. Smith. Next one.");
        assertEquals(2, s.count());
        assertEquals("Next one.", s.sentence(1));
    }

    @Test
    void aClosingQuoteEndsTheSentenceItCloses() {
        Sentences s = Sentences.of("It said “go home.” Then it stopped.");
        assertEquals("It said “go home.”", s.sentence(0));
        assertEquals(1, s.index(s.start(1) + 2));
    }

    @Test
    void lowerCaseAfterAStopContinues() {
        assertEquals(1, Sentences.of("costs rose by 3.5 per cent. in 2020 and fell.").count());
    }
}
