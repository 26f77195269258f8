package org.policylod.extract.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.policylod.extract.text.Markup;

/**
 * One document of a source file (the Council cover note, or the EEAS document it encloses) with
 * the metadata and structure read from its part of the text. Filled by the reader ({@code extract.read}), written by {@code extract.write}.
 */
public final class Layer {
    /** The Council layer (a register document) or the document it encloses. */
    public enum Kind { COUNCIL, ENCLOSED }

    public final Kind kind;
    public Ref identity;
    public int identityLine;
    public String place;
    public LocalDate date;
    public String language;
    public String agent;
    public String unit;
    public String workType;
    /** The class of document its front page announces ("# Council conclusions ..."), or null. */
    public String kindClass;
    public String sender;
    public String addressee;
    public String title;
    public String accessNote;
    public LocalDate accessDate;
    public Ref encloses;
    /** The journal issue an act's running header names ("OJ L 235, 19.9.2018, p. 7"), or null. */
    public String journal;
    public final List<String> markings = new ArrayList<>();
    public final List<String> codes = new ArrayList<>();
    public final List<Ref> previous = new ArrayList<>();
    public final List<Section> sections = new ArrayList<>();
    public final List<Block> blocks = new ArrayList<>();
    public final List<Redaction> redactions = new ArrayList<>();
    /** The source line of each front-page field read ("sender", "author", ...), for warnings. */
    public final java.util.Map<String, Integer> lines = new java.util.HashMap<>();

    public Layer(Kind kind) {
        this.kind = kind;
    }

    /** A section: its heading, where it starts, whether its text is cut off. */
    public static final class Section {
        public final String heading;
        public final String slug;
        public final int line;
        public final List<Markup.Anchor> anchors;
        public boolean truncated;

        public Section(String heading, String slug, int line, List<Markup.Anchor> anchors) {
            this.heading = heading;
            this.slug = slug;
            this.line = line;
            this.anchors = anchors;
        }
    }

    /** A paragraph or footnote as read (raw Markdown, joined across page breaks). */
    public static final class Block {
        public final boolean footnote;
        public final int number;
        public final int line;
        public final Section section;
        public final StringBuilder raw;
        public boolean truncated;

        public Block(boolean footnote, int number, int line, Section section, String raw) {
            this.footnote = footnote;
            this.number = number;
            this.line = line;
            this.section = section;
            this.raw = new StringBuilder(raw);
        }
    }

    /**
     * A withheld part: a "DELETED ..." marker or a footnote whose text is withheld.
     *
     * @param after the paragraph block before it, or null
     */
    public record Redaction(String marker, int line, Integer untilPage, boolean toEnd, Block after,
                            Integer footnote, List<Markup.Anchor> anchors) {
    }
}
