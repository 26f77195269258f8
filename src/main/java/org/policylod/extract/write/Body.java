package org.policylod.extract.write;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.vocabulary.DCTerms;
import org.policylod.extract.model.Layer;
import org.policylod.extract.model.Passage;
import org.policylod.extract.model.Warnings;
import org.policylod.extract.text.Markup;
import org.policylod.rdf.Plo;

/**
 * Writes a layer's structure: sections in order, paragraphs, footnotes linked from their markers,
 * redactions. Returns the passages (headings, paragraphs, footnotes) for recognition.
 */
public final class Body {
    /** Where a footnote marker stands: the passage and the code-point offset in its text. */
    private record Spot(String passage, int offset, int line) {
    }

    private Body() {
    }

    public static List<Passage> write(GraphWriter g, String doc, Layer layer, String accessDecision, Warnings warnings) {
        List<Passage> passages = new ArrayList<>();
        Map<Integer, Spot> anchors = new TreeMap<>();
        Map<Layer.Section, String> sections = new HashMap<>();
        int order = 0;
        for (Layer.Section s : layer.sections) {
            String iri = doc + "/section/" + s.slug;
            sections.put(s, iri);
            g.type(iri, Plo.Section);
            g.iri(iri, DCTerms.isPartOf, doc);
            g.integer(iri, Plo.order, ++order);
            g.text(iri, Plo.heading, s.heading);
            if (s.truncated) {
                g.bool(iri, Plo.truncated, true);
            }
            passages.add(new Passage(Passage.Kind.HEADING, iri, doc, order, s.heading, s.line, s.anchors));
            spots(s.heading, s.anchors, iri, s.line, anchors, warnings);
        }
        Map<Layer.Block, String> paragraphs = new HashMap<>();
        Map<Integer, Layer.Block> footnotes = new TreeMap<>();
        int n = 0;
        for (Layer.Block b : layer.blocks) {
            if (b.footnote) {
                if (footnotes.putIfAbsent(b.number, b) != null) {
                    warnings.warning(b.line, "footnote " + b.number + " appears twice; the first is kept");
                }
                continue;
            }
            Markup.Clean clean = Markup.clean(b.raw.toString());
            if (clean.text().isEmpty()) {
                continue;
            }
            String iri = doc + "/paragraph/" + (++n);
            paragraphs.put(b, iri);
            String container = b.section == null ? doc : sections.get(b.section);
            g.type(iri, Plo.Paragraph);
            g.iri(iri, DCTerms.isPartOf, container);
            g.integer(iri, Plo.order, n);
            g.text(iri, Plo.text, clean.text());
            g.integer(iri, Plo.sourceLine, b.line);
            passages.add(new Passage(Passage.Kind.PARAGRAPH, iri, container, n, clean.text(), b.line, clean.anchors()));
            spots(clean.text(), clean.anchors(), iri, b.line, anchors, warnings);
        }
        Map<Integer, String> withheld = redactions(g, doc, layer, accessDecision, paragraphs, anchors, warnings);
        for (Layer.Block f : footnotes.values()) {
            String iri = doc + "/footnote/" + f.number;
            g.type(iri, Plo.Footnote);
            g.iri(iri, DCTerms.isPartOf, doc);
            g.integer(iri, Plo.number, f.number);
            Spot spot = anchors.remove(f.number);
            if (spot == null) {
                warnings.warning(f.line, "footnote " + f.number + " has no marker in the text");
            } else {
                g.iri(iri, Plo.anchoredIn, spot.passage());
                g.integer(iri, Plo.anchorOffset, spot.offset());
            }
            if (withheld.containsKey(f.number)) {
                g.iri(iri, Plo.withheldBy, withheld.get(f.number));
                continue;
            }
            Markup.Clean clean = Markup.clean(f.raw.toString());
            g.text(iri, Plo.text, clean.text());
            passages.add(new Passage(Passage.Kind.FOOTNOTE, iri, doc, f.number, clean.text(), f.line, clean.anchors()));
        }
        anchors.forEach((number, spot) -> warnings.warning(spot.line(), "footnote marker " + number + " has no footnote"));
        return passages;
    }

    private static void spots(String text, List<Markup.Anchor> found, String passage, int line,
                              Map<Integer, Spot> anchors, Warnings warnings) {
        for (Markup.Anchor a : found) {
            Spot spot = new Spot(passage, GraphWriter.cp(text, a.offset()), line);
            if (anchors.putIfAbsent(a.number(), spot) != null) {
                warnings.warning(line, "footnote marker " + a.number() + " appears again; the first is kept");
            }
        }
    }

    private static Map<Integer, String> redactions(GraphWriter g, String doc, Layer layer, String accessDecision,
                                                   Map<Layer.Block, String> paragraphs, Map<Integer, Spot> anchors,
                                                   Warnings warnings) {
        Map<Integer, String> withheld = new HashMap<>();
        List<Layer.Redaction> ordered = new ArrayList<>(layer.redactions);
        ordered.sort((a, b) -> Integer.compare(a.line(), b.line()));
        int n = 0;
        for (Layer.Redaction r : ordered) {
            String iri = doc + "/redaction/" + (++n);
            g.type(iri, Plo.Redaction);
            g.iri(iri, DCTerms.isPartOf, doc);
            g.integer(iri, Plo.order, n);
            g.text(iri, Plo.marker, r.marker());
            if (r.untilPage() != null) {
                g.integer(iri, Plo.untilPage, r.untilPage());
            }
            if (r.toEnd()) {
                g.bool(iri, Plo.untilEndOfDocument, true);
            }
            if (r.after() != null && paragraphs.containsKey(r.after())) {
                g.iri(iri, Plo.after, paragraphs.get(r.after()));
            }
            if (accessDecision != null) {
                g.iri(iri, Plo.accessDecision, accessDecision);
            }
            if (r.footnote() != null) {
                withheld.put(r.footnote(), iri);
            }
            spots(r.marker(), r.anchors(), iri, r.line(), anchors, warnings);
        }
        return withheld;
    }
}
