package org.policylod.extract.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Resource;
import org.policylod.rdf.Plo;
import org.policylod.rdf.Uris;
import org.policylod.rdf.Vocab;

/**
 * Grammars of EU document identifiers (the mechanism; see shared/reference/eu-identifiers.md):
 * COM/JOIN/SWD papers, acts of the Official Journal ({@link Acts}), Council register documents, EEAS
 * references, Ares registry numbers, treaty articles and UN resolutions ({@link Treaties}), each normalised to one slug,
 * CELEX, ELI and page.
 */
public final class Identifiers {
    private static final Pattern PAPER = Pattern.compile(
            "\\b(COM|JOIN|SWD)(?:\\s?\\(\\s?(\\d{4})\\s?\\)\\s?|/(\\d{4})/)(\\d{1,4})(\\s+final)?\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COUNCIL = Pattern.compile(
            "(?:\\b(?:Doc\\.?\\s*)?Ref\\.|\\bST|\\b[Dd]oc(?:ument)?\\.?)\\s*(\\d{3,5})/(\\d{2})"
                    + "(?:\\s+(REV|ADD|COR)\\s*(\\d+))?\\b");
    private static final Pattern EEAS = Pattern.compile(
            "\\bEEAS\\s?\\(\\s?(\\d{4})\\s?\\)\\s?(\\d{1,5})(?:\\s*(REV)\\s*(\\d+))?\\b");
    /** The registry number of the Commission's and the EEAS's records system: "Ares(2011)118322", "ARES (2011) 118322". */
    private static final Pattern ARES = Pattern.compile(
            "\\bAres(?:\\s+reference)?\\s?\\(\\s?(\\d{4})\\s?\\)\\s?(\\d{3,9})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ARTICLE = Pattern.compile(
            "\\bArt(?:icle|\\.)\\s*(\\d{1,3})\\s*(?:\\((\\d+)\\)\\s*)?(?:of\\s+the\\s+)?(TEU|TFEU)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TREATY = Pattern.compile("\\b(TEU|TFEU)\\b");

    private Identifiers() {
    }

    /** Every identifier in the text, in order, none overlapping (the earliest, then longest wins). */
    public static List<Ref> find(String text) {
        List<Ref> found = new ArrayList<>();
        String upper = text.toUpperCase(Locale.ROOT);
        // each grammar needs a literal: look for it before running the expression
        if (upper.contains("COM") || upper.contains("JOIN") || upper.contains("SWD")) {
            // "COM(2015) 671" as the paper is cited, "COM/2015/0671" as EUR-Lex heads it
            scan(PAPER, text, found, m -> paper(m.group(1), Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3)),
                    Integer.parseInt(m.group(4)), m.group(5) != null));
        }
        if (text.indexOf('/') >= 0) {
            Acts.scan(text, found::add);
            scan(COUNCIL, text, found, m -> council(Integer.parseInt(m.group(1)), m.group(2),
                    m.group(3), m.group(4)));
        }
        if (text.contains("EEAS")) {
            scan(EEAS, text, found, m -> eeas(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    m.group(4)));
        }
        if (upper.contains("ARES")) {
            scan(ARES, text, found, m -> ares(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }
        if (upper.contains("TEU") || upper.contains("TFEU")) {
            scan(ARTICLE, text, found, m -> article(m.group(3), Integer.parseInt(m.group(1))));
            scan(TREATY, text, found, m -> treaty(m.group(1)));
        }
        Treaties.scan(text, found::add);
        found.sort(Comparator.comparingInt(Ref::start).thenComparing(r -> -(r.end() - r.start())));
        List<Ref> kept = new ArrayList<>();
        int end = -1;
        for (Ref r : found) {
            if (r.start() >= end) {
                kept.add(r);
                end = r.end();
            }
        }
        return kept;
    }

    private interface Maker {
        Ref make(Matcher m);
    }

    private static void scan(Pattern p, String text, List<Ref> out, Maker maker) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            Ref r = maker.make(m);
            if (r != null) {
                out.add(r.at(m.start(), m.end()));
            }
        }
    }

    public static Ref paper(String series, int year, int number, boolean fin) {
        String kind = series.toUpperCase(Locale.ROOT);
        String descriptor = switch (kind) {
            case "JOIN" -> "JC";
            case "SWD" -> "SC";
            default -> "DC";
        };
        Resource type = switch (kind) {
            case "JOIN" -> Plo.JointCommunication;
            case "SWD" -> Plo.StaffWorkingDocument;
            default -> Plo.CommissionCommunication;
        };
        String celex = "5" + year + descriptor + pad(number, 4);
        return new Ref(kind.toLowerCase(Locale.ROOT) + "-" + year + "-" + number,
                kind + "(" + year + ") " + number + (fin ? " final" : ""), List.of(Vocab.Work, type),
                celex, null, Uris.eurLex(celex), null, 0, 0).with(Form.of(kind.toLowerCase(Locale.ROOT), year, number));
    }

    /** A Council register document; {@code part} is REV, ADD or COR with {@code n}, or null. */
    public static Ref council(int number, String yy, String part, String n) {
        int year = fullYear(yy);
        String suffix = part == null ? "" : "-" + part.toLowerCase(Locale.ROOT) + "-" + n;
        String id = "ST " + number + "/" + yy + (part == null ? "" : " " + part + " " + n);
        return new Ref("st-" + number + "-" + year + suffix, id, List.of(Vocab.Work, Plo.CouncilDocument),
                null, null, Uris.register(number, year, part == null ? "INIT" : part + "-" + n),
                null, 0, 0).with(new Form("st", null, year, number, part == null ? null : part + " " + n, false));
    }

    /**
     * A Council press page by its number ("606/15"): no kind of its own (its front page gives it:
     * Council conclusions), no CELEX, no register page.
     */
    public static Ref pressRelease(int number, String yy) {
        return new Ref("council-press-release-" + number + "-" + fullYear(yy), number + "/" + yy,
                List.of(Vocab.Work), null, null, null, null, 0, 0);
    }

    public static Ref eeas(int year, int number, String rev) {
        return new Ref("eeas-" + year + "-" + number + (rev == null ? "" : "-rev" + rev),
                "EEAS(" + year + ") " + number + (rev == null ? "" : " REV" + rev),
                List.of(Vocab.Work, Plo.WorkingDocument), null, null, null, null, 0, 0)
                .with(new Form("eeas", null, year, number, rev, false));
    }

    /**
     * A document known by its Ares registry number, as the EEAS registers its notes and working
     * papers: no CELEX, no page, one identifier form, Ares(2011)118322.
     */
    public static Ref ares(int year, int number) {
        return new Ref("ares-" + year + "-" + number, "Ares(" + year + ")" + number, List.of(Vocab.Work, Plo.WorkingDocument), null, null,
                null, null, 0, 0).with(Form.of("ares", year, number));
    }


    public static Ref article(String treaty, int number) {
        return Treaties.article(treaty, number);
    }

    public static Ref treaty(String treaty) {
        return Treaties.treaty(treaty);
    }

    private static final Pattern SLUG = Pattern.compile(
            "(com|join|swd)-(\\d{4})-(\\d+)|(directive|regulation|decision|joint-action|common-position)-(\\d{4})-(\\d+)"
                    + "|st-(\\d+)-(\\d{4})(?:-(rev|add|cor)-(\\d+))?|eeas-(\\d{4})-(\\d+)(?:-rev(\\d+))?"
                    + "|(teu|tfeu)-article-(\\d+)|(teu|tfeu)|ares-(\\d{4})-(\\d+)");

    /**
     * The reference a minted document slug stands for ("com-2015-240"), for documents the reference
     * data names but no text cites; null for a slug no grammar mints.
     */
    public static Ref fromSlug(String slug) {
        Matcher m = SLUG.matcher(slug);
        if (!m.matches()) {
            return null;
        }
        if (m.group(1) != null) {
            return paper(m.group(1).toUpperCase(Locale.ROOT), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), false);
        }
        if (m.group(4) != null) {
            return Acts.fromSlug(m.group(4), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)));
        }
        if (m.group(7) != null) {
            String yy = m.group(8).substring(2);
            return council(Integer.parseInt(m.group(7)), yy, m.group(9) == null ? null : m.group(9).toUpperCase(Locale.ROOT), m.group(10));
        }
        if (m.group(11) != null) {
            return eeas(Integer.parseInt(m.group(11)), Integer.parseInt(m.group(12)), m.group(13));
        }
        if (m.group(14) != null) {
            return article(m.group(14), Integer.parseInt(m.group(15)));
        }
        if (m.group(17) != null) {
            return ares(Integer.parseInt(m.group(17)), Integer.parseInt(m.group(18)));
        }
        return treaty(m.group(16));
    }

    /** Two-digit years: 00-69 are 20xx, 70-99 are 19xx (see {@link Acts}). */
    public static int fullYear(String y) {
        return Acts.fullYear(y);
    }

    private static String pad(int n, int width) {
        String s = Integer.toString(n);
        return "0".repeat(Math.max(0, width - s.length())) + s;
    }
}
