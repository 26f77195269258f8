package org.policylod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylod.publish.Publication;

/**
 * The pages over a real server on port 0: evidence on entity pages, a document's outline, the
 * home page's links, the label search (HTML and JSON, ranked from the data), escaping, and the
 * query editor with its assets. The fixture gains names that compete with "sahel": a second
 * mention of EUCAP Sahel Niger, a group mentioned once, a mission never mentioned, and a region
 * whose whole name is "Sahel".
 */
class PagesTest {
    static final String BASE = Fixture.BASE;
    static final String MORE = """
            :graph\\/st-12493-2022 {
              :id\\/document\\/st-12493-2022\\/section\\/introduction a plo:Section ;
                  dcterms:isPartOf :id\\/document\\/st-12493-2022 ; plo:order 1 ; plo:heading "Introduction" .
              :id\\/document\\/st-12493-2022\\/paragraph\\/9 a plo:Paragraph ;
                  dcterms:isPartOf :id\\/document\\/st-12493-2022\\/section\\/introduction ; plo:order 9 ;
                  plo:text "EUCAP Sahel Niger trains police; the EUCAP Sahel missions cooperate." .
              :id\\/document\\/st-12493-2022\\/paragraph\\/9\\/mention\\/0-17 a plo:Mention ;
                  plo:refersTo :id\\/mission\\/eucap-sahel-niger ;
                  plo:inPassage :id\\/document\\/st-12493-2022\\/paragraph\\/9 ;
                  oa:start 0 ; oa:end 17 ; oa:exact "EUCAP Sahel Niger" ;
                  plo:sentence "EUCAP Sahel Niger trains police; the EUCAP Sahel missions cooperate." .
              :id\\/document\\/st-12493-2022\\/paragraph\\/9\\/mention\\/37-57 a plo:Mention ;
                  plo:refersTo :id\\/organisation\\/eucap-sahel-missions ;
                  plo:inPassage :id\\/document\\/st-12493-2022\\/paragraph\\/9 ;
                  oa:start 37 ; oa:end 57 ; oa:exact "EUCAP Sahel missions" ;
                  plo:sentence "EUCAP Sahel Niger trains police; the EUCAP Sahel missions cooperate." .
              :id\\/document\\/st-12493-2022\\/redaction\\/1 a plo:Redaction ;
                  dcterms:isPartOf :id\\/document\\/st-12493-2022 ; plo:order 1 ;
                  plo:marker "DELETED FROM THIS POINT UNTIL PAGE 14" ; plo:untilPage 14 .
            }
            :graph\\/reference {
              :id\\/organisation\\/eucap-sahel-missions a org:Organization ; skos:prefLabel "EUCAP Sahel missions"@en .
              :id\\/mission\\/eucap-sahel-mali a plo:CivilianMission ; skos:prefLabel "EUCAP Sahel Mali"@en ;
                  skos:altLabel "EUCAP Mali"@en .
              :id\\/region\\/sahel a skos:Concept ; skos:prefLabel "Sahel"@en ; skos:altLabel "the Sahel"@en ;
                  skos:prefLabel "Sahel <b>fr</b>"@fr .
              :id\\/organisation\\/markup a org:Organization ; skos:prefLabel "Sahelian <script>alert(1)</script> body"@en .
            }
            """;

    @TempDir
    static Path dir;
    static PublicServer server;
    static Http http;

    @BeforeAll
    static void start() throws Exception {
        Fixture.write(dir, MORE);
        server = PublicServer.start(Snapshot.of(Publication.at(dir).current().orElseThrow()), "127.0.0.1", 0);
        http = new Http(server.url());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    static List<String> ranked(String q, String... headers) throws Exception {
        return paths(http.get("/search?q=" + Http.enc(q), headers));
    }

    static List<String> paths(HttpResponse<String> r) {
        assertEquals(200, r.statusCode());
        assertEquals("application/json", Http.type(r));
        JsonArray results = JSON.parse(r.body()).get("results").getAsArray();
        return results.stream().map(JsonValue::getAsObject).map(o -> o.get("path").getAsString().value()).toList();
    }

    /** The HTML page of a resource of ours. */
    static String page(String iri) throws Exception {
        HttpResponse<String> r = http.get("/doc/" + iri.substring(BASE.length()) + ".html");
        assertEquals(200, r.statusCode(), iri);
        return r.body();
    }

    @Test
    void searchRanksByMatchAndMentionsFromTheData() throws Exception {
        // Niger (2 mentions) before the group (1); then the unmentioned: the whole name "Sahel"
        // before a name that starts with it, before a word of "EUCAP Sahel Mali".
        assertEquals(List.of("/id/mission/eucap-sahel-niger", "/id/organisation/eucap-sahel-missions",
                "/id/region/sahel", "/id/organisation/markup", "/id/mission/eucap-sahel-mali"),
                ranked("sahel", "Accept", "application/json"));
        // Case-insensitive, alternative labels, prefixes of a word; the same through format=json.
        assertEquals(List.of("/id/mission/eucap-sahel-mali"), ranked("MALI", "Accept", "application/json"));
        assertEquals(List.of("/id/organisation/europol"), ranked("european union agency", "Accept", "application/json"));
        assertEquals("/id/mission/eucap-sahel-niger", paths(http.get("/search?q=" + Http.enc("eucap s") + "&format=json")).get(0));
        assertTrue(ranked("zzz", "Accept", "application/json").isEmpty());
        // Only English or untagged names: the French label's word does not match.
        assertTrue(ranked("fr", "Accept", "application/json").isEmpty());
    }

    @Test
    void searchJsonCarriesLabelKindAndMentions() throws Exception {
        HttpResponse<String> r = http.get("/search?q=sahel&format=json", "Accept", "text/html");
        JsonObject first = JSON.parse(r.body()).get("results").getAsArray().get(0).getAsObject();
        assertEquals(BASE + "id/mission/eucap-sahel-niger", first.get("iri").getAsString().value());
        assertEquals("EUCAP Sahel Niger", first.get("label").getAsString().value());
        assertEquals("civilian CSDP mission", first.get("kind").getAsString().value());
        assertEquals(2, first.get("mentions").getAsNumber().value().intValue());
    }

    @Test
    void searchPageIsHtmlWithEscapedNamesAndQuery() throws Exception {
        HttpResponse<String> r = http.get("/search?q=" + Http.enc("sahel\"><script>"), "Accept", "text/html");
        assertEquals(200, r.statusCode());
        assertEquals(Html.CSP, r.headers().firstValue("Content-Security-Policy").orElse(""));
        assertTrue(r.body().contains("value=\"sahel&quot;&gt;&lt;script&gt;\""), r.body());
        String page = http.get("/search?q=sahel", "Accept", "text/html").body();
        assertTrue(page.indexOf("<a href=\"/id/mission/eucap-sahel-niger\">EUCAP Sahel Niger</a>")
                < page.indexOf("<a href=\"/id/region/sahel\">Sahel</a>"), page);
        assertTrue(page.contains("Sahelian &lt;script&gt;alert(1)&lt;/script&gt; body"), page);
        assertFalse(page.contains("<script"), page);
    }

    @Test
    void entityPageShowsTheSentencesThatMentionItWithDocumentAndSection() throws Exception {
        String page = page(Fixture.MISSION);
        assertTrue(page.contains("<blockquote>Complementing existing missions, such as <mark>EUCAP Sahel Niger</mark>"
                + " and EUBAM Libya, the Compact helps.</blockquote>"), page);
        assertTrue(page.contains("<blockquote><mark>EUCAP Sahel Niger</mark> trains police;"), page);
        assertTrue(page.contains("<a href=\"/id/document/st-12493-2022\">ST 12493/22</a>, section "
                + "<a href=\"/id/document/st-12493-2022/section/introduction\">Introduction</a>"), page);
        assertTrue(page.contains("<a href=\"/id/document/st-12493-2022/paragraph/7\">paragraph 7</a>"), page);
        // The mentions are shown as sentences, never as character ranges.
        assertFalse(page.contains(">58-75<") || page.contains(">0-17<"), page);
    }

    @Test
    void documentPageShowsItsOutline() throws Exception {
        String page = page(Fixture.DOC);
        int outline = page.indexOf("<h2>Outline</h2>");
        assertTrue(outline > 0, page);
        String o = page.substring(outline, page.indexOf("<h2>Properties</h2>"));
        assertTrue(o.contains("<a href=\"/id/document/st-12493-2022/section/introduction\">Introduction</a>"), o);
        assertTrue(o.contains("<a href=\"/id/document/st-12493-2022/footnote/5\">footnote 5</a>: Directive 2011/36/EU"), o);
        assertTrue(o.contains("<a href=\"/id/document/st-12493-2022/redaction/1\">redaction 1</a>: DELETED FROM THIS "
                + "POINT UNTIL PAGE 14 (until page 14)"), o);
        assertTrue(o.contains("<h3>Cites</h3>") && o.contains("<a href=\"/id/document/directive-2011-36\">Directive 2011/36/EU</a>"), o);
    }

    @Test
    void homeLinksTheDocumentsAndTheMostMentioned() throws Exception {
        String home = http.get("/", "Accept", "text/html").body();
        assertTrue(home.contains("<a href=\"/id/document/st-12493-2022\">ST 12493/22</a>"), home);
        int niger = home.indexOf("<a href=\"/id/mission/eucap-sahel-niger\">EUCAP Sahel Niger</a>");
        int group = home.indexOf("<a href=\"/id/organisation/eucap-sahel-missions\">EUCAP Sahel missions</a>");
        assertTrue(niger > 0 && group > niger, home);
        assertFalse(home.contains("/id/mission/eucap-sahel-mali"), "never mentioned: not a main entity");
        assertTrue(home.contains("href=\"/sparql?edit="), home);
    }

    @Test
    void editorPageLoadsYasguiFromThisServerUnderItsOwnPolicy() throws Exception {
        HttpResponse<String> r = http.get("/sparql", "Accept", "text/html");
        assertEquals(200, r.statusCode());
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertEquals(Html.EDITOR_CSP, csp);
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-eval") && !csp.contains("http"), csp);
        String page = r.body();
        assertTrue(page.contains("<script src=\"/assets/yasgui/yasgui.min.js\"></script>"), page);
        assertTrue(page.contains("<script src=\"/assets/editor.js\"></script>"), page);
        assertFalse(page.contains("src=\"http") || page.contains("href=\"http"), "nothing from elsewhere");
        assertFalse(page.matches("(?s).*<script>.*"), "no inline script");
        // The examples of queries/ and the dataset's prefixes travel in the (escaped) data-config.
        assertTrue(page.contains("data-index=\"0\""), page);
        assertTrue(page.contains("&quot;plo&quot; : &quot;https://w3id.org/policy-lod/ontology#&quot;"), page);
        assertTrue(page.contains("href=\"/sparql?query=") && page.contains("&amp;output=csv\""), page);
        for (String asset : List.of("/assets/yasgui/yasgui.min.js", "/assets/yasgui/yasgui.min.css", "/assets/editor.js")) {
            HttpResponse<String> a = http.get(asset);
            assertEquals(200, a.statusCode(), asset);
            assertTrue(a.body().length() > 1000, asset);
        }
        assertEquals("text/javascript", Http.type(http.get("/assets/editor.js")));
        assertEquals("text/css", Http.type(http.get("/assets/yasgui/yasgui.min.css")));
        assertTrue(http.get("/assets/yasgui/yasgui.min.js").body().length() > 500_000);
        assertEquals(404, http.get("/assets/nothing.js").statusCode());
        assertTrue(http.get("/assets/").statusCode() >= 400, "no listing");
        assertFalse(http.get("/assets/..%2F..%2F..%2Fsecret.txt").body().contains("outside the dumps"));
    }

    @Test
    void otherPagesKeepTheStrictPolicy() throws Exception {
        for (String path : List.of("/", "/search?q=x", "/dumps/", "/ontology", "/doc/id/mission/eucap-sahel-niger.html")) {
            assertEquals(Html.CSP, http.get(path, "Accept", "text/html").headers()
                    .firstValue("Content-Security-Policy").orElse(""), path);
        }
    }
}
