package org.policylod.extract.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.vocabulary.ORG;
import org.policylod.extract.knowledge.Cues;
import org.policylod.extract.knowledge.Knowledge;
import org.policylod.extract.knowledge.Lexicon;
import org.policylod.extract.model.EntityKind;
import org.policylod.extract.model.Mention;
import org.policylod.extract.model.Passage;
import org.policylod.extract.text.Fold;
import org.policylod.extract.text.Sentences;
import org.policylod.extract.write.Evidence;
import org.policylod.extract.write.GraphWriter;
import org.policylod.rdf.Plo;

/**
 * Relations the text states, each with its evidence: the cues of cues.ttl in each sentence, the
 * possessive of an organisation ("Europol's European Migrant Smuggling Centre"), the host country
 * a mission's name states ("EUCAP Sahel Niger").
 */
final class Relations implements Recogniser {
    /** Between a phrase and its object: a determiner and up to three capitalised modifiers ("the Anti-trafficking"). */
    private static final Pattern LEAD = Pattern.compile("\\s*(?:(?:the|a|an|its|their|his|her)\\s+)?(?:\\p{Lu}[\\p{L}-]*\\s+){0,3}");
    private static final Pattern LIST = Pattern.compile("\\s*(?:,|,?\\s*and|,?\\s*or)\\s*(?:(?:the|its|their)\\s+)?");
    private static final Pattern POSSESSIVE = Pattern.compile("(.+?)['’]s\\s+(.+)");

    private final Knowledge k;

    Relations(Knowledge k) {
        this.k = k;
    }

    @Override
    public void recognise(Document doc, Mentions mentions) {
        for (Passage p : doc.passages()) {
            List<Mention> ms = mentions.in(p);
            names(doc, ms);
            cues(doc.evidence(), p, ms);
        }
    }

    /** Host countries in mission names, and possessives naming the parent organisation. */
    private void names(Document doc, List<Mention> ms) {
        Evidence ev = doc.evidence();
        GraphWriter g = doc.graph();
        for (Mention m : ms) {
            if (m.kind() == EntityKind.MISSION) {
                // the words after the mission's type ("EUCAP", "EUBAM") name where it is: "Sahel Niger"
                String where = m.exact().replaceFirst("^\\S+\\s+", "");
                for (Lexicon.Hit h : where.equals(m.exact()) ? List.<Lexicon.Hit>of() : k.lexicon().find(where, false)) {
                    if (h.entry().kind() == EntityKind.COUNTRY) {
                        ev.assertion(m.iri(), Plo.hostCountry, h.entry().iri(), m);
                    }
                }
            }
            var pm = POSSESSIVE.matcher(m.exact());
            if (m.kind() == EntityKind.ORGANISATION && pm.matches()) {
                String parent = k.organisation(pm.group(1));
                if (parent != null && !g.rebase(parent).equals(m.iri())) {
                    ev.assertion(m.iri(), ORG.subOrganizationOf, g.rebase(parent), m);
                }
            }
        }
        for (int i = 0; i + 1 < ms.size(); i++) {
            Mention a = ms.get(i);
            Mention b = ms.get(i + 1);
            String gap = a.passage().text().substring(Math.min(a.end(), b.start()), b.start());
            if (a.kind() == EntityKind.ORGANISATION && b.kind() == EntityKind.ORGANISATION
                    && gap.matches("['’]s\\s+") && k.unit(g.unbase(b.iri()))) {
                ev.assertion(b.iri(), ORG.subOrganizationOf, a.iri(), b, a);
            }
        }
    }

    private void cues(Evidence ev, Passage p, List<Mention> ms) {
        String text = p.text();
        String lower = Fold.fold(text).toLowerCase(Locale.ROOT);
        Sentences ss = ev.sentences(p);
        int[] depth = depths(text);
        for (Cues.Cue cue : k.cues().cues) {
            int from = 0;
            int at;
            while ((at = lower.indexOf(cue.phrase(), from)) >= 0) {
                from = at + 1;
                int end = at + cue.phrase().length();
                if (!word(lower, at, end) || inside(ms, at, end)) {
                    continue;
                }
                int s = ss.index(at);
                apply(ev, cue, ms, text, at, end, ss.start(s), ss.end(s), depth);
            }
        }
    }

    private static void apply(Evidence ev, Cues.Cue cue, List<Mention> ms, String text, int at, int end, int sStart, int sEnd, int[] depth) {
        List<Mention> after = following(ms, text, end, sEnd, cue.after(), true);
        if (cue.reading() == Cues.Reading.MUTUAL && after.isEmpty()) {
            List<Mention> group = preceding(ms, text, at, sStart, cue.before(), depth);
            for (Mention a : group) {
                for (Mention b : group) {
                    if (!a.iri().equals(b.iri())) {
                        ev.assertion(a.iri(), cue.property(), b.iri(), a, b);
                    }
                }
            }
            return;
        }
        Mention before = nearest(ms, at, sStart, cue.before(), depth);
        if (before == null) {
            return;
        }
        for (Mention b : after) {
            if (before.iri().equals(b.iri())) {
                continue;
            }
            switch (cue.reading()) {
                case ACTIVE -> ev.assertion(before.iri(), cue.property(), b.iri(), before, b);
                case PASSIVE -> ev.assertion(b.iri(), cue.property(), before.iri(), b, before);
                case MUTUAL -> {
                    ev.assertion(before.iri(), cue.property(), b.iri(), before, b);
                    ev.assertion(b.iri(), cue.property(), before.iri(), b, before);
                }
            }
        }
    }

    /** The entities right after the phrase: "with the X, Y and Z" (a "with" opens them for mutual cues). */
    private static List<Mention> following(List<Mention> ms, String text, int end, int sEnd, Set<EntityKind> kinds,
                                           boolean allowWith) {
        List<Mention> out = new ArrayList<>();
        int at = end;
        String lead = text.substring(end, Math.min(sEnd, end + 6));
        if (allowWith && lead.matches("(?s)\\s+with\\s.*")) {
            at = text.indexOf("with", end) + 4;
        }
        for (Mention m : ms) {
            if (m.start() < at || m.start() >= sEnd) {
                continue;
            }
            String gap = text.substring(at, m.start());
            if (!(out.isEmpty() ? LEAD : LIST).matcher(gap).matches() || !kinds.contains(m.kind())) {
                break;
            }
            out.add(m);
            at = m.end();
        }
        return out;
    }

    /** The nearest entity of the kinds before the phrase in the sentence, at the phrase's bracket depth. */
    private static Mention nearest(List<Mention> ms, int at, int sStart, Set<EntityKind> kinds, int[] depth) {
        Mention best = null;
        for (Mention m : ms) {
            if (m.end() <= at && m.start() >= sStart && kinds.contains(m.kind()) && depth[m.start()] <= depth[at]) {
                best = m;
            }
        }
        return best;
    }

    /** "X, Y and Z (for ...) exchange": the listed entities just before, skipping bracketed asides. */
    private static List<Mention> preceding(List<Mention> ms, String text, int at, int sStart, Set<EntityKind> kinds,
                                           int[] depth) {
        List<Mention> out = new ArrayList<>();
        int boundary = at;
        for (int i = ms.size() - 1; i >= 0; i--) {
            Mention m = ms.get(i);
            if (m.end() > boundary || m.start() < sStart) {
                continue;
            }
            if (depth[m.start()] > depth[at]) {
                continue;
            }
            String gap = text.substring(m.end(), boundary).replaceAll("\\([^()]*\\)", " ");
            boolean ok = out.isEmpty() ? gap.isBlank() : LIST.matcher(gap).matches();
            if (!ok || !kinds.contains(m.kind())) {
                break;
            }
            out.add(0, m);
            boundary = m.start();
        }
        return out.size() >= 2 ? out : List.of();
    }

    private static int[] depths(String text) {
        int[] d = new int[text.length() + 1];
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            }
            d[i] = depth;
            if (c == ')' && depth > 0) {
                depth--;
            }
        }
        d[text.length()] = depth;
        return d;
    }

    private static boolean word(String s, int a, int b) {
        return (a == 0 || !Character.isLetterOrDigit(s.charAt(a - 1)))
                && (b >= s.length() || !Character.isLetterOrDigit(s.charAt(b)));
    }

    private static boolean inside(List<Mention> ms, int a, int b) {
        for (Mention m : ms) {
            if (m.overlaps(a, b)) {
                return true;
            }
        }
        return false;
    }
}
