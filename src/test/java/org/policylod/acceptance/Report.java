package org.policylod.acceptance;

import java.io.PrintStream;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Prints the acceptance report: per text, totals per group, and the lines of issue 16 with PASS or FAIL. */
final class Report {
    private final PrintStream o;
    private int pass;
    private int fail;
    private int none;

    Report(PrintStream o) {
        this.o = o;
    }

    void texts(String title, Map<Gold, Score> scores) {
        o.println();
        o.println("== " + title);
        o.printf("%-52s %-8s %-9s %-5s %-16s %-6s %-9s %-9s%n", "text", "set", "published", "own", "cited CELEX",
                "wrong", "bodies", "missions");
        for (Score s : scores.values()) {
            o.printf("%-52s %-8s %-9s %-5s %-16s %-6s %-9s %-9s%n", s.gold().name(), s.gold().set(),
                    s.published() ? "yes" : "NO", s.ownFound() == null ? "-" : s.ownFound() ? "yes" : "NO",
                    s.citedHit() + "/" + s.citedGold() + " " + Score.percent(s.citedHit(), s.citedGold()),
                    s.wrong().size(), s.bodiesHit() + "/" + s.bodiesGold(), s.missionsHit() + "/" + s.missionsGold());
            if (!s.published()) {
                o.println("    not published: " + s.reason());
            }
            if (s.published() && !s.missed().isEmpty()) {
                o.println("    cited CELEX missed: " + String.join(" ", s.missed()));
            }
            if (!s.wrong().isEmpty()) {
                o.println("    cited CELEX wrong:  " + String.join(" ", s.wrong()));
            }
            if (s.published() && !s.bodiesMissed().isEmpty()) {
                o.println("    bodies missed: " + String.join("; ", s.bodiesMissed()));
            }
            if (s.published() && !s.missionsMissed().isEmpty()) {
                o.println("    missions missed: " + String.join("; ", s.missionsMissed()));
            }
        }
    }

    /** Micro-averaged figures of a group of texts. */
    record Sum(int texts, int published, int ownOf, int own, int citedGold, int citedHit, int citedFound, int wrong,
            int bodiesGold, int bodiesHit, int missionsGold, int missionsHit) {
        static Sum of(Collection<Score> scores) {
            int[] n = new int[12];
            for (Score s : scores) {
                n[0]++;
                n[1] += s.published() ? 1 : 0;
                n[2] += s.ownFound() == null ? 0 : 1;
                n[3] += Boolean.TRUE.equals(s.ownFound()) ? 1 : 0;
                n[4] += s.citedGold();
                n[5] += s.citedHit();
                n[6] += s.citedFound();
                n[7] += s.wrong().size();
                n[8] += s.bodiesGold();
                n[9] += s.bodiesHit();
                n[10] += s.missionsGold();
                n[11] += s.missionsHit();
            }
            return new Sum(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8], n[9], n[10], n[11]);
        }

        String line() {
            return String.format("published %d/%d, own id %d/%d, cited CELEX recall %d/%d %s, precision %s (%d wrong), "
                    + "bodies %d/%d %s, missions %d/%d %s", published, texts, own, ownOf, citedHit, citedGold,
                    Score.percent(citedHit, citedGold), Score.percent(citedHit, citedFound), wrong, bodiesHit, bodiesGold,
                    Score.percent(bodiesHit, bodiesGold), missionsHit, missionsGold, Score.percent(missionsHit, missionsGold));
        }
    }

    void totals(Map<Gold, Score> alone, Map<Gold, Score> batch) {
        o.println();
        o.println("== TOTALS (micro-averaged; alone | batch)");
        total("all texts", alone, batch, g -> !g.bundled());
        total("dev", alone, batch, g -> g.set().equals("dev"));
        total("held-out", alone, batch, g -> g.set().equals("held-out"));
        total("OJ acts and EUR-Lex summaries", alone, batch, Gold::ojActOrSummary);
        total("Council/EEAS working documents", alone, batch, Gold::workingDocument);
        total("communications, proposals, conclusions", alone, batch, Report::other);
    }

    private void total(String name, Map<Gold, Score> alone, Map<Gold, Score> batch, Predicate<Gold> which) {
        List<Score> a = alone.values().stream().filter(s -> which.test(s.gold())).toList();
        if (a.isEmpty()) {
            return;
        }
        List<Score> b = batch.values().stream().filter(s -> which.test(s.gold())).toList();
        o.println(name + ":");
        o.println("  alone: " + Sum.of(a).line());
        o.println("  batch: " + Sum.of(b).line());
    }

    void instruments(List<Instruments.Named> named, List<Instruments.Named> listed, int rows) {
        o.println();
        o.println("== BUNDLED DOCUMENT: named instruments listed by queries/cited-instruments.rq (" + rows + " rows)");
        for (Instruments.Named n : named) {
            o.println("  " + (listed.contains(n) ? "listed " : "MISSING") + "  " + n.name());
        }
    }

    void lines(String set, Map<Gold, Score> alone, Map<Gold, Score> pairs, Map<Gold, Score> batch,
            boolean bundledPublished, boolean sameInBatch, int emptyCode, boolean emptyNamed, boolean bundledBesideEmpty,
            int listed, int named) {
        o.println();
        o.println("== ISSUE 16 ACCEPTANCE (texts: " + set + ")");
        line(bundledPublished && sameInBatch, "the bundled document's results unchanged: published alone "
                + (bundledPublished ? "yes" : "NO") + ", its graph in the batch the same as alone "
                + (sameInBatch ? "yes" : "NO") + " (golden graphs and rows: mvn verify)");
        Sum wa = Sum.of(select(alone, Gold::workingDocument));
        Sum wb = Sum.of(pairs.values());
        line(wa.texts() == 0 ? null : family(wa) && family(wb), "a second working document of the family, alone and with the bundled one: "
                + ">= 90 % of its CELEX, bodies and missions, no wrong CELEX. alone: " + wa.line() + " | with the bundled one: "
                + wb.line());
        Sum ja = Sum.of(select(alone, Gold::ojActOrSummary));
        Sum jb = Sum.of(select(batch, Gold::ojActOrSummary));
        line(ja.texts() == 0 ? null : acts(ja) && acts(jb), "real OJ acts and EUR-Lex summaries, alone and in one batch with the bundled document: "
                + "all published, cited-act CELEX recall >= 90 %, precision 100 %, each act's own CELEX on its document. alone: "
                + ja.line() + " | batch: " + jb.line());
        line(emptyCode != 0 && emptyNamed && bundledBesideEmpty, "the bundled document plus an empty file: the document "
                + "published " + (bundledBesideEmpty ? "yes" : "NO") + ", the empty file named " + (emptyNamed ? "yes" : "NO")
                + ", exit " + emptyCode + " (non-zero wanted)");
        line(named > 0 && listed * 100 >= 80 * named, "cited-instruments.rq lists >= 80 % of the bundled document's "
                + "named instruments: " + listed + "/" + named + " " + Score.percent(listed, named));
        Sum ca = Sum.of(select(alone, Report::other));
        Sum cb = Sum.of(select(batch, Report::other));
        line(ca.texts() == 0 ? null : published(ca) && published(cb), "(issue 16 item 1, no threshold given) Commission and Joint communications, "
                + "proposals, Council conclusions published with their own CELEX or identifier. alone: " + ca.line()
                + " | batch: " + cb.line());
        o.println();
        o.println("acceptance lines: " + pass + " PASS, " + fail + " FAIL" + (none > 0 ? ", " + none + " N/A (no text)" : ""));
    }

    private static boolean other(Gold g) {
        return !g.bundled() && !g.ojActOrSummary() && !g.workingDocument();
    }

    private static boolean family(Sum s) {
        return s.published() == s.texts() && s.wrong() == 0 && atLeast(s.citedHit() + s.own(), s.citedGold() + s.ownOf(), 90)
                && atLeast(s.bodiesHit(), s.bodiesGold(), 90) && atLeast(s.missionsHit(), s.missionsGold(), 90);
    }

    private static boolean acts(Sum s) {
        return s.published() == s.texts() && s.wrong() == 0 && atLeast(s.citedHit(), s.citedGold(), 90) && s.own() == s.ownOf();
    }

    private static boolean published(Sum s) {
        return s.published() == s.texts() && s.own() == s.ownOf();
    }

    private static boolean atLeast(int hit, int of, int percent) {
        return hit * 100 >= percent * of;
    }

    private static List<Score> select(Map<Gold, Score> scores, Predicate<Gold> which) {
        return scores.values().stream().filter(s -> which.test(s.gold())).toList();
    }

    /** How many acceptance lines failed. */
    int failed() {
        return fail;
    }

    /** One acceptance line: PASS, FAIL, or N/A ({@code ok} null) when the run had no text of its kind. */
    private void line(Boolean ok, String text) {
        if (ok == null) {
            none++;
        } else if (ok) {
            pass++;
        } else {
            fail++;
        }
        o.println((ok == null ? "N/A  " : ok ? "PASS " : "FAIL ") + text);
    }
}
