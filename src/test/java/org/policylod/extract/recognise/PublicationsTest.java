package org.policylod.extract.recognise;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

class PublicationsTest extends RecogniserContract {
    @Override
    Class<? extends Recogniser> pass() {
        return Publications.class;
    }

    @Override
    List<String> paragraphs() {
        return List.of("The EU Maritime Security Strategy<sup>1</sup> guides EUCAP Somalia. The Strategy<sup>2</sup> is reviewed.");
    }

    @Override
    List<String> footnotes() {
        return List.of("JOIN(2014) 9 final.", "COM(2020) 609 final.");
    }

    @Override
    void expect(Result r) {
        assertTrue(r.ask("""
                i:eu-maritime-security-strategy plo:publishedIn d:join-2014-9 .
                ?a a plo:Assertion ; plo:evidence ?m ; plo:inPassage <%s/paragraph/1> .
                <%s/footnote/1> eli:cites i:eu-maritime-security-strategy .
                """.formatted(DOC, DOC)), "published in the document of its footnote, with evidence");
        assertFalse(r.ask("i:eu-maritime-security-strategy plo:publishedIn d:com-2020-609"), "'the Strategy' refers back, it is not tied again");
    }
}
