package org.policylod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.junit.jupiter.api.Test;

class LinkedDataTest extends Served {
    static final ValueFactory VF = SimpleValueFactory.getInstance();
    static final String PLO = "https://w3id.org/policy-lod/ontology#";
    static final Map<String, RDFFormat> RDF = Map.of("ttl", RDFFormat.TURTLE, "nt", RDFFormat.NTRIPLES,
            "rdf", RDFFormat.RDFXML, "jsonld", RDFFormat.JSONLD);

    /** The server path of one of our IRIs. */
    static String path(String iri) {
        return "/" + iri.substring(Fixture.BASE.length());
    }

    /** Dereferences like a linked-data client: the 303, then the document. */
    static HttpResponse<String> deref(String iri, String accept, String suffix) throws Exception {
        HttpResponse<String> see = http.get(path(iri), "Accept", accept);
        assertEquals(303, see.statusCode(), iri + " " + accept);
        assertTrue(Http.vary(see).contains("Accept"), see.headers().toString());
        String location = see.headers().firstValue("Location").orElseThrow();
        assertEquals("/doc" + path(iri) + "." + suffix, location);
        HttpResponse<String> doc = http.get(location);
        assertEquals(200, doc.statusCode());
        return doc;
    }

    @Test
    void missionAgencyDirectiveAndFootnoteInEveryRdfSyntax() throws Exception {
        Map<String, String[]> facts = Map.of(
                Fixture.MISSION, new String[] {"http://www.w3.org/2004/02/skos/core#prefLabel", "EUCAP Sahel Niger@en"},
                Fixture.AGENCY, new String[] {PLO + "acronym", "Europol"},
                Fixture.DIRECTIVE, new String[] {PLO + "eli", Fixture.ELI},
                Fixture.FOOTNOTE, new String[] {PLO + "anchoredIn", Fixture.PARAGRAPH});
        for (var fact : facts.entrySet()) {
            for (var syntax : RDF.entrySet()) {
                HttpResponse<String> doc = deref(fact.getKey(), syntax.getValue().getDefaultMIMEType(), syntax.getKey());
                assertEquals(syntax.getValue().getDefaultMIMEType(), Http.type(doc));
                Model m = Http.rdf(doc, syntax.getValue());
                String[] po = fact.getValue();
                var object = po[1].startsWith("http") ? VF.createIRI(po[1])
                        : po[1].contains("@") ? VF.createLiteral(po[1].split("@")[0], po[1].split("@")[1])
                        : VF.createLiteral(po[1]);
                assertTrue(m.contains(VF.createIRI(fact.getKey()), VF.createIRI(po[0]), object),
                        fact.getKey() + " in " + syntax.getKey());
            }
        }
    }

    @Test
    void htmlPagesLinkOursHereAndTheRestOut() throws Exception {
        String directive = deref(Fixture.DIRECTIVE, "text/html", "html").body();
        assertTrue(directive.contains("<h1>Directive 2011/36/EU</h1>"), directive);
        assertTrue(directive.contains("href=\"" + Fixture.ELI + "\" rel=\"external\""), directive);
        assertTrue(directive.contains("href=\"https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32011L0036\""));
        assertTrue(directive.contains("<a href=\"/ontology#Directive\">directive</a>"), directive);
        // Incoming: the document and the footnote cite it, linked on this server.
        assertTrue(directive.contains("<a href=\"/id/document/st-12493-2022/footnote/5\">"), directive);
        assertTrue(directive.contains("<a href=\"/id/document/st-12493-2022\">ST 12493/22</a>"), directive);
        String mission = deref(Fixture.MISSION, "text/html", "html").body();
        assertTrue(mission.contains("<h1>EUCAP Sahel Niger</h1>"));
        assertTrue(mission.contains("civilian CSDP mission"), mission);
        String agency = deref(Fixture.AGENCY, "text/html", "html").body();
        assertTrue(agency.contains("href=\"http://publications.europa.eu/resource/authority/corporate-body/EUROPOL\""));
        String footnote = deref(Fixture.FOOTNOTE, "text/html", "html").body();
        assertTrue(footnote.contains("Directive 2011/36/EU of the European Parliament and of the Council."));
    }

    @Test
    void mentionAndAssertionPagesMarkTheMentionInItsSentence() throws Exception {
        for (String iri : new String[] {Fixture.MENTION, Fixture.ASSERTION}) {
            String page = deref(iri, "text/html", "html").body();
            assertTrue(page.contains("<blockquote>Complementing existing missions, such as <mark>EUCAP Sahel Niger</mark>"
                    + " and EUBAM Libya, the Compact helps.</blockquote>"), page);
        }
    }

    @Test
    void markupInTheDataIsShownNeverRun() throws Exception {
        HttpResponse<String> r = deref(Fixture.SCRIPT, "text/html", "html");
        assertEquals(Html.CSP, r.headers().firstValue("Content-Security-Policy").orElse(""));
        assertTrue(Html.CSP.startsWith("default-src 'none';") && !Html.CSP.contains("script-src"));
        String page = r.body();
        assertTrue(page.contains("Quoted markup: &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more"), page);
        assertFalse(page.contains("<script"), page);
    }

    @Test
    void qualityValuesDecide() throws Exception {
        Map<String, String> choices = Map.of(
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "html",
                "text/html;q=0.5, text/turtle", "ttl",
                "application/rdf+xml;q=0.9, text/html", "html",
                "text/html;q=0, */*", "ttl",
                "application/ld+json, text/turtle;q=0.9", "jsonld",
                "application/n-triples;q=0.3, application/rdf+xml;q=0.4", "rdf",
                "*/*", "html");
        for (var c : choices.entrySet()) {
            HttpResponse<String> r = http.get(path(Fixture.MISSION), "Accept", c.getKey());
            assertEquals(303, r.statusCode(), c.getKey());
            assertEquals("/doc" + path(Fixture.MISSION) + "." + c.getValue(),
                    r.headers().firstValue("Location").orElseThrow(), c.getKey());
        }
    }

    @Test
    void unservedFormatsAre406AndUnknownIrisAre404() throws Exception {
        HttpResponse<String> r = http.get(path(Fixture.MISSION), "Accept", "image/png");
        assertEquals(406, r.statusCode());
        assertTrue(Http.vary(r).contains("Accept"), r.headers().toString());
        assertEquals(406, http.get("/doc" + path(Fixture.MISSION), "Accept", "application/pdf").statusCode());
        assertEquals(404, http.get("/id/mission/no-such-mission", "Accept", "text/turtle").statusCode());
        assertEquals(404, http.get("/doc/id/mission/no-such-mission.ttl").statusCode());
    }

    @Test
    void documentsNegotiateThemselvesAndTakeSuffixes() throws Exception {
        HttpResponse<String> r = http.get("/doc" + path(Fixture.AGENCY), "Accept", "application/n-triples");
        assertEquals(200, r.statusCode());
        assertEquals("application/n-triples", Http.type(r));
        assertEquals("/doc" + path(Fixture.AGENCY) + ".nt", r.headers().firstValue("Content-Location").orElseThrow());
        assertTrue(Http.vary(r).contains("Accept"), r.headers().toString());
        HttpResponse<String> ttl = http.get("/doc" + path(Fixture.AGENCY) + ".ttl", "Accept", "text/html");
        assertEquals("text/turtle", Http.type(ttl));
        String etag = ttl.headers().firstValue("ETag").orElseThrow();
        assertEquals("\"" + Fixture.VERSION + "-doc-ttl\"", etag);
        assertEquals(304, http.get("/doc" + path(Fixture.AGENCY) + ".ttl", "If-None-Match", etag).statusCode());
    }

    @Test
    void graphIrisDereferenceToo() throws Exception {
        HttpResponse<String> doc = deref(Fixture.GRAPH, "text/turtle", "ttl");
        Model m = Http.rdf(doc, RDFFormat.TURTLE);
        assertTrue(m.contains(VF.createIRI(Fixture.GRAPH), VF.createIRI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                VF.createIRI("http://www.w3.org/ns/prov#Entity")));
        assertEquals(1, m.size());
    }
}
