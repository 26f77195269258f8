package org.policylod.extract.recognise;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policylod.extract.knowledge.Knowledge;
import org.policylod.extract.knowledge.WorkNames;
import org.policylod.extract.model.EntityKind;
import org.policylod.extract.model.Mention;
import org.policylod.extract.model.Passage;
import org.policylod.extract.text.Markup;
import org.policylod.extract.text.Sentences;
import org.policylod.rdf.Plo;
import org.policylod.rdf.Vocab;

/**
 * Official Journal references tied to the act they publish, where the text names it: the act whose
 * footnote marker carries a footnote that opens with the reference ("Decision 2012/392/CFSP(1)" /
 * "(1) OJ L 187, 17.7.2012, p. 48."), or the act named before the reference in its sentence with no
 * other document between ("Directive 2011/36/EU ... (OJ L 101, 15.4.2011, p. 1)"). The act gets
 * {@code plo:journalReference} as the Journal cites itself and the issue's date as
 * {@code eli:date_publication}. A reference the text ties to no act is left alone.
 */
final class Journals implements Recogniser {
    /** "OJ L 187, 17.7.2012, p. 48", "OJ C 326, 26.10.2012, p. 13", "OJ L 101, 15.4.2011, p. 1–11". */
    static final Pattern OJ = Pattern.compile(
            "\\bOJ\\s+([LC])(?:\\s+([IVX]+|[A-Z]))?\\s+(\\d{1,4})\\s*,\\s*(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\s*,\\s*p\\.\\s*(\\d{1,4})");

    private final WorkNames names;

    Journals(Knowledge k) {
        this.names = WorkNames.of(k);
    }

    @Override
    public void recognise(Document doc, Mentions mentions) {
        for (Passage p : doc.passages()) {
            Matcher m = OJ.matcher(p.text());
            while (m.find()) {
                Mention act = inSentence(mentions.in(p), p.text(), m.start());
                if (act == null && p.kind() == Passage.Kind.FOOTNOTE && p.text().substring(0, m.start()).isBlank()) {
                    act = marked(doc, mentions, p.order());
                }
                if (act != null && !act.iri().equals(doc.iri())) {
                    write(doc, p, act.iri(), m);
                }
            }
        }
    }

    /** The last act named before {@code at} in the same sentence, with no other document between. */
    private Mention inSentence(List<Mention> ms, String text, int at) {
        Sentences s = Sentences.of(text);
        int sentence = s.start(s.index(at));
        Mention last = null;
        for (Mention m : ms) {
            if (m.end() <= at && m.start() >= sentence && m.kind() == EntityKind.DOCUMENT) {
                last = m;
            }
        }
        return last != null && names.act(last.type()) ? last : null;
    }

    /** The act right before the marker of footnote {@code number}, in the passage that carries it. */
    private Mention marked(Document doc, Mentions mentions, int number) {
        for (Passage q : doc.passages()) {
            for (Markup.Anchor a : q.anchors()) {
                if (a.number() != number || q.kind() == Passage.Kind.FOOTNOTE && q.order() == number) {
                    continue;
                }
                Mention before = null;
                for (Mention m : mentions.in(q)) {
                    if (m.end() <= a.offset() && m.kind() == EntityKind.DOCUMENT) {
                        before = m;
                    }
                }
                if (before != null && names.act(before.type()) && a.equals(Sources.anchor(mentions, q, before.end()))) {
                    return before;
                }
            }
        }
        return null;
    }

    private static void write(Document doc, Passage p, String act, Matcher m) {
        String ref = "OJ " + m.group(1) + (m.group(2) == null ? "" : " " + m.group(2)) + " " + m.group(3) + ", "
                + Integer.parseInt(m.group(4)) + "." + Integer.parseInt(m.group(5)) + "." + m.group(6) + ", p. " + m.group(7);
        doc.graph().text(act, Plo.journalReference, ref);
        try {
            LocalDate issue = LocalDate.of(Integer.parseInt(m.group(6)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(4)));
            if (doc.stated().date(act, Vocab.datePublication.getURI())) {
                doc.graph().date(act, Vocab.datePublication, issue);
            }
        } catch (DateTimeException e) {
            doc.warn(p, "Official Journal reference with an impossible date: " + m.group());
        }
    }
}
