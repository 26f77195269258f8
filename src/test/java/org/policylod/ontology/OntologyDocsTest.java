package org.policylod.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.policylod.rdf.Plo;

class OntologyDocsTest {
    private static final String PAGE = OntologyDocs.render(OntologyFiles.ontology());

    @Test
    void documentsAClassWithItsLabelDefinitionSuperclassAndExample() {
        String section = section("CoverNote");
        assertTrue(section.startsWith("<section class=\"term\" id=\"CoverNote\">\n<h3>cover note</h3>\n"
                + "<p><code>https://w3id.org/policy-lod/ontology#CoverNote</code></p>\n"), section);
        assertTrue(section.contains("<p>A Council document that transmits another document (its enclosure) from a sender"
                + " to addressees, carrying the register number, distribution codes and markings.</p>"), section);
        assertTrue(section.contains("<dt>Subclass of</dt>\n<dd><a href=\"#CouncilDocument\">Council document</a></dd>"),
                section);
        assertTrue(section.contains("<dt>Example</dt>\n<dd>ST 12493/22, which transmits EEAS(2022) 1466 from the EEAS"
                + " to the Delegations</dd>"), section);
    }

    @Test
    void documentsAPropertyWithDomainRangeAndInverse() {
        String anchored = section("anchoredIn");
        assertTrue(anchored.contains("<dt>Domain</dt>\n<dd><a href=\"#Footnote\">footnote</a></dd>"), anchored);
        assertTrue(anchored.contains("<dt>Range</dt>\n<dd><a href=\"#Passage\">passage</a></dd>"), anchored);
        String encloses = section("encloses");
        assertTrue(encloses.contains("<dt>Inverse of</dt>\n<dd><a href=\"#enclosedIn\">enclosed in</a></dd>"), encloses);
        String enclosedIn = section("enclosedIn");
        assertTrue(enclosedIn.contains("<dt>Inverse of</dt>\n<dd><a href=\"#encloses\">encloses</a></dd>"), enclosedIn);
    }

    @Test
    void hasTheHeaderAndEveryTermOnce() {
        assertTrue(PAGE.contains("<title>policy-lod ontology</title>"));
        assertTrue(PAGE.contains("<a href=\"https://creativecommons.org/licenses/by/4.0/\">"));
        for (String local : new String[] {"Mention", "sha256", "nameKeyword", "EUAgency", "hostCountry"}) {
            assertEquals(1, count(PAGE, "id=\"" + local + "\""), local);
        }
        assertEquals(0, count(PAGE, "id=\"Work\""), "reused terms are not documented as ours");
    }

    @Test
    void bodyIsThePageWithoutItsFrame() {
        String body = OntologyDocs.body(OntologyFiles.ontology());
        assertTrue(body.startsWith("<h1>policy-lod ontology</h1>\n"), body.substring(0, 40));
        assertFalse(body.contains("<html") || body.contains("<head>") || body.contains("<body>"));
        assertTrue(PAGE.contains("<body>\n" + body + "</body>"));
    }

    @Test
    void escapesEveryValue() {
        Model m = ModelFactory.createDefaultModel();
        Resource evil = m.createResource(Plo.NS + "Evil").addProperty(RDF.type, OWL2.Class)
                .addProperty(RDFS.label, "<script>alert('x')</script>", "en")
                .addProperty(SKOS.definition, "Tom & \"Jerry\" <b>", "en");
        m.createResource(Plo.NS + "Sub").addProperty(RDF.type, OWL2.Class).addProperty(RDFS.subClassOf, evil);
        String page = OntologyDocs.render(m);
        assertFalse(page.contains("<script>"), page);
        assertTrue(page.contains("<h3>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</h3>"), page);
        assertTrue(page.contains("<p>Tom &amp; &quot;Jerry&quot; &lt;b&gt;</p>"), page);
        assertTrue(page.contains("<a href=\"#Evil\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</a>"), page);
    }

    private static String section(String local) {
        int start = PAGE.indexOf("<section class=\"term\" id=\"" + local + "\">");
        assertTrue(start >= 0, "no section " + local);
        return PAGE.substring(start, PAGE.indexOf("</section>", start));
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
