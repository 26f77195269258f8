package org.policylod.extract.model;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Resource;
import org.policylod.rdf.Plo;
import org.policylod.rdf.Uris;
import org.policylod.rdf.Vocab;

/**
 * The grammar of acts of the Official Journal, in any case: the act's kind, then one number or a
 * coordinated list of them ("Regulations (EU) 2016/1625 and (EU) 2016/1626"), each in the old form
 * ("(EC) No 2007/2004", "2008/851/CFSP", "95/46/EC") or the new one ("(CFSP) 2015/1926"). A
 * procedure number ("2015/0310 (COD)") is not an act.
 */
final class Acts {
    private static final String NUMBER = "(?:\\((EU|EC|EEC|Euratom|CFSP|JHA)\\)\\s+)?(No\\.?\\s+)?(\\d{2}|\\d{4}|\\d{1,4})"
            + "/(\\d{1,4})(?:/(EU|EC|EEC|CFSP|JHA|Euratom))?(?![/\\d])(?!\\s*\\((?:COD|CNS|NLE|APP|INI)\\))";
    private static final Pattern ACT = Pattern.compile(
            "\\b(?:(?:Council|Commission)\\s+)?(Framework\\s+Decision|Decision|Regulation|Directive"
                    + "|Joint\\s+Action|Common\\s+Position)(s?)\\s+" + NUMBER
                    + "(?:(?:\\s*,\\s*|\\s+and\\s+|\\s+or\\s+)" + NUMBER + ")*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ONE = Pattern.compile(NUMBER, Pattern.CASE_INSENSITIVE);

    /**
     * A kind of act: its slug word, name, ELI type, CELEX descriptor, class and the scheme its
     * identifier is written by (a framework decision shares the decisions' numbers, so their slug).
     */
    private record Kind(String slug, String name, String eli, String descriptor, Resource type, String scheme) {
    }

    private static final Kind DIRECTIVE = new Kind("directive", "Directive", "dir", "L", Plo.Directive, "directive");
    private static final Kind REGULATION = new Kind("regulation", "Regulation", "reg", "R", Plo.Regulation, "regulation");
    private static final Kind DECISION = new Kind("decision", "Decision", "dec", "D", Plo.Decision, "decision");
    private static final Kind FRAMEWORK = new Kind("decision", "Framework Decision", "dec", "F", Plo.Decision,
            "framework-decision");
    private static final Kind JOINT_ACTION = new Kind("joint-action", "Joint Action", "joint_action", "E",
            Plo.JointAction, "joint-action");
    private static final Kind COMMON_POSITION = new Kind("common-position", "Common Position", "common_position",
            "E", Plo.CommonPosition, "common-position");
    /** The first year of the one numbering of acts: "(domain) YYYY/N" (Interinstitutional Style Guide 1.2.2). */
    private static final int NEW_NUMBERING = 2015;

    private Acts() {
    }

    /** Every act the text cites, each number of a coordinated list apart. */
    static void scan(String text, Consumer<Ref> out) {
        Matcher m = ACT.matcher(text);
        while (m.find()) {
            Kind kind = kind(m.group(1));
            // the first number starts the reference with the act's kind; the others stand alone
            Matcher n = ONE.matcher(text).region(m.end(2), m.end());
            boolean first = true;
            while (n.find()) {
                Ref r = act(kind, n);
                if (r != null) {
                    out.accept(r.at(first ? m.start() : n.start(), n.end()));
                }
                first = false;
            }
        }
    }

    private static Kind kind(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return switch (w) {
            case "directive" -> DIRECTIVE;
            case "regulation" -> REGULATION;
            case "framework decision" -> FRAMEWORK;
            case "joint action" -> JOINT_ACTION;
            case "common position" -> COMMON_POSITION;
            default -> DECISION;
        };
    }

    private static Ref act(Kind kind, Matcher n) {
        String series = n.group(1) == null ? null : canonical(n.group(1));
        String a = n.group(3);
        String b = n.group(4);
        String suffix = n.group(5) == null ? null : canonical(n.group(5));
        boolean numberFirst = numberFirst(kind, n.group(2) != null, a, b);
        int year = fullYear(numberFirst ? b : a);
        int number = Integer.parseInt(numberFirst ? a : b);
        boolean yearWritten = numberFirst ? b.length() == 2 || b.length() == 4 : a.length() == 2 || a.length() == 4;
        if (!yearWritten || year < 1950 || year > 2100 || number == 0) {
            return null;
        }
        String written = kind == DIRECTIVE && series == null ? a : Integer.toString(year);
        String id = kind.name() + " " + (series != null ? "(" + series + ") " : "")
                + (numberFirst ? "No " + a + "/" + b : written + "/" + number)
                + (suffix != null ? "/" + suffix : "");
        if (kind == REGULATION && series == null && suffix == null) {
            return null;
        }
        // acts of police and judicial cooperation (JHA) of the old third pillar take descriptor F
        Kind k = "JHA".equals(suffix) && kind == JOINT_ACTION ? new Kind(kind.slug(), kind.name(), kind.eli(), "F",
                kind.type(), kind.scheme()) : kind;
        return of(k, year, number, id).with(new Form(kind.scheme(), series != null ? series : suffix, year, number,
                null, numberFirst));
    }

    /**
     * Whether the number comes before the year. A regulation numbered before 2015 is "(EU) No
     * 1053/2013", and texts drop the "No" ("Regulation (EU) 1053/2013"); one numbered since is
     * "(EU) 2016/1625": a four-digit first part from 2015 on is the year. Other acts put the
     * number first only after "No" ("Decision No 1082/2013/EU"). A second part that cannot be a
     * year ("Regulation (EU) 2013/1053", as some sites list it) leaves the year first.
     */
    private static boolean numberFirst(Kind kind, boolean no, String a, String b) {
        if (kind != REGULATION) {
            return no;
        }
        int second = Integer.parseInt(b);
        if (!no && b.length() == 4 && (second < 1950 || second > 2100)) {
            return false;
        }
        int first = Integer.parseInt(a);
        boolean newNumber = a.length() == 4 && first >= NEW_NUMBERING && first <= 2100;
        return !newNumber || (no && (b.length() == 2 || Integer.parseInt(b) < NEW_NUMBERING));
    }

    private static String canonical(String series) {
        return "EURATOM".equalsIgnoreCase(series) ? "Euratom" : series.toUpperCase(Locale.ROOT);
    }

    private static Ref of(Kind kind, int year, int number, String id) {
        String celex = "3" + year + kind.descriptor() + pad(number);
        return new Ref(kind.slug() + "-" + year + "-" + number, id,
                List.of(Vocab.Work, Vocab.LegalResource, kind.type()), celex, Uris.eli(kind.eli(), year, number),
                Uris.eurLex(celex), null, 0, 0);
    }

    /** The act a minted slug ("decision-2013-368", "joint-action-2008-851") stands for, or null. */
    static Ref fromSlug(String kind, int year, int number) {
        Kind k = switch (kind) {
            case "directive" -> DIRECTIVE;
            case "regulation" -> REGULATION;
            case "decision" -> DECISION;
            case "joint-action" -> JOINT_ACTION;
            case "common-position" -> COMMON_POSITION;
            default -> null;
        };
        return k == null ? null : of(k, year, number, k.name() + " " + year + "/" + number).with(Form.of(kind, year, number));
    }

    /** Two-digit years as the Council and old acts write them: 00-69 are 20xx, 70-99 are 19xx. */
    static int fullYear(String y) {
        int v = Integer.parseInt(y);
        if (y.length() == 4) {
            return v;
        }
        return v < 70 ? 2000 + v : 1900 + v;
    }

    private static String pad(int n) {
        String s = Integer.toString(n);
        return "0".repeat(Math.max(0, 4 - s.length())) + s;
    }
}
