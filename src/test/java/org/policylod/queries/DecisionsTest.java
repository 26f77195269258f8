package org.policylod.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policylod.Bundle;

/**
 * The scope decisions of the queries (README.md), on a small publication written by hand that
 * holds the cases the seed does not: a relation stated from the mission's side, a mission and a
 * principle only the reference data knows, a legal basis no document cites.
 */
class DecisionsTest {
    private static final String TRIG = """
            PREFIX :     <http://example.org/>
            PREFIX plo:  <https://w3id.org/policy-lod/ontology#>
            PREFIX eli:  <http://data.europa.eu/eli/ontology#>
            PREFIX org:  <http://www.w3.org/ns/org#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>

            :graph\\/doc {
              :graph\\/doc prov:wasDerivedFrom :source .
              :doc a eli:Work, plo:WorkingDocument ; eli:cites :article-1 .
              :p1 plo:text "EUCAP X cooperates with Agency Y under Principle Z." .
              :m1 a plo:Mention ; plo:refersTo :eucap-x ; plo:inPassage :p1 .
              :m2 a plo:Mention ; plo:refersTo :principle-z ; plo:inPassage :p1 .
              :eucap-x plo:cooperatesWith :agency-y .
              :a1 a plo:Assertion ; rdf:subject :eucap-x ; rdf:predicate plo:cooperatesWith ;
                  rdf:object :agency-y ; plo:inPassage :p1 ; plo:sentence "EUCAP X cooperates with Agency Y." .
            }
            :graph\\/reference {
              :eucap-x a org:Organization, plo:CivilianMission ; skos:prefLabel "EUCAP X"@en, "EUCAP X"@fr .
              :eutm-unnamed a org:Organization, plo:MilitaryOperation ; skos:prefLabel "EUTM Unnamed"@en .
              :agency-y a org:Organization, plo:EUAgency ; skos:prefLabel "Agency Y"@en .
              :principle-z a plo:Principle ; skos:prefLabel "principle Z"@en ;
                  plo:legalBasis :article-1, :article-2 .
              :principle-w a plo:Principle ; skos:prefLabel "principle W"@en ; plo:legalBasis :article-1 .
              :article-1 eli:id_local "Article 1" .
              :article-2 eli:id_local "Article 2" .
            }
            """;

    private static Dataset dataset;

    @BeforeAll
    static void load() {
        DatasetGraph named = DatasetGraphFactory.create();
        RDFParser.fromString(TRIG, Lang.TRIG).parse(named);
        RDFDataMgr.read(named.getGraph(org.apache.jena.graph.NodeFactory.createURI("http://example.org/graph/ontology")),
                Bundle.open("ontology/policy-lod.ttl"), Lang.TURTLE);
        DatasetGraph view = DatasetGraphFactory.createGeneral(named.getUnionGraph());
        named.listGraphNodes().forEachRemaining(g -> view.addGraph(g, named.getGraph(g)));
        dataset = DatasetFactory.wrap(view);
    }

    private static List<String> rows(String file) {
        return Queries.tsv(dataset, Queries.parse("queries/" + file)).lines().skip(1).toList();
    }

    @Test
    void cooperationStatedFromTheMissionsSide() {
        assertEquals(List.of("<http://example.org/agency-y>\t\"Agency Y\"@en\t<http://example.org/eucap-x>\t\"EUCAP X\"@en\t"
                        + "<https://w3id.org/policy-lod/ontology#cooperatesWith>\t<https://w3id.org/policy-lod/ontology#EUAgency>\t"
                        + "<http://example.org/p1>\t\"EUCAP X cooperates with Agency Y.\""),
                rows("agency-mission-cooperation.rq"));
    }

    @Test
    void missionsAreThoseTheDocumentsTalkAbout() {
        assertEquals(List.of("<http://example.org/eucap-x>\t\"EUCAP X\"@en\t<https://w3id.org/policy-lod/ontology#CivilianMission>"
                        + "\t\t\t\"civilian CSDP mission\"@en\t\t\t\t\t"),
                rows("missions.rq"));
    }

    @Test
    void aLegalBasisNoDocumentCitesIsLeftOut() {
        assertEquals(List.of("<http://example.org/principle-z>\t\"principle Z\"@en\t<http://example.org/article-1>\t\"Article 1\"\t"),
                rows("principles.rq"));
    }

    @Test
    void organisationsLeaveMissionsOut() {
        assertEquals(List.of("<http://example.org/agency-y>\t\"Agency Y\"@en\t\t\t<https://w3id.org/policy-lod/ontology#EUAgency>"
                        + "\t\"EU agency\"@en\t"),
                rows("organisations.rq"));
    }
}
