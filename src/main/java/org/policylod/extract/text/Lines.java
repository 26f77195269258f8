package org.policylod.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The source text as blocks of consecutive non-blank lines, each line with its 1-based number. */
public final class Lines {
    private static final Pattern RULE = Pattern.compile("\\s*(?:-{3,}|\\*{3,}|_{3,}|(?:\\\\_){3,}|={3,})\\s*");
    private static final Pattern HEADING = Pattern.compile("#{1,6}\\s+(.*)");
    private static final Pattern BOLD_LINE = Pattern.compile("\\s*\\*\\*(.+)\\*\\*\\s*");

    /** One source line. */
    public record Line(int number, String raw) {
        public String plain() {
            return Markup.plain(raw);
        }

        public boolean rule() {
            return RULE.matcher(raw).matches();
        }

        /** The heading text of a Markdown heading line, or null. */
        public String heading() {
            var m = HEADING.matcher(raw.strip());
            return m.matches() ? Markup.plain(m.group(1)).replaceAll("[\\s:]+$", "") : null;
        }

        /** True when the whole line is bold. */
        public boolean bold() {
            return BOLD_LINE.matcher(raw).matches();
        }
    }

    /** A block: consecutive non-blank lines. */
    public record Block(List<Line> lines) {
        public int line() {
            return lines.get(0).number();
        }

        public Line first() {
            return lines.get(0);
        }

        public boolean rule() {
            return lines.stream().allMatch(Line::rule);
        }

        /** The block's lines joined with a space, as raw Markdown. */
        public String raw() {
            StringBuilder b = new StringBuilder();
            for (Line l : lines) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(l.raw().strip());
            }
            return b.toString();
        }
    }

    private Lines() {
    }

    public static List<Block> blocks(String text) {
        String[] lines = text.split("\n", -1);
        List<Block> blocks = new ArrayList<>();
        List<Line> current = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i];
            if (raw.isBlank()) {
                if (!current.isEmpty()) {
                    blocks.add(new Block(List.copyOf(current)));
                    current.clear();
                }
            } else if (HEADING.matcher(raw.strip()).matches() || RULE.matcher(raw).matches()) {
                // headings and rules stand alone even without blank lines around them
                if (!current.isEmpty()) {
                    blocks.add(new Block(List.copyOf(current)));
                    current.clear();
                }
                blocks.add(new Block(List.of(new Line(i + 1, raw))));
            } else {
                current.add(new Line(i + 1, raw));
            }
        }
        if (!current.isEmpty()) {
            blocks.add(new Block(List.copyOf(current)));
        }
        return blocks;
    }
}
