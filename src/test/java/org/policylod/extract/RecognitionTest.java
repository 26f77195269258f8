package org.policylod.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One rule at a time, on one-paragraph documents written here. */
class RecognitionTest {
    private static final String PREFIXES = """
            PREFIX plo: <https://w3id.org/policy-lod/ontology#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX d: <https://w3id.org/policy-lod/id/document/>
            PREFIX o: <https://w3id.org/policy-lod/id/organisation/>
            PREFIX m: <https://w3id.org/policy-lod/id/mission/>
            PREFIX i: <https://w3id.org/policy-lod/id/instrument/>
            """;

    @TempDir
    Path dir;

    private Model doc(String body) throws IOException {
        Path p = dir.resolve("d.txt");
        Files.writeString(p, "# EEAS(2024) 5\n\n" + body, StandardCharsets.UTF_8);
        return Golden.transform(p).model();
    }

    private static boolean ask(Model m, String where) {
        try (var q = QueryExecutionFactory.create(PREFIXES + "ASK {" + where + "}", m)) {
            return q.execAsk();
        }
    }

    private static List<String> refersTo(Model m, String exact) {
        return m.listSubjectsWithProperty(m.createProperty("http://www.w3.org/ns/oa#exact"), exact).toList().stream()
                .map(s -> s.getPropertyResourceValue(m.createProperty("https://w3id.org/policy-lod/ontology#refersTo")).getURI()
                        .replace("https://w3id.org/policy-lod/id/", ""))
                .sorted().toList();
    }

    @Test
    void aYearPicksTheDocumentOfThatYear() throws IOException {
        Model m = doc("## A\n\nSee COM(2019) 11 final and COM(2020) 22 final. The 2019 Communication is older.\n");
        assertEquals(List.of("document/com-2019-11"), refersTo(m, "Communication"));
    }

    @Test
    void theKindAloneIsTheLastOfThatKindInTheSectionOrNothing() throws IOException {
        Model m = doc("## A\n\nDirective 2011/36/EU and Directive 2004/81/EC apply. The Directive is clear.\n\n"
                + "## B\n\nThe Directive is not named in this section.\n");
        assertEquals(List.of("document/directive-2004-81"), refersTo(m, "Directive"));
    }

    @Test
    void aNamedInstrumentIsTiedToItsFootnoteAndKeepsOneUri() throws IOException {
        Model m = doc("## A\n\nThe EU Drugs Strategy 2021-2025<sup>1</sup> guides action. The Strategy is long. "
                + "The EU Drugs Strategy is cited again.\n\n<sup>1</sup> Doc. 14178/20, 18 December 2020.\n");
        assertTrue(ask(m, "i:eu-drugs-strategy-2021-2025 a plo:Strategy ; plo:publishedIn d:st-14178-2020 ."));
        assertEquals(List.of("instrument/eu-drugs-strategy-2021-2025"), refersTo(m, "EU Drugs Strategy"));
        assertEquals(List.of("instrument/eu-drugs-strategy-2021-2025"), refersTo(m, "Strategy"));
        assertTrue(ask(m, "d:st-14178-2020 <http://data.europa.eu/eli/ontology#date_document> \"2020-12-18\"^^<http://www.w3.org/2001/XMLSchema#date> ."));
    }

    @Test
    void passiveAndMutualReadings() throws IOException {
        Model m = doc("## A\n\nEuropol (which incorporated the Joint Operational Team Mare) helps. "
                + "Frontex, Eurojust and Interpol exchange information regularly.\n");
        assertTrue(m.contains(m.createResource("https://w3id.org/policy-lod/id/organisation/jot-mare"), ORG.subOrganizationOf,
                m.createResource("https://w3id.org/policy-lod/id/organisation/europol")));
        assertTrue(ask(m, "o:frontex plo:exchangesInformationWith o:eurojust, o:interpol . o:interpol plo:exchangesInformationWith o:frontex ."));
        assertFalse(ask(m, "o:europol plo:exchangesInformationWith ?x"));
    }

    @Test
    void aPrincipleNamedAsTheSecondConjunctOfPrinciplesOf() throws IOException {
        Model m = doc("## A\n\nThe Charter upholds the principles of equality and solidarity. Solidarity alone is a word.\n");
        assertEquals(List.of("principle/solidarity"), refersTo(m, "solidarity"));
        assertEquals(List.of("principle/equality"), refersTo(m, "principles of equality"));
        assertEquals(List.of(), refersTo(m, "Solidarity"));
    }

    @Test
    void aCountryAfterTheWordOpeningTheSentenceIsRecognisedByItsAuthorityLabels() throws IOException {
        Model m = doc("## A\n\nFollowing Russia's war, the mission moved. In Moldova the Western Moldova office "
                + "stayed, and the Russian Federation left.\n");
        assertEquals(List.of("http://publications.europa.eu/resource/authority/country/RUS"), refersTo(m, "Russia"));
        assertEquals(List.of("http://publications.europa.eu/resource/authority/country/RUS"), refersTo(m, "Russian Federation"));
        // "Western Moldova" inside the sentence is a longer name, so only the first Moldova is a mention
        assertEquals(List.of("http://publications.europa.eu/resource/authority/country/MDA"), refersTo(m, "Moldova"));
    }

    @Test
    void inConjunctionWithStatesCooperationWithEachListedBody() throws IOException {
        Model m = doc("## A\n\nA cell was set up within EUNAVFOR Somalia in conjunction with Interpol and Eurojust. "
                + "Europol works alone.\n");
        assertTrue(ask(m, "m:eunavfor-atalanta plo:cooperatesWith o:interpol, o:eurojust ."));
        assertTrue(ask(m, "?a a plo:Assertion ; <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> m:eunavfor-atalanta ; "
                + "<http://www.w3.org/1999/02/22-rdf-syntax-ns#object> o:eurojust ; plo:evidence ?s, ?o . "
                + "?s plo:refersTo m:eunavfor-atalanta . ?o plo:refersTo o:eurojust ."));
        assertFalse(ask(m, "o:europol plo:cooperatesWith ?x"));
    }

    @Test
    void thePluralOfAMissionFamilyIsTheGroupNotOneMissionNorTheRegion() throws IOException {
        Model m = doc("## A\n\nSome missions (the EUCAP Sahel missions, or EUTM Mali) train staff. EUCAP Sahel Mali advises.\n");
        assertEquals(List.of("organisation/eucap-sahel-missions"), refersTo(m, "EUCAP Sahel missions"));
        assertEquals(List.of(), refersTo(m, "Sahel"));
        assertEquals(List.of("mission/eucap-sahel-mali"), refersTo(m, "EUCAP Sahel Mali"));
        assertTrue(ask(m, "FILTER NOT EXISTS { o:eucap-sahel-missions plo:hostCountry ?c }"));
    }

    @Test
    void aDateNextToANameOrOpeningItsFootnoteIsTheDateOfWhatItNames() throws IOException {
        Model m = doc("## A\n\nRegulation (EU) 2016/1624 of the European Parliament and of the Council of 14 September 2016 applies. "
                + "The Council adopted the EU Maritime Security Strategy<sup>1</sup> in June. "
                + "The Commission issued the Communication \"A new start\" on 3 March 2020.<sup>2</sup> "
                + "The Council discussed COM(2019) 5 final on 3 May 2020.\n\n"
                + "## B\n\nThe EU Drugs Strategy<sup>3</sup> is new. The Strategy of 1 May 2022 is long.\n\n"
                + "<sup>1</sup> Adopted on 24 June 2014 by the Council, and endorsed on 1 July 2014.\n\n"
                + "<sup>2</sup> COM(2020) 88 final.\n\n"
                + "<sup>3</sup> Doc. 14178/20.\n");
        String eli = "<http://data.europa.eu/eli/ontology#date_document> ";
        String dct = "<http://purl.org/dc/terms/date> ";
        assertTrue(ask(m, "d:regulation-2016-1624 " + eli + "\"2016-09-14\"^^<http://www.w3.org/2001/XMLSchema#date> ."));
        assertTrue(ask(m, "i:eu-maritime-security-strategy " + dct + "\"2014-06-24\"^^<http://www.w3.org/2001/XMLSchema#date> ."));
        assertTrue(ask(m, "d:com-2020-88 " + eli + "\"2020-03-03\"^^<http://www.w3.org/2001/XMLSchema#date> ."));
        // a meeting's date is no date of the document; "the Strategy" refers back and takes none
        assertFalse(ask(m, "d:com-2019-5 " + eli + "?d"));
        assertFalse(ask(m, "i:eu-drugs-strategy ?p ?d FILTER (isLiteral(?d) && datatype(?d) = <http://www.w3.org/2001/XMLSchema#date>)"));
        assertFalse(ask(m, "i:eu-maritime-security-strategy " + eli + "?d"));
        assertEquals(List.of("instrument/eu-drugs-strategy"), refersTo(m, "Strategy"));
    }

    @Test
    void categoriesNeedMissionsAndStayInTheirDocument() throws IOException {
        Model m = doc("## A\n\nThe options are (1) doing nothing and (2) doing more.\n\n"
                + "## B\n\nThere are (1) missions that train (EUTM Mali) and (2) missions that advise (EUCAP Somalia).\n");
        var cat1 = m.createResource("https://w3id.org/policy-lod/id/document/eeas-2024-5/mission-category/1");
        assertTrue(m.contains(cat1, SKOS.definition, m.createLiteral("missions that train", "en")));
        assertTrue(m.contains(m.createResource("https://w3id.org/policy-lod/id/mission/eutm-mali"),
                m.createProperty("https://w3id.org/policy-lod/ontology#missionCategory"), cat1));
        assertEquals(2, m.listSubjectsWithProperty(RDF.type, m.createResource("https://w3id.org/policy-lod/ontology#MissionCategory")).toList().size());
    }
}
