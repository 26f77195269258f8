package org.policylod.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

class UrisTest {
    @Test
    void slugs() {
        assertEquals("a-csdp-contribution-underlying-principles", Uris.slug("A CSDP contribution - underlying principles"));
        assertEquals("eu-strategy-to-tackle-organised-crime", Uris.slug("EU Strategy to tackle Organised Crime"));
        assertEquals("cooperation-securite-defense", Uris.slug("  Coopération: sécurité & défense!  "));
        assertEquals("global-strategy-for-the-european-union-s-foreign", Uris.slug("Global Strategy for the European Union’s Foreign"));
        assertEquals("", Uris.slug("--- ***"));
    }

    @Test
    void euIdentifiersKeepTheirScheme() {
        assertEquals("http://data.europa.eu/eli/dir/2011/36/oj", Uris.eli("dir", 2011, 36));
        assertEquals("http://publications.europa.eu/resource/celex/52020DC0609", Uris.celexUri("52020DC0609"));
        assertEquals("https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32011L0036", Uris.eurLex("32011L0036"));
        assertEquals("https://data.consilium.europa.eu/doc/document/ST-12493-2022-INIT/en/pdf", Uris.register(12493, 2022, "INIT"));
        assertEquals("https://data.consilium.europa.eu/doc/document/ST-9876-2021-REV-1/en/pdf", Uris.register(9876, 2021, "rev-1"));
    }

    @Test
    void rebaseMovesDataButNeverTheOntology() {
        Model m = ModelFactory.createDefaultModel();
        m.add(m.createResource(Uris.DEFAULT_BASE + "id/mission/x"), RDF.type, Plo.CivilianMission);
        m.add(m.createResource(Uris.DEFAULT_BASE + "id/mission/x"), Plo.hostCountry,
                m.createResource("http://publications.europa.eu/resource/authority/country/NER"));
        Model out = Rebase.model(m, Uris.DEFAULT_BASE, "http://example.org/");
        assertEquals(2, out.size());
        assertEquals(true, out.contains(out.createResource("http://example.org/id/mission/x"), RDF.type, Plo.CivilianMission));
        assertEquals(true, out.contains(out.createResource("http://example.org/id/mission/x"), Plo.hostCountry,
                out.createResource("http://publications.europa.eu/resource/authority/country/NER")));
        assertEquals(Plo.NS + "hostCountry", Rebase.iri(Plo.NS + "hostCountry", Uris.DEFAULT_BASE, "http://example.org/"));
    }
}
