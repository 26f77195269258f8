package org.policylod.harden;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Seeded mutations of a document's text: the kinds of damage a conversion from PDF does (lost,
 * doubled and swapped lines, stray markers, headings and rules, odd characters, a cut-off end).
 * The same seed always gives the same document, so a failure is reproduced from its seed alone.
 */
public final class Mutator {
    /** Fragments a converter could leave anywhere in a line: markers, headings, rules, markup. */
    private static final String[] MARKERS = {
        "<sup>7</sup>", "<sup>1</sup>", "<sup>999999999999</sup>", "<sup></sup>", "<sup>", "</sup>",
        "DELETED FROM THIS POINT", "# ", "## ", "#### ", "---", "***", "**", "*", "<i>", "</i>",
        "EEAS(2022) 1466", "12493/22", "ST 12493/22", "COM(2020) 609 final", "Directive 2011/36/EU",
        "Regulation (EU) 2019/1240", "EUCAP Sahel Niger", "\t", "[...]", "(", ")", "\"", "“", "”",
        "<script>alert(1)</script>", "\"\"\"", "\\u0000", "\\", "<", ">", "{", "}", "@en", "^^", "?x",
        "\uFEFF", "\u00A0", "\u200B", "\u202E", "\uD83D\uDE00", "\u0301", "\u2028", "\u000B", "\f"
    };

    private final Random random;

    public Mutator(long seed) {
        this.random = new Random(seed);
    }

    /** One mutated document: between one and eight mutations applied in turn. */
    public String mutate(String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int n = 1 + random.nextInt(8);
        for (int i = 0; i < n && !lines.isEmpty(); i++) {
            step(lines);
        }
        String out = String.join("\n", lines);
        return random.nextInt(10) == 0 ? out.substring(0, random.nextInt(out.length() + 1)) : out;
    }

    private void step(List<String> lines) {
        int at = random.nextInt(lines.size());
        switch (random.nextInt(9)) {
            case 0 -> lines.remove(at);
            case 1 -> lines.add(at, lines.get(at));
            case 2 -> {
                int other = random.nextInt(lines.size());
                String l = lines.get(at);
                lines.set(at, lines.get(other));
                lines.set(other, l);
            }
            case 3, 4 -> lines.set(at, insert(lines.get(at), MARKERS[random.nextInt(MARKERS.length)]));
            case 5 -> lines.set(at, insert(lines.get(at), unicode()));
            case 6 -> lines.add(at, MARKERS[random.nextInt(MARKERS.length)]);
            case 7 -> {
                String l = lines.get(at);
                lines.set(at, l.substring(0, random.nextInt(l.length() + 1)));
            }
            default -> {
                int to = Math.min(lines.size(), at + 1 + random.nextInt(40));
                lines.subList(at, to).clear();
            }
        }
    }

    private String insert(String line, String what) {
        int at = random.nextInt(line.length() + 1);
        if (at > 0 && at < line.length() && Character.isLowSurrogate(line.charAt(at))) {
            at--;
        }
        return line.substring(0, at) + what + line.substring(at);
    }

    /** A few random code points from anywhere in Unicode except NUL and lone surrogates. */
    private String unicode() {
        StringBuilder s = new StringBuilder();
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            int cp;
            do {
                cp = random.nextInt(4) == 0 ? random.nextInt(0x80) : random.nextInt(Character.MAX_CODE_POINT + 1);
            } while (cp == 0 || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)
                    || !Character.isDefined(cp));
            s.appendCodePoint(cp);
        }
        return s.toString();
    }
}
