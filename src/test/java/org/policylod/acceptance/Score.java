package org.policylod.acceptance;

import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * How one text fares in one run: found against gold. Counts, not ratios, so that sets of texts add
 * up (micro-averages). Treaty CELEX numbers (sector 1) are left out on both sides: the gold lists
 * treaty articles for information only; so are the CELEX numbers the gold accepts without requiring.
 */
record Score(Gold gold, boolean published, String reason, Boolean ownFound, int citedGold, int citedHit,
        int citedFound, Set<String> missed, Set<String> wrong, int bodiesGold, int bodiesHit, Set<String> bodiesMissed,
        int missionsGold, int missionsHit, Set<String> missionsMissed) {

    static Score of(Gold gold, Published.Found found, String reason) {
        if (!found.published()) {
            Set<String> celex = gold.cited().stream().map(Gold.Cited::celex).collect(Collectors.toCollection(TreeSet::new));
            return new Score(gold, false, reason, gold.selfCelex() == null && gold.selfId() == null ? null : false,
                    celex.size(), 0, 0, celex, Set.of(), gold.bodies().size(), 0, new TreeSet<>(gold.bodies()),
                    gold.missions().size(), 0, new TreeSet<>(gold.missions()));
        }
        Boolean own = null;
        if (gold.selfCelex() != null) {
            own = found.ownCelex().contains(gold.selfCelex());
        } else if (gold.selfId() != null) {
            String id = identifier(gold.selfId());
            own = found.ownIds().stream().anyMatch(i -> identifier(i).equals(id));
        }
        Set<String> expected = gold.cited().stream().map(Gold.Cited::celex).collect(Collectors.toCollection(TreeSet::new));
        Set<String> got = found.cited().stream().filter(c -> !c.startsWith("1")).filter(c -> !c.equals(gold.selfCelex()))
                .filter(c -> !gold.accepted().contains(c))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> missed = new TreeSet<>(expected);
        missed.removeAll(got);
        Set<String> wrong = new TreeSet<>(got);
        wrong.removeAll(expected);
        Set<String> bodiesMissed = unmatched(gold.bodies(), found.bodyNames());
        Set<String> missionsMissed = unmatched(gold.missions(), found.missionNames());
        return new Score(gold, true, reason, own, expected.size(), expected.size() - missed.size(), got.size(), missed,
                wrong, gold.bodies().size(), gold.bodies().size() - bodiesMissed.size(), bodiesMissed,
                gold.missions().size(), gold.missions().size() - missionsMissed.size(), missionsMissed);
    }

    /** The gold names no found name matches (same words, case, accents and a leading "the" aside). */
    static Set<String> unmatched(Collection<String> gold, Collection<String> found) {
        Set<String> names = found.stream().map(Score::name).collect(Collectors.toSet());
        Set<String> missed = new LinkedHashSet<>();
        for (String g : gold) {
            if (!names.contains(name(g))) {
                missed.add(g);
            }
        }
        return missed;
    }

    static String name(String s) {
        String folded = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .replace('\u2019', '\'').replace('\u2018', '\'').toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ").strip();
        return folded.startsWith("the ") ? folded.substring(4) : folded;
    }

    /** An identifier as a key: case, spaces and a trailing "final" ignored. */
    static String identifier(String s) {
        String k = s.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        return k.endsWith("final") ? k.substring(0, k.length() - "final".length()) : k;
    }

    /** The share {@code hit / of} as a percentage, "-" when there is nothing to find. */
    static String percent(int hit, int of) {
        return of == 0 ? "-" : String.format(Locale.ROOT, "%.0f%%", 100.0 * hit / of);
    }
}
