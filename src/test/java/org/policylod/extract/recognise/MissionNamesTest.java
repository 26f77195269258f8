package org.policylod.extract.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.policylod.extract.model.EntityKind;
import org.policylod.extract.model.Mention;
import org.policylod.rdf.Plo;

/** Missions by their naming pattern, in real sentences of CSDP texts. */
class MissionNamesTest extends RecogniserContract {
    @Override
    Class<? extends Recogniser> pass() {
        return MissionNames.class;
    }

    @Override
    List<String> paragraphs() {
        return List.of(
                // written for this test in the words of CSDP decisions' recitals, with missions the reference data lacks
                "On 12 December 2022, the Council adopted Decision (CFSP) 2022/2444 establishing EUMPM Niger, a military partnership mission.",
                "EUBAM Moldova supports border management, and EUCAP Sahel Niger supports the internal security forces.",
                // a prefix alone, or inside a hyphenated word, names no mission
                "The EUCAP-type missions and EUFOR were discussed.");
    }

    @Override
    void expect(Result r) {
        Mention niger = only(r.mentions(0));
        assertEquals("EUMPM Niger", niger.exact());
        assertEquals(BASE + "id/mission/eumpm-niger", niger.iri());
        assertEquals(Plo.MilitaryOperation, niger.type(), "the prefix gives the kind");
        assertTrue(r.ask("m:eumpm-niger a org:Organization, plo:MilitaryOperation ; skos:prefLabel \"EUMPM Niger\"@en ;"
                + " plo:hostCountry country:NER ."), "kind, name and host country from the country table");
        List<Mention> second = r.mentions(1).stream().filter(m -> m.kind() == EntityKind.MISSION).toList();
        assertEquals(List.of("EUBAM Moldova", "EUCAP Sahel Niger"), second.stream().map(Mention::exact).sorted().toList());
        assertTrue(r.ask("m:eubam-moldova a plo:CivilianMission ; plo:hostCountry country:MDA ."));
        assertFalse(r.ask("m:eucap-sahel-niger skos:prefLabel ?l"), "a mission the reference data lists is not described again");
        assertTrue(r.mentions(1).stream().noneMatch(m -> m.kind() == EntityKind.COUNTRY && m.exact().equals("Moldova")),
                "the country inside the name is part of the name");
        assertTrue(r.mentions(2).stream().noneMatch(m -> m.kind() == EntityKind.MISSION), "no qualifier, no mission");
    }

    private static Mention only(List<Mention> ms) {
        List<Mention> missions = ms.stream().filter(m -> m.kind() == EntityKind.MISSION).toList();
        assertEquals(1, missions.size(), missions.toString());
        return missions.get(0);
    }
}
