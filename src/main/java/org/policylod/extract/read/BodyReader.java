package org.policylod.extract.read;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policylod.extract.model.Layer;
import org.policylod.extract.text.Lines;
import org.policylod.extract.text.Markup;
import org.policylod.rdf.Uris;

/**
 * Reads the body of one document, block by block, into its layer: sections in order (every
 * heading at the same level), paragraphs stitched across page breaks, footnotes, redactions.
 */
final class BodyReader {
    static final Pattern FOOTNOTE = Pattern.compile("\\s*<sup>\\s*(\\d{1,4})\\s*</sup>\\s*(.*)", Pattern.DOTALL);
    static final Pattern RUN_IN = Pattern.compile("\\s*\\*\\*([^*]+?)\\s*(:)?\\s*\\*\\*\\s*(:)?\\s*(.*)", Pattern.DOTALL);
    static final Pattern DELETED = Pattern.compile("DELETED\\b.*", Pattern.CASE_INSENSITIVE);
    static final Pattern TERMINAL = Pattern.compile(".*[.!?:;][\"')\\]’”»]*$", Pattern.DOTALL);
    private static final Pattern UNTIL_PAGE = Pattern.compile("UNTIL\\s+PAGE\\s+(\\d+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TO_END = Pattern.compile("UNTIL\\s+THE\\s+END\\s+OF\\s+THE\\s+DOCUMENT(?:\\s*\\(page\\s+(\\d+)\\))?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ANNEX = Pattern.compile("(Annex(?:\\s+[0-9IVX]+)?)\\b.*", Pattern.CASE_INSENSITIVE);

    private final Layer layer;
    private Layer.Section section;
    private Layer.Block open;
    private Layer.Block lastParagraph;
    private final Map<String, Integer> slugs = new HashMap<>();

    BodyReader(Layer layer) {
        this.layer = layer;
    }

    /** Reads one block of the body. */
    void read(Lines.Block b) {
        Lines.Line first = b.first();
        String raw = b.raw();
        Matcher m;
        if (b.rule() || b.lines().size() == 1 && ActFront.MARKER.matcher(first.plain().strip()).matches()) {
            return;
        }
        String heading = first.heading();
        if (heading != null) {
            section(heading, first.number(), Markup.clean(first.raw().replaceFirst("^\\s*#+\\s*", "")).anchors());
        } else if ((m = FOOTNOTE.matcher(raw)).matches()) {
            footnote(Integer.parseInt(m.group(1)), m.group(2), first.number());
        } else if (mayBeDeleted(raw) && DELETED.matcher(Markup.plain(raw)).matches()) {
            redaction(raw, first.number());
        } else if (b.lines().size() == 1 && first.bold()) {
            section(first.plain().replaceAll("[\\s:]+$", ""), first.number(), Markup.clean(first.raw()).anchors());
        } else if ((m = RUN_IN.matcher(raw)).matches() && (m.group(2) != null || m.group(3) != null)
                && !m.group(4).isBlank()) {
            section(Markup.plain(m.group(1)), first.number(), List.of());
            paragraph(m.group(4), first.number());
        } else {
            paragraph(raw, first.number());
        }
    }

    private void section(String heading, int line, List<Markup.Anchor> anchors) {
        closeOpen();
        Matcher annex = ANNEX.matcher(heading);
        String base = annex.matches() ? Uris.slug(annex.group(1)) : Uris.slug(heading);
        if (base.isEmpty()) {
            base = "section";
        }
        int n = slugs.merge(base, 1, Integer::sum);
        section = new Layer.Section(heading, n == 1 ? base : base + "-" + n, line, anchors);
        layer.sections.add(section);
    }

    private void paragraph(String raw, int line) {
        if (open != null && continues(Markup.plain(raw.substring(0, Math.min(raw.length(), HEAD))))) {
            open.raw.append(' ').append(raw);
        } else {
            open = new Layer.Block(false, 0, line, section, raw);
            layer.blocks.add(open);
            lastParagraph = open;
        }
        if (TERMINAL.matcher(tail(open.raw)).matches()) {
            open = null;
        }
    }

    /** How much of a block's start decides whether it continues a paragraph. */
    private static final int HEAD = 40;

    static boolean mayBeDeleted(String raw) {
        int i = raw.indexOf("ELETED");
        return i > 0 || raw.toUpperCase(java.util.Locale.ROOT).contains("DELETED");
    }

    /** The plain end of a paragraph: enough of its last characters, markup removed. */
    private static String tail(CharSequence raw) {
        int from = Math.max(0, raw.length() - 120);
        String end = raw.subSequence(from, raw.length()).toString();
        int sup = end.indexOf("<sup>");
        int close = end.indexOf("</sup>");
        if (close >= 0 && (sup < 0 || close < sup)) {
            end = end.substring(close + "</sup>".length()); // started inside a marker
        }
        return Markup.plain(end);
    }

    /** A block continues a cut paragraph when it starts in lower case or with a digit. */
    private static boolean continues(String plain) {
        return !plain.isEmpty() && (Character.isLowerCase(plain.codePointAt(0)) || Character.isDigit(plain.codePointAt(0)));
    }

    private void footnote(int number, String raw, int line) {
        Layer.Block f = new Layer.Block(true, number, line, section, raw);
        if (DELETED.matcher(Markup.plain(raw)).matches() && Markup.plain(raw).strip().length() <= "DELETED.".length()) {
            layer.redactions.add(new Layer.Redaction(Markup.plain(raw), line, null, false, null, number, List.of()));
        }
        layer.blocks.add(f);
    }

    private void redaction(String raw, int line) {
        Markup.Clean clean = Markup.clean(raw);
        String marker = clean.text();
        Matcher page = UNTIL_PAGE.matcher(marker);
        Matcher end = TO_END.matcher(marker);
        boolean toEnd = end.find();
        Integer until = page.find() ? Integer.valueOf(page.group(1))
                : toEnd && end.group(1) != null ? Integer.valueOf(end.group(1)) : null;
        layer.redactions.add(new Layer.Redaction(marker, line, until, toEnd, lastParagraph, null, clean.anchors()));
        open = null;
    }

    /** A paragraph still open at a heading or at the end was cut off in the source. */
    private void closeOpen() {
        if (open != null) {
            open.truncated = true;
            if (open.section != null) {
                open.section.truncated = true;
            }
            open = null;
        }
    }

    /** Ends the body: a paragraph still open was cut off. */
    void finish() {
        closeOpen();
    }
}
