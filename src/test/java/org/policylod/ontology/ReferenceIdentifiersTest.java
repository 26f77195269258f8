package org.policylod.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;
import org.policylod.rdf.Plo;

/** Identifiers of the treaties, articles and acts in the reference data follow the EU rules. */
class ReferenceIdentifiersTest {
    private static final String BASE = "https://w3id.org/policy-lod/";
    private static final Model REF = OntologyFiles.reference();

    /** CELEX numbers, Cellar URIs, EUR-Lex pages and ELIs follow the published rules and agree with the URI. */
    @Test
    void documentIdentifiersFollowTheRules() {
        List<String> bad = new ArrayList<>();
        Property eli = REF.createProperty(Plo.NS + "eli");
        Property page = REF.createProperty("http://xmlns.com/foaf/0.1/page");
        int checked = 0;
        for (Resource d : REF.listSubjectsWithProperty(Plo.celex).toList()) {
            String celex = d.getProperty(Plo.celex).getString();
            String expected = expectedCelex(d.getURI().substring((BASE + "id/document/").length()));
            if (expected != null && !expected.equals(celex)) {
                bad.add(d.getURI() + " celex " + celex + ", rule gives " + expected);
            }
            if (!d.hasProperty(Plo.cellar, REF.getResource("http://publications.europa.eu/resource/celex/" + celex))
                    || !d.hasProperty(page, REF.getResource("https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:" + celex))) {
                bad.add(d.getURI() + " Cellar URI or EUR-Lex page disagrees with " + celex);
            }
            Matcher act = Pattern.compile("(directive|regulation|decision)-(\\d{4})-(\\d+)$")
                    .matcher(d.getURI());
            if (act.find() && !d.hasProperty(eli, REF.getResource("http://data.europa.eu/eli/"
                    + Map.of("directive", "dir", "regulation", "reg", "decision", "dec").get(act.group(1))
                    + "/" + act.group(2) + "/" + act.group(3) + "/oj"))) {
                bad.add(d.getURI() + " ELI");
            }
            checked++;
        }
        assertEquals(List.of(), bad);
        assertTrue(checked >= 17, "treaties, treaty articles and acts with a CELEX number: " + checked);
        assertEquals("12016M021", expectedCelex("teu-article-21"));
        assertEquals("12016E078", expectedCelex("tfeu-article-78"));
        assertEquals("32019R1240", expectedCelex("regulation-2019-1240"));
        assertEquals("32011L0036", REF.getResource(BASE + "id/document/directive-2011-36").getProperty(Plo.celex).getString());
    }

    /** The CELEX number the rules give for a document slug, or null when no rule applies (whole treaties). */
    static String expectedCelex(String slug) {
        Matcher m = Pattern.compile("^(teu|tfeu)-article-(\\d+)$").matcher(slug);
        if (m.find()) {
            return String.format("12016%s%03d", m.group(1).equals("teu") ? "M" : "E", Integer.parseInt(m.group(2)));
        }
        m = Pattern.compile("^(directive|regulation|decision)-(\\d{4})-(\\d+)$").matcher(slug);
        if (m.find()) {
            return String.format("3%s%s%04d", m.group(2), Map.of("directive", "L", "regulation", "R", "decision", "D")
                    .get(m.group(1)), Integer.parseInt(m.group(3)));
        }
        return null;
    }
}
