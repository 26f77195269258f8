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
 * COM/JOIN/SWD papers, directives, regulations, decisions, Council register documents, EEAS
 * references and treaty articles, each normalised to one slug, CELEX, ELI and page.
 */
public final class Identifiers {
    private static final Pattern PAPER = Pattern.compile(
            "\\b(COM|JOIN|SWD)\\s?\\(\\s?(\\d{4})\\s?\\)\\s?(\\d{1,4})(\\s+final)?\\b");
    private static final Pattern DIRECTIVE = Pattern.compile(
            "\\b(?:(?:Council|Commission)\\s+)?Directive\\s+(?:\\((EU|EC|EEC)\\)\\s+)?(?:No\\s+)?"
                    + "(\\d{2}|\\d{4})/(\\d{1,4})(?:/(EU|EC|EEC|JHA))?\\b");
    private static final Pattern REGULATION = Pattern.compile(
            "\\b(?:(?:Council|Commission)\\s+)?Regulation\\s+\\((EU|EC|EEC|Euratom)\\)\\s+(No\\s+)?"
                    + "(\\d{1,4})/(\\d{1,4})\\b");
    private static final Pattern DECISION = Pattern.compile(
            "\\b(?:(?:Council|Commission)\\s+)?(Framework\\s+)?Decision\\s+(?:\\((EU|CFSP)\\)\\s+)?"
                    + "(\\d{4})/(\\d{1,4})(?:/(CFSP|JHA|EU|EC))?\\b");
    private static final Pattern COUNCIL = Pattern.compile(
            "(?:\\b(?:Doc\\.?\\s*)?Ref\\.|\\bST|\\b[Dd]oc(?:ument)?\\.?)\\s*(\\d{3,5})/(\\d{2})"
                    + "(?:\\s+(REV|ADD|COR)\\s*(\\d+))?\\b");
    private static final Pattern EEAS = Pattern.compile(
            "\\bEEAS\\s?\\(\\s?(\\d{4})\\s?\\)\\s?(\\d{1,5})(?:\\s*(REV)\\s*(\\d+))?\\b");
    private static final Pattern ARTICLE = Pattern.compile(
            "\\bArt(?:icle|\\.)\\s*(\\d{1,3})\\s*(?:\\((\\d+)\\)\\s*)?(?:of\\s+the\\s+)?(TEU|TFEU)\\b");
    private static final Pattern TREATY = Pattern.compile("\\b(TEU|TFEU)\\b");

    private Identifiers() {
    }

    /** Every identifier in the text, in order, none overlapping (the earliest, then longest wins). */
    public static List<Ref> find(String text) {
        List<Ref> found = new ArrayList<>();
        // each grammar needs a literal: look for it before running the expression
        if (text.indexOf('(') >= 0 && (text.contains("COM") || text.contains("JOIN") || text.contains("SWD"))) {
            scan(PAPER, text, found, m -> paper(m.group(1), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), m.group(4) != null));
        }
        if (text.indexOf('/') >= 0) {
            if (text.contains("Directive")) {
                scan(DIRECTIVE, text, found, Identifiers::directive);
            }
            if (text.contains("Regulation")) {
                scan(REGULATION, text, found, Identifiers::regulation);
            }
            if (text.contains("Decision")) {
                scan(DECISION, text, found, Identifiers::decision);
            }
            scan(COUNCIL, text, found, m -> council(Integer.parseInt(m.group(1)), m.group(2),
                    m.group(3), m.group(4)));
        }
        if (text.contains("EEAS")) {
            scan(EEAS, text, found, m -> eeas(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    m.group(4)));
        }
        if (text.contains("TEU") || text.contains("TFEU")) {
            scan(ARTICLE, text, found, m -> article(m.group(3), Integer.parseInt(m.group(1))));
            scan(TREATY, text, found, m -> treaty(m.group(1)));
        }
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
                celex, null, Uris.eurLex(celex), null, 0, 0);
    }

    private static Ref directive(Matcher m) {
        int year = fullYear(m.group(2));
        int number = Integer.parseInt(m.group(3));
        String suffix = m.group(4) != null ? "/" + m.group(4) : "";
        String id = m.group(1) != null ? "Directive (" + m.group(1) + ") " + year + "/" + number
                : "Directive " + m.group(2) + "/" + number + suffix;
        return act("directive", "dir", "L", Plo.Directive, year, number, id);
    }

    private static Ref regulation(Matcher m) {
        boolean numberFirst = m.group(2) != null;
        int a = Integer.parseInt(m.group(3));
        int b = Integer.parseInt(m.group(4));
        int year = fullYear(numberFirst ? m.group(4) : m.group(3));
        int number = numberFirst ? a : b;
        if (year < 1950) {
            return null;
        }
        String id = "Regulation (" + m.group(1) + ") " + (numberFirst ? "No " + a + "/" + b : a + "/" + b);
        return act("regulation", "reg", "R", Plo.Regulation, year, number, id);
    }

    private static Ref decision(Matcher m) {
        boolean framework = m.group(1) != null;
        int year = Integer.parseInt(m.group(3));
        int number = Integer.parseInt(m.group(4));
        String id = (framework ? "Framework Decision " : "Decision ")
                + (m.group(2) != null ? "(" + m.group(2) + ") " : "") + year + "/" + number
                + (m.group(5) != null ? "/" + m.group(5) : "");
        return act("decision", "dec", framework ? "F" : "D", Plo.Decision, year, number, id);
    }

    private static Ref act(String kind, String eliKind, String descriptor, Resource type, int year,
                           int number, String id) {
        String celex = "3" + year + descriptor + pad(number, 4);
        return new Ref(kind + "-" + year + "-" + number, id,
                List.of(Vocab.Work, Vocab.LegalResource, type), celex, Uris.eli(eliKind, year, number),
                Uris.eurLex(celex), null, 0, 0);
    }

    /** A Council register document; {@code part} is REV, ADD or COR with {@code n}, or null. */
    public static Ref council(int number, String yy, String part, String n) {
        int year = fullYear(yy);
        String suffix = part == null ? "" : "-" + part.toLowerCase(Locale.ROOT) + "-" + n;
        String id = "ST " + number + "/" + yy + (part == null ? "" : " " + part + " " + n);
        return new Ref("st-" + number + "-" + year + suffix, id, List.of(Vocab.Work, Plo.CouncilDocument),
                null, null, Uris.register(number, year, part == null ? "INIT" : part + "-" + n),
                null, 0, 0);
    }

    public static Ref eeas(int year, int number, String rev) {
        return new Ref("eeas-" + year + "-" + number + (rev == null ? "" : "-rev" + rev),
                "EEAS(" + year + ") " + number + (rev == null ? "" : " REV" + rev),
                List.of(Vocab.Work, Plo.WorkingDocument), null, null, null, null, 0, 0);
    }

    public static Ref article(String treaty, int number) {
        String t = treaty.toUpperCase(Locale.ROOT);
        String celex = "12016" + ("TEU".equals(t) ? "M" : "E") + pad(number, 3);
        return new Ref(t.toLowerCase(Locale.ROOT) + "-article-" + number, "Article " + number + " " + t,
                List.of(Vocab.Work, Plo.TreatyArticle), celex, null, Uris.eurLex(celex),
                t.toLowerCase(Locale.ROOT), 0, 0);
    }

    public static Ref treaty(String treaty) {
        String t = treaty.toUpperCase(Locale.ROOT);
        String celex = "12016" + ("TEU".equals(t) ? "M" : "E") + "/TXT";
        return new Ref(t.toLowerCase(Locale.ROOT), t, List.of(Vocab.Work, Plo.Treaty), celex, null,
                Uris.eurLex(celex), null, 0, 0);
    }

    private static final Pattern SLUG = Pattern.compile(
            "(com|join|swd)-(\\d{4})-(\\d+)|(directive|regulation|decision)-(\\d{4})-(\\d+)"
                    + "|st-(\\d+)-(\\d{4})(?:-(rev|add|cor)-(\\d+))?|eeas-(\\d{4})-(\\d+)(?:-rev(\\d+))?"
                    + "|(teu|tfeu)-article-(\\d+)|(teu|tfeu)");

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
            int year = Integer.parseInt(m.group(5));
            int number = Integer.parseInt(m.group(6));
            return switch (m.group(4)) {
                case "directive" -> act("directive", "dir", "L", Plo.Directive, year, number, "Directive " + year + "/" + number);
                case "regulation" -> act("regulation", "reg", "R", Plo.Regulation, year, number, "Regulation " + year + "/" + number);
                default -> act("decision", "dec", "D", Plo.Decision, year, number, "Decision " + year + "/" + number);
            };
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
        return treaty(m.group(16));
    }

    /** Two-digit years as the Council and old acts write them: 00-69 are 20xx, 70-99 are 19xx. */
    public static int fullYear(String y) {
        int v = Integer.parseInt(y);
        if (y.length() == 4) {
            return v;
        }
        return v < 70 ? 2000 + v : 1900 + v;
    }

    private static String pad(int n, int width) {
        String s = Integer.toString(n);
        return "0".repeat(Math.max(0, width - s.length())) + s;
    }
}
