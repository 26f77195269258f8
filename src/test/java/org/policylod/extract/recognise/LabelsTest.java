package org.policylod.extract.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.policylod.extract.model.EntityKind;
import org.policylod.extract.model.Mention;
import org.policylod.rdf.Plo;

class LabelsTest extends RecogniserContract {
    @Override
    Class<? extends Recogniser> pass() {
        return Labels.class;
    }

    @Override
    List<String> paragraphs() {
        return List.of("Europol and COM(2020) 609 final recall Art. 33 of the Geneva Refugee Convention.",
                "The principle of non-refoulement (Article 33 of the 1951 Convention relating to the Status of Refugees).");
    }

    @Override
    void expect(Result r) {
        List<Mention> ms = r.mentions(0);
        assertEquals(List.of("Europol", "COM(2020) 609 final", "Art. 33 of the Geneva Refugee Convention"),
                ms.stream().sorted((a, b) -> a.start() - b.start()).map(Mention::exact).toList());
        Mention com = ms.stream().filter(m -> m.kind() == EntityKind.DOCUMENT && m.exact().startsWith("COM")).findFirst().orElseThrow();
        assertEquals(BASE + "id/document/com-2020-609", com.iri());
        assertEquals(Plo.CommissionCommunication, com.type(), "the class travels on the mention");
        assertTrue(r.ask("d:com-2020-609 a plo:CommissionCommunication ; plo:celex \"52020DC0609\" ."), "the cited document is described");
        assertTrue(ms.stream().anyMatch(m -> m.iri().equals(BASE + "id/document/geneva-refugee-convention-article-33")),
                "the article of a convention the reference data names");
        // one identifier per work: the reference data's "Article 33", not the text's form (issue 16 item 2)
        assertTrue(r.mentions(1).stream().anyMatch(m -> m.exact().equals(
                "Article 33 of the 1951 Convention relating to the Status of Refugees")), "the text's form is the mention's");
        assertTrue(r.ask("d:geneva-refugee-convention-article-33 eli:id_local \"Article 33\" "
                + "FILTER NOT EXISTS { d:geneva-refugee-convention-article-33 eli:id_local ?other FILTER (?other != \"Article 33\") }"),
                "the article's one eli:id_local is the reference data's; the text's form stays on the mention");
        assertTrue(ms.stream().anyMatch(m -> m.kind() == EntityKind.ORGANISATION && m.iri().equals(BASE + "id/organisation/europol")));
    }
}
