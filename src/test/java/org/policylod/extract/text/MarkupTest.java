package org.policylod.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkupTest {
    @Test
    void markersAreRemovedAndTheirOffsetsKept() {
        Markup.Clean c = Markup.clean("The Compact<sup>1</sup>, as adopted, and projects.<sup>4</sup>");
        assertEquals("The Compact, as adopted, and projects.", c.text());
        assertEquals(List.of(new Markup.Anchor(1, 11), new Markup.Anchor(4, 38)), c.anchors());
    }

    @Test
    void emphasisTagsAndEscapesGo() {
        assertEquals("inter alia and Limited and DELETED and a_b",
                Markup.plain("*inter alia* and <i>Limited</i> and **DELETED** and a\\_b"));
    }

    @Test
    void whiteSpaceRunsBecomeOneSpace() {
        assertEquals("Council of the European Union", Markup.plain("  Council of the  \t European Union  "));
    }

    @Test
    void aSupThatIsNoNumberStaysText() {
        assertEquals("the 1st of May", Markup.plain("the 1<sup>st</sup> of May"));
    }

    @Test
    void markerAfterASpaceSitsAtTheWordEnd() {
        Markup.Clean c = Markup.clean("word <sup>12</sup> next");
        assertEquals("word next", c.text());
        assertEquals(List.of(new Markup.Anchor(12, 4)), c.anchors());
    }
}
