package org.policylod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AcceptTest {
    @Test
    void theMostSpecificRangeGivesTheQuality() {
        Accept a = Accept.parse("text/*;q=0.3, text/html;q=0.7, */*;q=0.5, text/turtle;charset=utf-8;q=0.2");
        assertEquals(0.7, a.quality("text/html"));
        assertEquals(0.2, a.quality("text/turtle"));
        assertEquals(0.3, a.quality("text/csv"));
        assertEquals(0.5, a.quality("application/ld+json"));
        assertEquals(0.0, Accept.parse("text/html;q=0, */*").quality("text/html"));
        assertEquals(1.0, Accept.parse(null).quality("image/png"));
        assertEquals(0.0, Accept.parse("text/turtle").quality("text/html"));
    }

    @Test
    void serverOrderBreaksTies() {
        assertEquals(Optional.of(Format.HTML), Accept.parse("*/*").choose(Format.ALL, Format::mediaType));
        assertEquals(Optional.of(Format.TURTLE), Accept.parse("application/*, text/turtle").choose(Format.ALL, Format::mediaType));
        assertEquals(Optional.of(Format.JSONLD), Accept.parse("application/*").choose(Format.ALL, Format::mediaType));
        assertEquals(Optional.empty(), Accept.parse("image/png, text/plain").choose(Format.ALL, Format::mediaType));
        assertEquals(Optional.empty(), Accept.parse("text/turtle;q=0").choose(List.of(Format.TURTLE), Format::mediaType));
    }
}
