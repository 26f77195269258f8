package org.policylod.extract.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.policylod.extract.model.EntityKind;
import org.policylod.extract.model.Mention;

class InstrumentsTest extends RecogniserContract {
    @Override
    Class<? extends Recogniser> pass() {
        return Instruments.class;
    }

    @Override
    List<String> paragraphs() {
        return List.of("The EU Maritime Security Strategy<sup>1</sup> guides EUCAP Somalia. The Strategy is reviewed. "
                + "This Strategy is not.");
    }

    @Override
    List<String> footnotes() {
        return List.of("JOIN(2014) 9 final.");
    }

    @Override
    void expect(Result r) {
        List<Mention> instruments = r.mentions(0).stream().filter(m -> m.kind() == EntityKind.INSTRUMENT).toList();
        assertEquals(List.of("EU Maritime Security Strategy", "Strategy"), instruments.stream().map(Mention::exact).toList(),
                "the name, then the anaphor; 'This Strategy' never resolves");
        assertEquals(instruments.get(0).iri(), instruments.get(1).iri());
        assertTrue(r.ask("i:eu-maritime-security-strategy a plo:Strategy ; skos:prefLabel \"EU Maritime Security Strategy\"@en ."));
    }
}
