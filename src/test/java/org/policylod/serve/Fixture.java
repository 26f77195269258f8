package org.policylod.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A small publication laid out as org.policylod.publish.Publication describes, with data that
 * follows ontology/MODEL.md: a cover note, a paragraph with a mention of a mission, a footnote
 * citing a directive with its ELI, an agency, and a paragraph whose text holds markup.
 */
final class Fixture {
    static final String BASE = "https://w3id.org/policy-lod/";
    static final String VERSION = "20261129T000000Z-test";
    static final String DOC = BASE + "id/document/st-12493-2022";
    static final String MISSION = BASE + "id/mission/eucap-sahel-niger";
    static final String AGENCY = BASE + "id/organisation/europol";
    static final String DIRECTIVE = BASE + "id/document/directive-2011-36";
    static final String FOOTNOTE = DOC + "/footnote/5";
    static final String PARAGRAPH = DOC + "/paragraph/7";
    static final String MENTION = PARAGRAPH + "/mention/58-75";
    static final String ASSERTION = PARAGRAPH + "/assertion/host-country-1";
    static final String SCRIPT = DOC + "/paragraph/8";
    static final String GRAPH = BASE + "graph/st-12493-2022";
    static final String ELI = "http://data.europa.eu/eli/dir/2011/36/oj";

    static final String TRIG = """
            PREFIX :        <https://w3id.org/policy-lod/>
            PREFIX plo:     <https://w3id.org/policy-lod/ontology#>
            PREFIX eli:     <http://data.europa.eu/eli/ontology#>
            PREFIX org:     <http://www.w3.org/ns/org#>
            PREFIX skos:    <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX foaf:    <http://xmlns.com/foaf/0.1/>
            PREFIX oa:      <http://www.w3.org/ns/oa#>
            PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX owl:     <http://www.w3.org/2002/07/owl#>
            PREFIX xsd:     <http://www.w3.org/2001/XMLSchema#>
            PREFIX rdf:     <http://www.w3.org/1999/02/22-rdf-syntax-ns#>

            :graph\\/st-12493-2022 {
              :graph\\/st-12493-2022 a <http://www.w3.org/ns/prov#Entity> .
              :id\\/document\\/st-12493-2022 a eli:Work, plo:CoverNote ;
                  eli:id_local "ST 12493/22" ;
                  eli:date_document "2022-09-15"^^xsd:date ;
                  eli:cites :id\\/document\\/directive-2011-36 ;
                  foaf:page <https://data.consilium.europa.eu/doc/document/ST-12493-2022-INIT/en/pdf> .
              :id\\/document\\/st-12493-2022\\/paragraph\\/7 a plo:Paragraph ;
                  dcterms:isPartOf :id\\/document\\/st-12493-2022 ; plo:order 7 ;
                  plo:text "Missions matter. Complementing existing missions, such as EUCAP Sahel Niger and EUBAM Libya, the Compact helps." .
              :id\\/document\\/st-12493-2022\\/paragraph\\/7\\/mention\\/58-75 a plo:Mention ;
                  plo:refersTo :id\\/mission\\/eucap-sahel-niger ;
                  plo:inPassage :id\\/document\\/st-12493-2022\\/paragraph\\/7 ;
                  oa:start 58 ; oa:end 75 ; oa:exact "EUCAP Sahel Niger" ;
                  plo:sentence "Complementing existing missions, such as EUCAP Sahel Niger and EUBAM Libya, the Compact helps." .
              :id\\/document\\/st-12493-2022\\/paragraph\\/7\\/assertion\\/host-country-1 a plo:Assertion ;
                  rdf:subject :id\\/mission\\/eucap-sahel-niger ; rdf:predicate plo:hostCountry ;
                  rdf:object <http://publications.europa.eu/resource/authority/country/NER> ;
                  plo:inPassage :id\\/document\\/st-12493-2022\\/paragraph\\/7 ;
                  plo:evidence :id\\/document\\/st-12493-2022\\/paragraph\\/7\\/mention\\/58-75 ;
                  plo:sentence "Complementing existing missions, such as EUCAP Sahel Niger and EUBAM Libya, the Compact helps." .
              :id\\/document\\/st-12493-2022\\/paragraph\\/8 a plo:Paragraph ;
                  dcterms:isPartOf :id\\/document\\/st-12493-2022 ; plo:order 8 ;
                  plo:text "Quoted markup: <script>alert('x')</script> & more" .
              :id\\/document\\/st-12493-2022\\/footnote\\/5 a plo:Footnote ;
                  dcterms:isPartOf :id\\/document\\/st-12493-2022 ; plo:number 5 ;
                  plo:text "Directive 2011/36/EU of the European Parliament and of the Council." ;
                  plo:anchoredIn :id\\/document\\/st-12493-2022\\/paragraph\\/7 ; plo:anchorOffset 16 ;
                  eli:cites :id\\/document\\/directive-2011-36 .
              :id\\/document\\/directive-2011-36 a eli:Work, eli:LegalResource, plo:Directive ;
                  eli:id_local "Directive 2011/36/EU" ; plo:celex "32011L0036" ;
                  plo:cellar <http://publications.europa.eu/resource/celex/32011L0036> ;
                  plo:eli <http://data.europa.eu/eli/dir/2011/36/oj> ;
                  foaf:page <https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32011L0036> .
              :id\\/mission\\/eucap-sahel-niger a plo:CivilianMission ;
                  skos:prefLabel "EUCAP Sahel Niger"@en ;
                  plo:hostCountry <http://publications.europa.eu/resource/authority/country/NER> .
            }
            :graph\\/reference {
              :id\\/organisation\\/europol a org:Organization, plo:EUAgency ;
                  skos:prefLabel "Europol"@en ;
                  skos:altLabel "European Union Agency for Law Enforcement Cooperation"@en ;
                  plo:acronym "Europol" ;
                  plo:authority <http://publications.europa.eu/resource/authority/corporate-body/EUROPOL> .
            }
            :graph\\/ontology {
              plo:CivilianMission a owl:Class ; rdfs:label "civilian CSDP mission"@en ; rdfs:subClassOf plo:CsdpMission .
              plo:CsdpMission a owl:Class ; rdfs:label "CSDP mission or operation"@en ; rdfs:subClassOf org:Organization .
              plo:EUAgency a owl:Class ; rdfs:label "EU agency"@en ; rdfs:subClassOf org:Organization .
              plo:CoverNote a owl:Class ; rdfs:label "cover note"@en ; rdfs:subClassOf eli:Work .
              plo:Directive a owl:Class ; rdfs:label "directive"@en ; rdfs:subClassOf eli:Work .
              plo:Paragraph a owl:Class ; rdfs:label "paragraph"@en .
              plo:Footnote a owl:Class ; rdfs:label "footnote"@en .
              plo:Mention a owl:Class ; rdfs:label "mention"@en ; skos:definition "A passage of text naming an entity."@en .
              plo:refersTo a owl:ObjectProperty ; rdfs:label "refers to"@en .
            }
            """;

    private Fixture() {
    }

    /** Writes the publication into {@code dir} and returns its current release. */
    static Path write(Path dir) throws IOException {
        return write(dir, "");
    }

    /** As {@link #write(Path)}, with more data (TriG with the prefixes of {@link #TRIG}). */
    static Path write(Path dir, String moreTrig) throws IOException {
        Path release = dir.resolve("releases").resolve(VERSION);
        Files.createDirectories(release.resolve("dumps/csv"));
        Dataset ds = TDB2Factory.connectDataset(release.resolve("tdb2").toString());
        Txn.executeWrite(ds, () -> RDFParser.fromString(TRIG + moreTrig, Lang.TRIG).parse(ds.asDatasetGraph()));
        Txn.executeRead(ds, () -> {
            try (var out = Files.newOutputStream(release.resolve("dumps/policy-lod.nq"))) {
                RDFDataMgr.write(out, ds, Lang.NQUADS);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        TDBInternal.expel(ds.asDatasetGraph());
        Files.writeString(release.resolve("dumps/csv/documents.csv"), "document,id\n" + DOC + ",ST 12493/22\n");
        Files.writeString(release.resolve("dumps/SHA256SUMS"), "0000  policy-lod.nq\n");
        Files.writeString(release.resolve("release.properties"),
                "version=" + VERSION + "\nbase=" + BASE + "\ntime=2026-11-29T00:00:00Z\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("secret.txt"), "outside the dumps\n");
        Files.createSymbolicLink(dir.resolve("current"), dir.resolve("releases").resolve(VERSION));
        return release;
    }
}
