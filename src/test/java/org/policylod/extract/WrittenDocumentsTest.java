package org.policylod.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylod.rdf.DocumentGraph;
import org.policylod.source.InputException;
import org.policylod.source.SourceReader;

/**
 * Small documents written here, unlike the seed in identifiers, missions, instruments and layout,
 * to show the rules are general. The documents and their golden graphs are under
 * src/test/resources/etl/ (checked by {@link GoldenFilesTest}); these tests name the facts that matter.
 */
class WrittenDocumentsTest {
    static final Path COUNCIL_NOTE_FILE = Golden.DIR.resolve("council-note.txt");
    static final Path EEAS_ONLY_FILE = Golden.DIR.resolve("eeas-only.txt");
    static final String COUNCIL_NOTE = read(COUNCIL_NOTE_FILE);
    /** Saved on Windows: a byte order mark and CRLF line ends. */
    static final String EEAS_ONLY = read(EEAS_ONLY_FILE);

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final String PREFIXES = """
            PREFIX plo: <https://w3id.org/policy-lod/ontology#>
            PREFIX eli: <http://data.europa.eu/eli/ontology#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX d: <https://w3id.org/policy-lod/id/document/>
            PREFIX o: <https://w3id.org/policy-lod/id/organisation/>
            PREFIX m: <https://w3id.org/policy-lod/id/mission/>
            PREFIX i: <https://w3id.org/policy-lod/id/instrument/>
            PREFIX r: <https://w3id.org/policy-lod/id/region/>
            PREFIX country: <http://publications.europa.eu/resource/authority/country/>
            PREFIX lang: <http://publications.europa.eu/resource/authority/language/>
            PREFIX cat: <https://w3id.org/policy-lod/id/document/eeas-2021-300/mission-category/>
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static boolean ask(Model m, String where) {
        try (var q = QueryExecutionFactory.create(PREFIXES + "ASK {" + where + "}", m)) {
            return q.execAsk();
        }
    }

    @Test
    void councilNoteWithOtherIdentifiersMissionsAndLayout() throws Exception {
        DocumentGraph g = Golden.transform(COUNCIL_NOTE_FILE);
        assertEquals("https://w3id.org/policy-lod/graph/st-8123-2021", g.graphIri());
        assertEquals(List.of(
                "council-note.txt:47: footnote marker 9 has no footnote",
                "council-note.txt:47: an exclusion (\"with the exception of EUPOL Proxima\") names no category; left unresolved"),
                g.warnings());
        Model m = g.model();
        assertTrue(ask(m, """
                d:st-8123-2021 plo:place "Luxembourg" ; plo:originalLanguage lang:FRA ; plo:encloses d:eeas-2021-300 ;
                    plo:distributionCode "CFSP/PESC 12" .
                d:eeas-2021-300 plo:issuingUnit o:cpcc ; eli:date_document "2021-03-02"^^xsd:date ;
                    plo:previousReference d:eeas-2020-88 .
                i:eu-maritime-security-strategy a plo:Strategy ; plo:publishedIn d:join-2014-9 ;
                    plo:followsOn d:decision-2012-389 .
                d:join-2014-9 eli:date_document "2014-06-24"^^xsd:date ; plo:celex "52014JC0009" .
                d:decision-2012-389 plo:eli <http://data.europa.eu/eli/dec/2012/389/oj> .
                m:eucap-somalia plo:cooperatesWith o:europol, o:interpol ; plo:hostCountry country:SOM ;
                    plo:missionCategory cat:1 .
                m:eutm-mali plo:missionCategory cat:2 ; plo:hostCountry country:MLI .
                cat:2 plo:excludes m:eutm-somalia .
                m:eunavfor-atalanta plo:region r:horn-of-africa .
                """), "facts of the council note");
        assertFalse(ask(m, "?c plo:excludes m:eupol-proxima"), "an exclusion from no named category is not guessed");
        assertFalse(ask(m, "?x oa:exact \"This Strategy\""), "'this' is never resolved");
    }

    @Test
    void windowsSavedEeasDocument() throws Exception {
        DocumentGraph g = Golden.transform(EEAS_ONLY_FILE);
        assertEquals("https://w3id.org/policy-lod/graph/eeas-2023-12", g.graphIri());
        assertEquals(List.of("eeas-only.txt:15: footnote 2 has no marker in the text"), g.warnings());
        Model m = g.model();
        assertTrue(ask(m, """
                d:eeas-2023-12 plo:marking "Limited" ; eli:cites d:com-2020-609, d:tfeu-article-78,
                    d:geneva-refugee-convention-article-33 .
                <https://w3id.org/policy-lod/id/document/eeas-2023-12/section/key-findings> plo:truncated true .
                ?p plo:text ?t . FILTER(STRENDS(?t, "with Eurojust and partners in third countries."))
                ?c plo:refersTo d:com-2020-609 ; oa:exact "Communication" .
                o:emsc org:subOrganizationOf o:europol .
                o:eurojust-focus-group-on-migrant-smuggling plo:exchangesInformationWith o:eurojust .
                o:eurojust plo:exchangesInformationWith o:eurojust-focus-group-on-migrant-smuggling .
                """), "facts of the EEAS document");
    }

    @Test
    void lineEndsAndByteOrderMarkChangeNothingButTheFileHash() throws Exception {
        Path crlf = dir.resolve("a.txt");
        Files.write(crlf, EEAS_ONLY.getBytes(StandardCharsets.UTF_8));
        Path lf = write("b.txt", EEAS_ONLY.substring(1).replace("\r\n", "\n"));
        Model a = withoutProvenance(Golden.transform(crlf).model());
        Model b = withoutProvenance(Golden.transform(lf).model());
        assertTrue(a.isIsomorphicWith(b));
    }

    private static Model withoutProvenance(Model m) {
        Model out = org.apache.jena.rdf.model.ModelFactory.createDefaultModel().add(m);
        out.listStatements().toList().stream()
                .filter(s -> s.getSubject().getURI() != null && s.getSubject().getURI().matches(".*/(graph|id/source|id/run)/.*"))
                .forEach(out::remove);
        return out;
    }

    @Test
    void unknownFrontPageNamesAreWarningsWithTheirLine() throws Exception {
        String text = COUNCIL_NOTE.replace("From: European External Action Service (EEAS)", "From: Ministry of Nowhere")
                .replace("(OR. fr)", "(OR. xx)");
        DocumentGraph g = Golden.transform(write("odd.txt", text));
        assertTrue(g.warnings().contains("odd.txt:5: original language \"xx\" is not an EU language code"), g.warnings().toString());
        assertTrue(g.warnings().contains("odd.txt:16: sender \"Ministry of Nowhere\" is not a known organisation; not linked"),
                g.warnings().toString());
        assertFalse(ask(g.model(), "d:st-8123-2021 plo:sender ?s"));
    }

    @Test
    void aCoverNoteWithoutNumberStillPublishesTheEnclosedDocument() throws Exception {
        DocumentGraph g = Golden.transform(write("nonumber.txt", COUNCIL_NOTE.replace("8123/21\n", "")));
        assertEquals("https://w3id.org/policy-lod/graph/eeas-2021-300", g.graphIri());
        assertTrue(g.warnings().contains("nonumber.txt: a document part has no identifier; its text is not published"),
                g.warnings().toString());
        assertFalse(ask(g.model(), "?r plo:accessDecision ?d"));
        assertTrue(ask(g.model(), "d:eeas-2021-300 plo:issuingUnit o:cpcc ."));
    }

    @Test
    void aDocumentWithoutIdentifierIsPublishedUnderItsFileNameWithAWarning() throws Exception {
        DocumentGraph g = Golden.etl().transform(SourceReader.read(write("plain notes.txt", "# Notes\n\nJust some text about Europol.\n")));
        assertEquals("https://w3id.org/policy-lod/graph/file-plain-notes", g.graphIri());
        assertTrue(g.warnings().stream().anyMatch(w -> w.startsWith("plain notes.txt:1: no identifier of its own")
                && w.contains("\"plain notes\", made from the file name")), g.warnings().toString());
        assertTrue(ask(g.model(), "d:file-plain-notes a plo:Publication ; eli:id_local \"plain notes\" ;"
                + " eli:is_realized_by/eli:title \"Notes\"@en ."), "a kind, its name and its title");
    }

    @Test
    void aProposalKeepsTheCelexOfItsOwnPageWhenItsTextWritesItsComNumber() throws Exception {
        // a COM number alone reads as a communication (DC); the EUR-Lex page says it is a proposal (PC)
        DocumentGraph g = Golden.etl().transform(SourceReader.read(write("proposal.txt", """
                Document 52015PC0671

                Proposal for a REGULATION OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL on the European Border and Coast Guard

                COM/2015/0671 final - 2015/0310 (COD)

                COM(2015) 671 final
                """)));
        try (var q = QueryExecutionFactory.create(PREFIXES
                + "SELECT ?celex { d:com-2015-671 plo:celex ?celex }", g.model())) {
            List<String> celex = new java.util.ArrayList<>();
            q.execSelect().forEachRemaining(r -> celex.add(r.getLiteral("celex").getString()));
            assertEquals(List.of("52015PC0671"), celex);
        }
        assertTrue(ask(g.model(), "d:com-2015-671 plo:cellar <http://publications.europa.eu/resource/celex/52015PC0671>"));
        assertFalse(ask(g.model(), "d:com-2015-671 plo:cellar <http://publications.europa.eu/resource/celex/52015DC0671>"));
    }

    @Test
    void anEmptyTextIsRefusedWithItsFile() throws Exception {
        Path p = write("empty.txt", "\n");
        InputException e = assertThrows(InputException.class, () -> Golden.etl().transform(SourceReader.read(p)));
        assertTrue(e.getMessage().startsWith(p + ":"), e.getMessage());
    }

    @Test
    void anotherBaseMovesEveryMintedUriButNotTheOntology() throws Exception {
        Etl other = Etl.create("http://example.org/pl/", Golden.TIME);
        Model m = other.transform(SourceReader.read(write("note.txt", COUNCIL_NOTE))).model();
        m.listStatements().forEachRemaining(s -> {
            for (var n : List.of(s.getSubject(), s.getObject())) {
                if (n.isURIResource()) {
                    String iri = n.asResource().getURI();
                    assertFalse(iri.startsWith("https://w3id.org/policy-lod/") && !iri.startsWith("https://w3id.org/policy-lod/ontology#"),
                            "not rebased: " + iri);
                }
            }
        });
        assertTrue(m.containsResource(m.createResource("http://example.org/pl/id/mission/eucap-somalia")));
        Model ref = other.reference(List.of(m));
        assertTrue(ref.contains(ref.createResource("http://example.org/pl/id/mission/eucap-somalia"),
                org.apache.jena.vocabulary.RDF.type, ref.createResource("https://w3id.org/policy-lod/ontology#CivilianMission")));
    }
}
