package org.policylod.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;

/**
 * Real working documents of the bundled document's family (dev acceptance texts): their bodies,
 * written in running text, on front pages, in capitals and as distribution codes, are linked.
 */
class WorkingDocumentsTest {
    private static final Path DEV = Path.of("src/test/resources/acceptance/dev");
    private static final String PREFIXES = """
            PREFIX plo: <https://w3id.org/policy-lod/ontology#>
            PREFIX eli: <http://data.europa.eu/eli/ontology#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX d: <https://w3id.org/policy-lod/id/document/>
            PREFIX o: <https://w3id.org/policy-lod/id/organisation/>
            """;

    private static boolean ask(Model m, String where) {
        try (var q = QueryExecutionFactory.create(PREFIXES + "ASK {" + where + "}", m)) {
            return q.execAsk();
        }
    }

    private static boolean mentioned(Model m, String exact, String body) {
        return ask(m, "?m oa:exact \"" + exact + "\" ; plo:refersTo " + body + " .");
    }

    @Test
    void coverNoteWithAnAresNoteOfTheCrisisManagementAndPlanningDirectorate() {
        Model m = Golden.transform(DEV.resolve("24-st-15562-11-ares-2011-118322.txt")).model();
        // "From: : European External Action Service" / "To: : Political and Security Committee"
        assertTrue(ask(m, "d:st-15562-2011 plo:sender o:eeas ; plo:addressee o:psc ; plo:encloses d:ares-2011-118322 ."));
        // "COSDP 965 PESC 1295 CIVCOM 470 CSDP/PSDC 607 COSI 83": only the codes that name a body link
        assertTrue(ask(m, "d:st-15562-2011 plo:distributedTo o:civcom, o:cosi ."));
        assertFalse(ask(m, "d:st-15562-2011 plo:distributedTo ?b FILTER (?b NOT IN (o:civcom, o:cosi))"));
        // "# ARES (2011) 118322", then "Crisis Management and Planning Directorate - CMPD" under the EEAS heading
        assertTrue(ask(m, "d:ares-2011-118322 eli:id_local \"Ares(2011)118322\" ; plo:issuingUnit o:cmpd ;"
                + " eli:responsibility_of_agent o:eeas ."));
        assertTrue(mentioned(m, "Political and Security Committee", "o:psc"));
        assertTrue(mentioned(m, "CIVCOM", "o:civcom"), "2. The PSC tasked CIVCOM to provide advice on the paper");
        assertTrue(ask(m, "d:ares-2011-549943 a plo:WorkingDocument ."), "doc. ARES (2011) 549943 of 6 May 2011");
    }

    @Test
    void anItemNoteFromThePscToCoreperAndTheCouncil() {
        Model m = Golden.transform(DEV.resolve("25-council-ia-note-security-of-personnel-2006.txt")).model();
        assertTrue(mentioned(m, "European Union Military Committee", "o:eumc"));
        assertTrue(mentioned(m, "Committee for Civilian Aspects of Crisis Management", "o:civcom"));
        assertTrue(mentioned(m, "Foreign Relations Counsellors Working Party", "o:relex-working-party"));
        assertTrue(mentioned(m, "Coreper", "o:coreper"), "To : Coreper/Council");
        assertTrue(mentioned(m, "Council", "o:council"));
    }

    @Test
    void addresseesOfACommunicationWrittenInCapitals() {
        Model m = Golden.transform(DEV.resolve("17-com-2021-591.txt")).model();
        assertTrue(mentioned(m, "COUNCIL", "o:council"));
        assertTrue(mentioned(m, "EUROPEAN ECONOMIC AND SOCIAL COMMITTEE", "o:eesc"));
        assertTrue(mentioned(m, "COMMITTEE OF THE REGIONS", "o:cor"));
    }
}
