package org.policylod.extract.recognise;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.DCTerms;
import org.policylod.extract.knowledge.Knowledge;
import org.policylod.extract.model.EntityKind;
import org.policylod.extract.model.Mention;
import org.policylod.extract.model.Passage;
import org.policylod.extract.model.Ref;
import org.policylod.extract.text.DateWords;
import org.policylod.extract.text.Markup;
import org.policylod.extract.text.Phrase;
import org.policylod.rdf.Vocab;

/**
 * The dates the text states next to a document or instrument it names: right after the name or
 * identifier ("COM(2020) 609 final, adopted on 23 September 2020", "Directive 2011/36/EU of the
 * European Parliament and of the Council of 5 April 2011", a quoted title then ", 28 June 2016",
 * "issued the Joint Communication "…" on 23 November 2021"), or opening the footnote whose marker
 * the name carries ("Adopted on 19 November 2018 by the Council"). A document's date is its
 * {@code eli:date_document}, an instrument's its {@code dcterms:date} (instruments are no ELI works);
 * the first date stated in the source file wins ({@code model.Stated}).
 */
final class Dates implements Recogniser {
    private static final String DATE = "(\\d{1,2}\\s+\\p{L}+\\s+\\d{4})";
    /** After a name: a closing quote, then ", [adopted on] D", " adopted on D", or "[of the X [and of the Y]] of D". */
    private static final Pattern AFTER = Pattern.compile("^[\"”’']?(?:\\s*,\\s*(?:adopted\\s+on\\s+)?|\\s+adopted\\s+on\\s+"
            + "|(?:\\s+(?:and\\s+)?of\\s+the(?:\\s+\\p{Lu}\\p{L}*)+)*\\s+of\\s+)" + DATE);
    private static final Pattern ON = Pattern.compile("^[\"”’']?\\s+on\\s+" + DATE);

    /** A month opening the clause: "In May 2021, the Council adopted the Conclusions ...". */
    private static final Pattern MONTH = Pattern.compile("(?i)\\bin\\s+(january|february|march|april|may|june|july|august"
            + "|september|october|november|december)\\s+(\\d{4}),?\\s+[^.;,]*?$");

    private final Knowledge k;
    private final Pattern made;
    private final Pattern opening;

    Dates(Knowledge k) {
        this.k = k;
        String verbs = String.join("|", k.cues().makingVerbs);
        this.made = Pattern.compile("(?i)\\b(?:" + verbs + ")\\s+(?:(?:the|a|an|its|their)\\s+)?(?:(?:new|renewed|revised)\\s+)?$");
        this.opening = Pattern.compile("(?i)^(?:" + verbs + ")\\s+(?:on\\s+)?" + DATE);
    }

    @Override
    public void recognise(Document doc, Mentions mentions) {
        if (k.cues().makingVerbs.isEmpty()) {
            return;
        }
        for (Passage p : doc.passages()) {
            for (Mention m : mentions.in(p)) {
                mention(doc, mentions, p, m);
            }
        }
    }

    private void mention(Document doc, Mentions mentions, Passage p, Mention m) {
        if ((m.kind() != EntityKind.DOCUMENT && m.kind() != EntityKind.INSTRUMENT) || m.iri().equals(doc.iri())
                || k.keywords().contains(m.exact().toLowerCase(Locale.ROOT))) {
            return; // "the Strategy" refers back: a date after it is not stated next to the name
        }
        String text = p.text();
        String after = text.substring(m.end());
        Matcher a = AFTER.matcher(after);
        Matcher on = ON.matcher(after);
        if (a.find()) {
            date(doc, m, a.group(1));
        } else if (on.find() && made.matcher(text.substring(0, m.start())).find()) {
            date(doc, m, on.group(1));
        } else {
            Passage note = footnote(mentions, p, m);
            Matcher o = note == null ? null : opening.matcher(note.text());
            if (o != null && o.find()) {
                date(doc, m, o.group(1));
            } else {
                month(doc, text.substring(0, m.start()), m);
            }
        }
    }

    /** "In May 2021, the Council adopted the X": the month, at its precision (xsd:gYearMonth, dcterms:date). */
    private void month(Document doc, String before, Mention m) {
        Matcher in = MONTH.matcher(before);
        if (in.find() && made.matcher(before).find() && doc.stated().date(m.iri(), DCTerms.date.getURI())) {
            int month = java.time.Month.valueOf(in.group(1).toUpperCase(Locale.ROOT)).getValue();
            doc.graph().year(m.iri(), DCTerms.date, Integer.parseInt(in.group(2)), month);
        }
    }

    /**
     * The footnote whose marker follows the name in the same clause with no other name between,
     * when it identifies nothing itself (then its dates are those of the name).
     */
    private static Passage footnote(Mentions mentions, Passage p, Mention m) {
        Markup.Anchor a = Phrase.anchorAfter(p.text(), m.end(), p.anchors());
        List<Ref> refs = a == null ? null : mentions.footnoteRefsOrNull(a.number());
        if (refs == null || !refs.isEmpty() || Sources.nameBetween(mentions.in(p), m.end(), a.offset())) {
            return null;
        }
        return mentions.footnote(a.number());
    }

    private static void date(Document doc, Mention m, String words) {
        LocalDate d = DateWords.parse(words);
        Property p = m.kind() == EntityKind.INSTRUMENT ? DCTerms.date : Vocab.dateDocument;
        if (d != null && doc.stated().date(m.iri(), p.getURI())) {
            doc.graph().date(m.iri(), p, d);
        }
    }
}
