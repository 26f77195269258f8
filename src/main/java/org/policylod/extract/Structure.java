package org.policylod.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policylod.rdf.Uris;

/**
 * Splits a source text into its documents (a Council cover note and the document it encloses, or
 * one document) and reads each one's front page and body: sections in order, paragraphs stitched
 * across page breaks, footnotes, redactions. Heading levels of the rendering are not trusted:
 * every heading of the body opens a section at the same level.
 */
final class Structure {
    private static final Pattern ENCL = Pattern.compile("Encl\\.?\\s*:.*");
    private static final Pattern FOOTNOTE = Pattern.compile("\\s*<sup>\\s*(\\d{1,4})\\s*</sup>\\s*(.*)", Pattern.DOTALL);
    private static final Pattern RUN_IN = Pattern.compile("\\s*\\*\\*([^*]+?)\\s*(:)?\\s*\\*\\*\\s*(:)?\\s*(.*)", Pattern.DOTALL);
    private static final Pattern DELETED = Pattern.compile("DELETED\\b.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern UNTIL_PAGE = Pattern.compile("UNTIL\\s+PAGE\\s+(\\d+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TO_END = Pattern.compile("UNTIL\\s+THE\\s+END\\s+OF\\s+THE\\s+DOCUMENT(?:\\s*\\(page\\s+(\\d+)\\))?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ANNEX = Pattern.compile("(Annex(?:\\s+[0-9IVX]+)?)\\b.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern TERMINAL = Pattern.compile(".*[.!?:;][\"')\\]’”»]*$", Pattern.DOTALL);

    /** Front-page lines are short; a longer line ending a sentence is body text. */
    private static final int FRONT_LINE = 160;

    private final Names names;
    private final String file;
    private final List<String> warnings;

    private Layer layer;
    private Layer.Section section;
    private Layer.Block open;
    private Layer.Block lastParagraph;
    private final Map<String, Integer> slugs = new HashMap<>();

    private Structure(Names names, String file, List<String> warnings) {
        this.names = names;
        this.file = file;
        this.warnings = warnings;
    }

    /** The documents of a source text, Council layer first. */
    static List<Layer> parse(String text, Names names, String file, List<String> warnings) {
        List<Lines.Block> blocks = Lines.blocks(text);
        int encl = -1;
        for (int i = 0; i < blocks.size() && encl < 0; i++) {
            for (Lines.Line l : blocks.get(i).lines()) {
                if (l.raw().contains("Encl") && ENCL.matcher(l.plain()).matches()) {
                    encl = i;
                }
            }
        }
        List<Layer> layers = new ArrayList<>();
        boolean council = encl >= 0 || looksCouncil(blocks);
        int split = encl >= 0 ? encl + 1 : council ? blocks.size() : 0;
        if (council) {
            Structure s = new Structure(names, file, warnings);
            layers.add(s.council(blocks.subList(0, split)));
        }
        if (split < blocks.size()) {
            Structure s = new Structure(names, file, warnings);
            layers.add(s.enclosed(blocks.subList(split, blocks.size())));
        }
        return layers;
    }

    /** A Council register document has its number ("12493/22") alone on a line before any heading. */
    private static boolean looksCouncil(List<Lines.Block> blocks) {
        for (Lines.Block b : blocks) {
            for (Lines.Line l : b.lines()) {
                if (l.heading() != null && !l.heading().isEmpty() && l.raw().startsWith("# ")) {
                    return false;
                }
                if (l.plain().matches("\\d{3,5}/\\d{2}(\\s+(REV|ADD|COR)\\s*\\d+)?")) {
                    return true;
                }
            }
        }
        return false;
    }

    private Layer council(List<Lines.Block> blocks) {
        layer = new Layer(Layer.Kind.COUNCIL);
        boolean dated = false;
        boolean body = false;
        StringBuilder agent = new StringBuilder();
        for (Lines.Block b : blocks) {
            if (b.rule()) {
                continue;
            }
            if (body) {
                body(b);
                continue;
            }
            List<Lines.Line> rest = new ArrayList<>();
            for (Lines.Line l : b.lines()) {
                if (l.rule()) {
                    continue;
                }
                boolean read = Metadata.council(layer, l, names, warnings, file);
                dated |= layer.date != null;
                if (!read && !dated && layer.identity == null) {
                    layer.lines.putIfAbsent("author", l.number());
                    agent.append(agent.length() > 0 ? " " : "").append(l.plain());
                } else if (!read) {
                    rest.add(l);
                }
            }
            if (!rest.isEmpty()) {
                if (rest.get(0).heading() != null) {
                    warnings.add(file + ":" + rest.get(0).number() + ": heading \"" + rest.get(0).heading()
                            + "\" names no known document type; the rest is read as the body");
                    body = true;
                }
                body(new Lines.Block(rest));
            }
        }
        if (agent.length() > 0) {
            layer.agent = agent.toString();
        }
        finish();
        return layer;
    }

    private Layer enclosed(List<Lines.Block> blocks) {
        layer = new Layer(Layer.Kind.ENCLOSED);
        boolean front = true;
        StringBuilder title = new StringBuilder();
        for (Lines.Block b : blocks) {
            if (b.rule()) {
                continue;
            }
            if (front) {
                front = frontBlock(b, title);
                if (front) {
                    continue;
                }
            }
            body(b);
        }
        if (layer.title == null && title.length() > 0) {
            layer.title = title.toString();
        }
        finish();
        return layer;
    }

    /** Reads a front-page block; false when the block begins the body. */
    private boolean frontBlock(Lines.Block b, StringBuilder title) {
        Lines.Line first = b.first();
        String heading = first.heading();
        if (heading != null) {
            List<Ref> refs = Identifiers.find(heading);
            if (layer.identity == null && refs.size() == 1 && refs.get(0).start() == 0
                    && refs.get(0).end() == heading.length()) {
                layer.identity = refs.get(0);
                layer.identityLine = first.number();
                return true;
            }
            if (layer.agent == null && names.organisation(heading) != null) {
                layer.agent = heading;
                layer.lines.put("author", first.number());
                return true;
            }
            return false;
        }
        if (b.lines().stream().allMatch(Lines.Line::bold) && !DELETED.matcher(b.first().plain()).matches()) {
            for (Lines.Line l : b.lines()) {
                title.append(title.length() > 0 ? " " : "").append(l.plain());
            }
            return true;
        }
        String plain = first.plain();
        if (FOOTNOTE.matcher(b.raw()).matches() || RUN_IN.matcher(b.raw()).matches()
                || DELETED.matcher(plain).matches() || (plain.length() > FRONT_LINE && TERMINAL.matcher(plain).matches())) {
            return false;
        }
        for (Lines.Line l : b.lines()) {
            if (!Metadata.front(layer, l, names, warnings, file)) {
                warnings.add(file + ":" + l.number() + ": front-page line not understood, kept as a paragraph: \""
                        + l.plain() + "\"");
                layer.blocks.add(new Layer.Block(false, 0, l.number(), null, l.raw()));
            }
        }
        return true;
    }

    private void body(Lines.Block b) {
        Lines.Line first = b.first();
        String raw = b.raw();
        Matcher m;
        if (b.rule()) {
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

    private static boolean mayBeDeleted(String raw) {
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

    private void finish() {
        closeOpen();
    }
}
