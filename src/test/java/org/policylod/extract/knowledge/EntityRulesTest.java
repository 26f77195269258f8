package org.policylod.extract.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.policylod.extract.model.EntityKind;

/** The rules of entities.ttl over the real authority table: one case per rule, and the lexicon they feed. */
class EntityRulesTest {
    private static final String CB = "http://publications.europa.eu/resource/authority/corporate-body/";
    private static final String PLO = "https://w3id.org/policy-lod/ontology#";
    private static final Knowledge K = Knowledge.load();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            EP              | EUInstitution            | false
            CONSIL          | EUInstitution            | false
            EUMS            | OrganisationGroup        | false
            IMO             | InternationalOrganisation| false
            UNSC            | InternationalOrganisation| false
            UNGA            | InternationalOrganisation| false
            EMSA            | EUAgency                 | false
            EUSC            | EUAgency                 | false
            CMT_PSC         | CouncilPreparatoryBody   | true
            EEAS_SG         | org:OrganizationalUnit   | true
            HOME            | org:OrganizationalUnit   | true
            EESC            | EUBody                   | false
            COR             | EUBody                   | false
            G20             | OrganisationGroup        | false
            ECWAS           | InternationalOrganisation| false
            ECCAS           | InternationalOrganisation| false
            UNION_AFR       | InternationalOrganisation| false
            """)
    void aTableBodyTakesItsKindFromItsPlaceAndName(String code, String kind, boolean partOf) {
        EntityRules.Kind k = K.authorityKind(CB + code);
        String expected = kind.startsWith("org:") ? "http://www.w3.org/ns/org#" + kind.substring(4) : PLO + kind;
        assertEquals(expected, k.kind(), code);
        assertEquals(partOf, k.partOf(), code);
    }

    @Test
    void aTopLevelNameWithoutAnOrganisationWordHasNoKind() {
        // "Creative Commons" is in the table with nothing above it: no rule says what it is
        assertNull(K.authorityKind(CB + "CC"));
    }

    @Test
    void aUnitIsPartOfTheNearestCuratedBodyAbove() {
        assertEquals("https://w3id.org/policy-lod/id/organisation/eeas", K.curatedParent(CB + "EEAS_SG"));
        assertEquals("https://w3id.org/policy-lod/id/organisation/council", K.curatedParent(CB + "CMT_PSC"));
    }

    @Test
    void shortFormsBothWaysAndTheUnSuffix() {
        EntityRules r = K.rules();
        assertEquals(List.of("EU Satellite Centre"), r.shortForms("European Union Satellite Centre"));
        assertTrue(r.shortForms("General Assembly of the United Nations").contains("UN General Assembly"));
        assertTrue(r.shortForms("General Assembly of the United Nations").contains("United Nations General Assembly"));
        assertEquals(List.of("United Nations Security Council"), r.shortForms("UN Security Council"));
        assertEquals(List.of(), r.shortForms("Council of Europe"));
    }

    @Test
    void tableNamesAndTheirShortFormsAreFoundInText() {
        String text = "the UN General Assembly, the United Nations Security Council, the European Maritime Safety Agency and ECOWAS";
        List<String> found = K.lexicon().find(text).stream()
                .filter(h -> h.entry().kind() == EntityKind.ORGANISATION)
                .map(h -> text.substring(h.start(), h.end()) + "=" + h.entry().iri().replaceAll(".*/", "")).toList();
        assertEquals(List.of("UN General Assembly=unga", "United Nations Security Council=unsc",
                "European Maritime Safety Agency=emsa", "ECOWAS=ecwas"), found);
    }

    @Test
    void missionPrefixesGiveTheKind() {
        assertEquals(PLO + "CivilianMission", K.rules().missionKind("EUCAP"));
        assertEquals(PLO + "MilitaryOperation", K.rules().missionKind("EUNAVFOR"));
        assertNull(K.rules().missionKind("EUISS"));
    }
}
