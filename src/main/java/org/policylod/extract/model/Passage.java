package org.policylod.extract.model;

import java.util.List;
import org.policylod.extract.text.Markup;

/**
 * A span of running text the graph describes: a paragraph, a footnote or a section heading.
 *
 * @param kind      what it is
 * @param iri       its URI
 * @param container the section (or the document) it belongs to
 * @param order     paragraphs: order in the document from 1; footnotes: their number
 * @param text      plain text, stitched across page breaks, markers removed
 * @param line      first line in the source file
 * @param anchors   footnote markers found in the text
 */
public record Passage(Kind kind, String iri, String container, int order, String text, int line,
                      List<Markup.Anchor> anchors) {

    public enum Kind { PARAGRAPH, FOOTNOTE, HEADING }
}
