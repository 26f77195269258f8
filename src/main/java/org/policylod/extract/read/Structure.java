package org.policylod.extract.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.policylod.extract.model.Identifiers;
import org.policylod.extract.model.Layer;
import org.policylod.extract.model.Names;
import org.policylod.extract.model.Ref;
import org.policylod.extract.model.Warnings;
import org.policylod.extract.text.Lines;
import org.policylod.rdf.Uris;
import org.policylod.rdf.Vocab;

/**
 * Splits a source text into its documents (a Council cover note and the document it encloses, or
 * one document) and reads each one's front page; its body is read by {@link BodyReader}.
 */
public final class Structure {
    private static final Pattern ENCL = Pattern.compile("Encl\\.?\\s*:.*");

    /** Front-page lines are short; a longer line ending a sentence is body text. */
    private static final int FRONT_LINE = 160;

    /** How many opening blocks may announce the kind of document: its front page and first heading. */
    private static final int KIND_BLOCKS = 12;

    private final Names names;
    private final Warnings warnings;

    private Layer layer;
    private BodyReader body;
    /** Whether the last front-page line read was an act's title, which its next lines continue. */
    private boolean actTitle;
    /** The first top-level heading of the front page, a title for a text that gives none otherwise. */
    private String firstHeading;

    private Structure(Names names, Warnings warnings) {
        this.names = names;
        this.warnings = warnings;
    }

    /**
     * The documents of a source text, Council layer first, each with its identity settled: a part
     * with no identifier of its own is the document the cover note encloses.
     */
    public static List<Layer> parse(String text, Names names, Warnings warnings) {
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
            Structure s = new Structure(names, warnings);
            layers.add(s.council(blocks.subList(0, split)));
        }
        if (split < blocks.size()) {
            Structure s = new Structure(names, warnings);
            layers.add(s.enclosed(blocks.subList(split, blocks.size())));
        }
        settle(layers);
        return layers;
    }

    /** The identifier of a text that states none: its file name without extension, under "file-". */
    public static Ref minted(String fileName) {
        String stem = fileName.replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
        String slug = Uris.slug(stem);
        return new Ref("file-" + (slug.isEmpty() ? "text" : slug), stem, List.of(Vocab.Work), null, null, null, null, 0, 0);
    }

    /**
     * The enclosed part without an identifier of its own takes the one the cover note's "Encl.:"
     * gives; when no part has an identifier at all the source is left unidentified (and rejected).
     */
    private static void settle(List<Layer> layers) {
        Layer council = layers.isEmpty() || layers.get(0).kind != Layer.Kind.COUNCIL ? null : layers.get(0);
        if (council == null || council.encloses == null || layers.stream().allMatch(l -> l.identity == null)) {
            return;
        }
        for (Layer layer : layers) {
            if (layer != council && layer.identity == null) {
                layer.identity = council.encloses;
            }
        }
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
        body = new BodyReader(layer);
        boolean dated = false;
        boolean inBody = false;
        StringBuilder agent = new StringBuilder();
        for (Lines.Block b : blocks) {
            if (b.rule()) {
                continue;
            }
            if (inBody) {
                body.read(b);
                continue;
            }
            List<Lines.Line> rest = new ArrayList<>();
            for (Lines.Line l : b.lines()) {
                if (l.rule()) {
                    continue;
                }
                boolean read = Metadata.council(layer, l, names, warnings);
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
                    warnings.warning(rest.get(0).number(), "heading \"" + rest.get(0).heading()
                            + "\" names no known document type; the rest is read as the body");
                    inBody = true;
                }
                body.read(new Lines.Block(rest));
            }
        }
        if (agent.length() > 0) {
            layer.agent = agent.toString();
        }
        body.finish();
        return layer;
    }

    private Layer enclosed(List<Lines.Block> blocks) {
        layer = new Layer(Layer.Kind.ENCLOSED);
        body = new BodyReader(layer);
        boolean front = true;
        StringBuilder title = new StringBuilder();
        int seen = 0;
        for (Lines.Block b : blocks) {
            if (b.rule()) {
                continue;
            }
            if (layer.kindClass == null && seen++ < KIND_BLOCKS) {
                kind(b);
            }
            if (front) {
                front = frontBlock(b, title);
                if (front) {
                    continue;
                }
            }
            body.read(b);
        }
        if (layer.title == null && title.length() > 0) {
            layer.title = title.toString();
        }
        // a text of the new kinds gives its title by its first heading (Council and EEAS documents by their front page)
        boolean untitledKind = layer.identity == null || layer.identity.celex() != null;
        if (layer.title == null && untitledKind && (firstHeading != null || !layer.sections.isEmpty())) {
            layer.title = ActFront.title(firstHeading != null ? firstHeading : layer.sections.get(0).heading, names);
        }
        body.finish();
        return layer;
    }

    /** The first line of the opening blocks that announces a kind of document gives it. */
    private void kind(Lines.Block b) {
        for (Lines.Line l : b.lines()) {
            String text = l.heading() != null ? l.heading() : l.plain();
            if (layer.kindClass == null) {
                layer.kindClass = names.front().kind(text);
            }
        }
    }

    /** An act's title goes on in its "of 18 September 2018" line and its subject line ("amending ..."). */
    private boolean subject(String plain) {
        if (actTitle && !plain.isEmpty() && (plain.startsWith("of ") || Character.isLowerCase(plain.codePointAt(0)))) {
            if (!layer.title.contains(plain)) {
                layer.title = layer.title + " " + plain;
            }
            return true;
        }
        actTitle = false;
        return false;
    }

    /** Reads a front-page block; false when the block begins the body. */
    private boolean frontBlock(Lines.Block b, StringBuilder title) {
        Lines.Line first = b.first();
        String heading = first.heading();
        if (heading != null) {
            if (firstHeading == null && first.raw().startsWith("# ")) {
                firstHeading = heading;
            }
            Ref act = ActFront.act(heading, names);
            if (act != null && (layer.identity == null || layer.title == null)) {
                // the act's own title names it as its citations do, better than its CELEX number alone
                if (layer.identity == null || act.celex().equals(layer.identity.celex())) {
                    layer.identity = act;
                    layer.identityLine = first.number();
                }
                layer.title = ActFront.title(heading, names);
                actTitle = true;
                return true;
            }
            List<Ref> refs = Identifiers.find(heading);
            if (layer.identity == null && refs.size() == 1 && refs.get(0).start() == 0
                    && refs.get(0).end() == heading.length()) {
                layer.identity = refs.get(0);
                layer.identityLine = first.number();
                return true;
            }
            if (layer.identity == null && layer.title == null && heading.equals(firstHeading)
                    && names.front().kind(heading) != null) {
                layer.title = heading; // "# Council conclusions on migration": a title, its front page follows
                return true;
            }
            if (layer.agent == null && names.organisation(heading) != null) {
                layer.agent = heading;
                layer.lines.put("author", first.number());
                return true;
            }
            return false;
        }
        if (b.lines().stream().allMatch(Lines.Line::bold) && !BodyReader.DELETED.matcher(b.first().plain()).matches()) {
            for (Lines.Line l : b.lines()) {
                title.append(title.length() > 0 ? " " : "").append(l.plain());
            }
            return true;
        }
        String plain = first.plain();
        if (names.front().legalBasis(plain)) {
            return false;
        }
        if (BodyReader.FOOTNOTE.matcher(b.raw()).matches() || BodyReader.RUN_IN.matcher(b.raw()).matches()
                || BodyReader.DELETED.matcher(plain).matches()
                || (plain.length() > FRONT_LINE && BodyReader.TERMINAL.matcher(plain).matches())) {
            return false;
        }
        for (Lines.Line l : b.lines()) {
            boolean subject = subject(l.plain().strip());
            if (!ActFront.line(layer, l, names) && !PressFront.line(layer, l, names)
                    && !Metadata.front(layer, l, names, warnings)) {
                if (!subject) {
                    warnings.warning(l.number(), "front-page line not understood, kept as a paragraph: \""
                            + l.plain() + "\"");
                }
                layer.blocks.add(new Layer.Block(false, 0, l.number(), null, l.raw()));
            }
        }
        return true;
    }
}
