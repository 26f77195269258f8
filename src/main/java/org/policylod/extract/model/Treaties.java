package org.policylod.extract.model;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policylod.rdf.Plo;
import org.policylod.rdf.Uris;
import org.policylod.rdf.Vocab;

/**
 * Treaty articles cited by the treaty's name and UN resolutions, in any case. "Article 21 of the
 * Treaty on European Union" is Article 21 TEU; "the Treaty on European Union, and in particular
 * Article 42(4) and Article 43(2) thereof" cites both articles; "Article 21 of the Treaty" is an
 * article of the treaty the same text named last. A Security Council resolution is written
 * "Resolution 1814 (2008)", "UNSCR 2240 (2015)" or "S/RES/1816 (2008)", a General Assembly one
 * "General Assembly resolution 68/262", "UNGA 70/1", "A/RES/70/1" or "Resolution 65/276"; a
 * coordinated list ("Resolutions 1814 (2008), 1816 (2008) and 1838 (2008)") cites each.
 */
final class Treaties {
    private static final String TEU = "Treaty\\s+on\\s+European\\s+Union";
    private static final String TFEU = "Treaty\\s+on\\s+the\\s+Functioning\\s+of\\s+the\\s+European\\s+Union";
    private static final int CI = Pattern.CASE_INSENSITIVE;
    private static final Pattern NAMED = Pattern.compile("\\b(?:(" + TEU + ")|" + TFEU + ")", CI);
    private static final Pattern ARTICLE_OF = Pattern.compile("\\bArticle\\s+(\\d{1,3})(?:\\s*\\(\\d+\\))?"
            + "\\s+of\\s+the\\s+(?:(" + TEU + ")|(" + TFEU + ")|Treaty\\b(?!\\s+(?:on|of|establishing)\\b))", CI);
    private static final Pattern THEREOF = Pattern.compile(
            ",?\\s+and\\s+in\\s+particular\\s+([^.;]{1,200}?)\\s+thereof\\b", CI);
    private static final Pattern ARTICLE = Pattern.compile("\\bArticle\\s+(\\d{1,3})(?:\\s*\\(\\d+\\))?", CI);
    private static final Pattern SECURITY_COUNCIL = Pattern.compile(
            "\\b(?:UNSCR\\s*|S/RES/|(?:UN\\s*SC\\s+|Security\\s+Council\\s+)?Resolutions?\\s+)(\\d{3,4})\\s*\\((\\d{4})\\)", CI);
    /** "General Assembly resolution 68/262", "UNGA 70/1", "A/RES/70/1", "resolution 65/276" (session/number). */
    private static final Pattern GENERAL_ASSEMBLY = Pattern.compile(
            "\\b(?:(?:General\\s+Assembly\\s+|UN\\s*GA\\s+)(?:Resolutions?\\s+)?(?:A/RES/)?|A/RES/|Resolutions?\\s+(?:A/RES/)?)"
                    + "(\\d{2})/(\\d{1,3})\\b(?!/)", CI);
    /** The next resolution of a coordinated list: "Resolutions 1814 (2008), 1816 (2008) and 1838 (2008)". */
    private static final Pattern NEXT_SC = Pattern.compile("(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)(\\d{3,4})\\s*\\((\\d{4})\\)", CI);
    private static final Pattern NEXT_GA = Pattern.compile("(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)(?:A/RES/)?(\\d{2})/(\\d{1,3})\\b(?!/)", CI);

    private Treaties() {
    }

    /** Every treaty article and resolution the text cites. */
    static void scan(String text, Consumer<Ref> out) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("treaty")) {
            articles(text, out);
        }
        if (lower.contains("resolution") || lower.contains("unscr") || lower.contains("/res/") || lower.contains("unga")
                || lower.contains("un ga")) {
            resolutions(text, out);
        }
    }

    private static void articles(String text, Consumer<Ref> out) {
        Matcher m = ARTICLE_OF.matcher(text);
        while (m.find()) {
            String treaty = m.group(2) != null ? "TEU" : m.group(3) != null ? "TFEU" : lastNamed(text, m.start());
            if (treaty != null) {
                out.accept(article(treaty, Integer.parseInt(m.group(1))).at(m.start(), m.end()));
            }
        }
        Matcher named = NAMED.matcher(text);
        while (named.find()) {
            Matcher list = THEREOF.matcher(text).region(named.end(), text.length());
            if (!list.lookingAt()) {
                continue;
            }
            String treaty = named.group(1) != null ? "TEU" : "TFEU";
            Matcher a = ARTICLE.matcher(text).region(list.start(1), list.end(1));
            while (a.find()) {
                out.accept(article(treaty, Integer.parseInt(a.group(1))).at(a.start(), a.end()));
            }
        }
    }

    /** The treaty named last before {@code end}, or null. */
    private static String lastNamed(String text, int end) {
        Matcher m = NAMED.matcher(text).region(0, end);
        String last = null;
        while (m.find()) {
            last = m.group(1) != null ? "TEU" : "TFEU";
        }
        return last;
    }

    private static void resolutions(String text, Consumer<Ref> out) {
        Matcher m = SECURITY_COUNCIL.matcher(text);
        while (m.find()) {
            int start = m.start();
            Matcher r = m;
            do {
                // the first of a list spans its keyword; each next one its own number
                out.accept(resolution("unsc-resolution-" + r.group(1), "S/RES/" + r.group(1) + " (" + r.group(2) + ")")
                        .at(start, r.end()));
                start = -1;
                Matcher next = NEXT_SC.matcher(text).region(r.end(), text.length());
                r = next.lookingAt() ? next : null;
                if (r != null) {
                    start = r.start(1);
                }
            } while (r != null);
        }
        Matcher g = GENERAL_ASSEMBLY.matcher(text);
        while (g.find()) {
            int start = g.start();
            Matcher r = g;
            do {
                out.accept(resolution("unga-resolution-" + r.group(1) + "-" + r.group(2), "A/RES/" + r.group(1) + "/" + r.group(2))
                        .at(start, r.end()));
                Matcher next = NEXT_GA.matcher(text).region(r.end(), text.length());
                r = next.lookingAt() ? next : null;
                if (r != null) {
                    start = r.start(1);
                }
            } while (r != null);
        }
    }

    /** A UN resolution: no CELEX nor ELI; its page is the UN's document system. */
    static Ref resolution(String slug, String symbol) {
        return new Ref(slug, symbol, List.of(Vocab.Work, Plo.UnResolution), null, null,
                "https://undocs.org/" + symbol.replace(" ", ""), null, 0, 0);
    }

    static Ref article(String treaty, int number) {
        String t = treaty.toUpperCase(Locale.ROOT);
        String celex = "12016" + ("TEU".equals(t) ? "M" : "E") + String.format(Locale.ROOT, "%03d", number);
        return new Ref(t.toLowerCase(Locale.ROOT) + "-article-" + number, "Article " + number + " " + t,
                List.of(Vocab.Work, Plo.TreatyArticle), celex, null, Uris.eurLex(celex),
                t.toLowerCase(Locale.ROOT), 0, 0);
    }

    static Ref treaty(String treaty) {
        String t = treaty.toUpperCase(Locale.ROOT);
        String celex = "12016" + ("TEU".equals(t) ? "M" : "E") + "/TXT";
        return new Ref(t.toLowerCase(Locale.ROOT), t, List.of(Vocab.Work, Plo.Treaty), celex, null,
                Uris.eurLex(celex), null, 0, 0);
    }
}
