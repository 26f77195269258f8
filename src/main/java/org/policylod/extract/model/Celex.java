package org.policylod.extract.model;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.policylod.rdf.Plo;
import org.policylod.rdf.Uris;
import org.policylod.rdf.Vocab;

/**
 * A document's own CELEX number, as a EUR-Lex page states it ("Document 32019R1240"), read back
 * into the reference the citation grammars mint for the same act, so that the act a text is and
 * the act other texts cite are one resource (see shared/reference/eu-identifiers.md).
 */
public final class Celex {
    /** Sector, year, descriptor, number; a consolidated version (sector 0) carries its date. */
    private static final Pattern CELEX = Pattern.compile("([035])(\\d{4})([A-Z]{1,2})(\\d{4})(?:-(\\d{8}))?");

    private Celex() {
    }

    /** The reference of a CELEX number, or null for a sector or descriptor no grammar mints. */
    public static Ref of(String celex) {
        Matcher m = CELEX.matcher(celex.strip());
        if (!m.matches()) {
            return null;
        }
        int year = Integer.parseInt(m.group(2));
        int number = Integer.parseInt(m.group(4));
        String descriptor = m.group(3);
        if ("5".equals(m.group(1))) {
            return switch (descriptor) {
                case "DC" -> Identifiers.paper("COM", year, number, true);
                case "JC" -> Identifiers.paper("JOIN", year, number, true);
                case "SC" -> Identifiers.paper("SWD", year, number, true);
                case "PC" -> proposal(year, number);
                default -> null;
            };
        }
        // a consolidated text (sector 0) is a version of the act of sector 3
        String act = "3" + m.group(2) + descriptor + m.group(4);
        return switch (descriptor) {
            case "R" -> act("regulation", "reg", act, Plo.Regulation, year, number, "Regulation " + year + "/" + number)
                    .with(Form.of("regulation", year, number));
            case "L" -> act("directive", "dir", act, Plo.Directive, year, number, "Directive " + year + "/" + number)
                    .with(Form.of("directive", year, number));
            case "D" -> act("decision", "dec", act, Plo.Decision, year, number, "Decision " + year + "/" + number)
                    .with(Form.of("decision", year, number));
            case "F" -> act("decision", "dec", act, Plo.Decision, year, number, "Framework Decision " + year + "/" + number)
                    .with(Form.of("framework-decision", year, number));
            // descriptor E is a joint action or a common position: the page's title tells which
            // (its heading replaces this reference); a joint action until then
            case "E" -> new Ref("joint-action-" + year + "-" + number, "Joint Action " + year + "/" + number + "/CFSP",
                    List.of(Vocab.Work, Vocab.LegalResource, ResourceFactory.createResource(Plo.NS + "JointAction")), act, null,
                    Uris.eurLex(act), null, 0, 0).with(new Form("joint-action", "CFSP", year, number, null, false));
            default -> null;
        };
    }

    private static Ref proposal(int year, int number) {
        Ref com = Identifiers.paper("COM", year, number, true);
        String celex = "5" + year + "PC" + String.format("%04d", number);
        return new Ref(com.slug(), com.idLocal(), List.of(Vocab.Work, Plo.LegislativeProposal), celex, null,
                Uris.eurLex(celex), null, 0, 0, com.form());
    }

    private static Ref act(String kind, String eliKind, String celex, Resource type, int year, int number, String id) {
        return new Ref(kind + "-" + year + "-" + number, id, List.of(Vocab.Work, Vocab.LegalResource, type), celex,
                Uris.eli(eliKind, year, number), Uris.eurLex(celex), null, 0, 0);
    }
}
