package org.policylod.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.policylod.extract.text.Markup;

/**
 * One document of a source file (the Council cover note, or the EEAS document it encloses) with
 * the metadata and structure read from its part of the text. Filled by {@link Structure}.
 */
final class Layer {
    /** The Council layer (a register document) or the document it encloses. */
    enum Kind { COUNCIL, ENCLOSED }

    final Kind kind;
    Ref identity;
    int identityLine;
    String place;
    LocalDate date;
    String language;
    String agent;
    String unit;
    String workType;
    String sender;
    String addressee;
    String title;
    String accessNote;
    LocalDate accessDate;
    Ref encloses;
    final List<String> markings = new ArrayList<>();
    final List<String> codes = new ArrayList<>();
    final List<Ref> previous = new ArrayList<>();
    final List<Section> sections = new ArrayList<>();
    final List<Block> blocks = new ArrayList<>();
    final List<Redaction> redactions = new ArrayList<>();
    /** The source line of each front-page field read ("sender", "author", ...), for warnings. */
    final java.util.Map<String, Integer> lines = new java.util.HashMap<>();

    Layer(Kind kind) {
        this.kind = kind;
    }

    /** A section: its heading, where it starts, whether its text is cut off. */
    static final class Section {
        final String heading;
        final String slug;
        final int line;
        final List<Markup.Anchor> anchors;
        boolean truncated;

        Section(String heading, String slug, int line, List<Markup.Anchor> anchors) {
            this.heading = heading;
            this.slug = slug;
            this.line = line;
            this.anchors = anchors;
        }
    }

    /** A paragraph or footnote as read (raw Markdown, joined across page breaks). */
    static final class Block {
        final boolean footnote;
        final int number;
        final int line;
        final Section section;
        final StringBuilder raw;
        boolean truncated;

        Block(boolean footnote, int number, int line, Section section, String raw) {
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
    record Redaction(String marker, int line, Integer untilPage, boolean toEnd, Block after,
                     Integer footnote, List<Markup.Anchor> anchors) {
    }
}
