package org.policylod.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The VoID / DCAT-AP description of a release of the fixture, value by value. */
class DescriptionTest {
    static final String PREFIXES = """
            PREFIX void: <http://rdfs.org/ns/void#>
            PREFIX dcat: <http://www.w3.org/ns/dcat#>
            PREFIX dct:  <http://purl.org/dc/terms/>
            PREFIX owl:  <http://www.w3.org/2002/07/owl#>
            PREFIX spdx: <http://spdx.org/rdf/terms#>
            """;
    static final String DATASET = Fixture.BASE + ".well-known/void#dataset";

    @TempDir
    static Path dir;
    static Model description;
    static String version;

    @BeforeAll
    static void publish() throws IOException {
        version = PublisherTest.publish(dir, Fixture.assembly(), true).version();
        description = RDFDataMgr.loadModel(dir.resolve("current/dumps/void.ttl").toString());
    }

    static List<QuerySolution> select(String query) {
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.model(description).query(PREFIXES + query).build()) {
            qe.execSelect().forEachRemaining(rows::add);
        }
        return rows;
    }

    static String one(String property) {
        List<QuerySolution> rows = select("SELECT ?v { <" + DATASET + "> " + property + " ?v }");
        assertEquals(1, rows.size(), property);
        return rows.get(0).get("v").toString();
    }

    @Test
    void countsTheDataset() {
        assertEquals("\"32\"^^xsd:integer", one("void:triples"));
        assertEquals("\"6\"^^xsd:integer", one("void:entities"));
        assertEquals("\"5\"^^xsd:integer", one("void:classes"));
        assertEquals("\"22\"^^xsd:integer", one("void:properties"));
        assertEquals("\"11\"^^xsd:integer", one("void:distinctSubjects"));
        assertEquals("\"30\"^^xsd:integer", one("void:distinctObjects"));
        List<String> vocabularies = select("SELECT ?v { <" + DATASET + "> void:vocabulary ?v } ORDER BY ?v")
                .stream().map(r -> r.get("v").toString()).toList();
        assertEquals(List.of("http://data.europa.eu/eli/ontology#", "http://publications.europa.eu/ontology/authority/",
                "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "http://www.w3.org/2000/01/rdf-schema#",
                "http://www.w3.org/2002/07/owl#", "http://www.w3.org/2004/02/skos/core#",
                "https://w3id.org/policy-lod/ontology#"), vocabularies);
        List<QuerySolution> eliWork = select("SELECT ?n { <" + DATASET + "> void:classPartition ?p . "
                + "?p void:class <http://data.europa.eu/eli/ontology#Work> ; void:entities ?n }");
        assertEquals(2, eliWork.get(0).getLiteral("n").getInt());
    }

    @Test
    void saysWhatItIsAndWhereToGetIt() {
        assertEquals(version, one("owl:versionInfo"));
        assertEquals("\"2026-11-29T12:00:00Z\"^^xsd:dateTime", one("dct:issued"));
        assertEquals("\"2026-11-29T12:00:00Z\"^^xsd:dateTime", one("dct:modified"));
        assertEquals(Fixture.BASE, one("void:uriSpace"));
        assertEquals(Fixture.BASE + "sparql", one("void:sparqlEndpoint"));
        assertEquals("http://publications.europa.eu/resource/authority/licence/CC_BY_4_0", one("dct:license"));
        assertEquals(Fixture.BASE + ".well-known/void#publisher", one("dct:publisher"));
        assertEquals("\"policy-lod: EU policy documents as linked data\"@en", one("dct:title"));
    }

    /** Links from our resources to each target, counted from the fixture by hand. */
    @Test
    void countsTheLinksToEachTarget() {
        Map<String, String> counts = new TreeMap<>();
        for (QuerySolution r : select("SELECT ?t ?n (GROUP_CONCAT(STR(?p); separator=' ') AS ?ps) { <" + DATASET
                + "> void:subset ?l . ?l a void:Linkset ; void:subjectsTarget <" + DATASET + "> ; "
                + "void:objectsTarget ?t ; void:triples ?n OPTIONAL { ?l void:linkPredicate ?p } } GROUP BY ?t ?n")) {
            String target = r.getResource("t").getURI().replaceFirst(".*#", "");
            counts.put(target, r.getLiteral("n").getInt() + " " + (r.contains("ps") ? r.getLiteral("ps").getString() : ""));
        }
        String plo = "https://w3id.org/policy-lod/ontology#";
        assertEquals(Map.of(
                "eli", "1 " + plo + "eli",
                "cellar", "1 " + plo + "cellar",
                "corporate-body", "1 " + plo + "authority",
                "country", "1 " + plo + "hostCountry",
                "resource-type", "1 http://data.europa.eu/eli/ontology#work_type",
                "language", "1 " + plo + "originalLanguage",
                "eurovoc", "0 "), counts);
        List<QuerySolution> snapshot = select("SELECT ?v { <" + Fixture.BASE + ".well-known/void#corporate-body> owl:versionInfo ?v }");
        assertEquals("2022-09-28", snapshot.get(0).getLiteral("v").getString());
    }

    /** Each distribution: media type, size, SHA-256 and download URL, checked against the file itself. */
    @Test
    void describesEveryDistributionByItsFile() throws IOException {
        Path dumps = dir.resolve("current/dumps");
        List<QuerySolution> rows = select("SELECT ?title ?type ?size ?sum ?url ?gz { <" + DATASET + "> dcat:distribution ?d . "
                + "?d a dcat:Distribution ; dct:title ?title ; dcat:mediaType ?type ; dcat:byteSize ?size ; "
                + "dcat:downloadURL ?url ; spdx:checksum [ spdx:algorithm spdx:checksumAlgorithm_sha256 ; spdx:checksumValue ?sum ] "
                + "OPTIONAL { ?d dcat:compressFormat ?gz } } ORDER BY ?title");
        List<String> titles = new ArrayList<>();
        for (QuerySolution r : rows) {
            String name = r.getLiteral("title").getString();
            titles.add(name);
            Path file = dumps.resolve(name);
            assertEquals(Files.size(file), r.getLiteral("size").getLong(), name);
            assertEquals(Checksums.sha256(file), r.getLiteral("sum").getLexicalForm(), name);
            assertEquals(Fixture.BASE + "dumps/" + name, r.getResource("url").getURI());
            assertEquals(name.endsWith(".gz"), r.contains("gz"), name);
            String plain = name.replaceFirst("\\.gz$", "");
            String expected = plain.endsWith(".csv") ? "text/csv"
                    : java.util.Arrays.stream(Dump.values()).filter(d -> d.fileName().equals(plain)).findFirst().orElseThrow().mediaType();
            assertEquals("http://www.iana.org/assignments/media-types/" + expected, r.getResource("type").getURI(), name);
        }
        List<String> expected = new ArrayList<>();
        for (Dump d : Dump.values()) {
            expected.add(d.fileName());
            expected.add(d.fileName() + ".gz");
        }
        Tables.bundled().keySet().forEach(q -> expected.add("csv/" + q + ".csv"));
        expected.sort(null);
        assertEquals(expected, titles);
    }

    /** DCAT-AP 3.0.1: a catalogue, and per distribution licence, EU file type and availability, all typed. */
    @Test
    void catalogueAndTypedObjectsForDcatAp() {
        assertEquals(1, select("SELECT ?c { ?c a dcat:Catalog ; dcat:dataset <" + DATASET + "> ; "
                + "dcat:service ?s . ?s a dcat:DataService ; dcat:servesDataset <" + DATASET + "> }").size());
        Map<String, String> formats = new TreeMap<>();
        for (QuerySolution r : select("SELECT ?title ?format ?license { <" + DATASET + "> dcat:distribution ?d . "
                + "?d dct:title ?title ; dct:format ?format ; dct:license ?license ; "
                + "<http://data.europa.eu/r5r/availability> ?a ; dcat:mediaType ?type . "
                + "?format a dct:MediaTypeOrExtent . ?license a dct:LicenseDocument . ?type a dct:MediaType . "
                + "?a a <http://www.w3.org/2004/02/skos/core#Concept> }")) {
            formats.put(r.getLiteral("title").getString(), r.getResource("format").getURI().replaceFirst(".*/", ""));
            assertEquals("http://publications.europa.eu/resource/authority/licence/CC_BY_4_0", r.getResource("license").getURI());
        }
        assertEquals(12 + Tables.bundled().size(), formats.size(), formats.toString());
        assertEquals("RDF_N_TRIPLES", formats.get("policy-lod.nt"));
        assertEquals("RDF_N_TRIPLES", formats.get("policy-lod.nt.gz"));
        assertEquals("RDF_TRIG", formats.get("policy-lod.trig"));
        assertEquals("JSON_LD", formats.get("policy-lod.jsonld"));
        assertEquals(1, select("SELECT * { <" + DATASET + "> dcat:landingPage ?p . ?p a <http://xmlns.com/foaf/0.1/Document> ; "
                + "^dcat:landingPage/dct:language ?l . ?l a dct:LinguisticSystem }").size());
        assertEquals(3, select("SELECT ?t { <" + DATASET + "> dcat:theme ?t . ?t a <http://www.w3.org/2004/02/skos/core#Concept> ; "
                + "<http://www.w3.org/2004/02/skos/core#prefLabel> ?l }").size());
    }
}
