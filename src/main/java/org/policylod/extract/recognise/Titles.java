package org.policylod.extract.recognise;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.policylod.extract.knowledge.IdentifierForms;
import org.policylod.extract.knowledge.Knowledge;
import org.policylod.extract.knowledge.WorkNames;
import org.policylod.extract.model.EntityKind;
import org.policylod.extract.model.Mention;
import org.policylod.extract.model.Passage;
import org.policylod.extract.model.Ref;
import org.policylod.extract.text.DateWords;
import org.policylod.extract.text.Markup;
import org.policylod.extract.text.Phrase;
import org.policylod.extract.write.Documents;
import org.policylod.extract.write.GraphWriter;
import org.policylod.rdf.Plo;
import org.policylod.rdf.Uris;
import org.policylod.rdf.Vocab;

/**
 * Works a text names without an identifier, each a work of its own ({@code id/document/{slug of
 * its name}}, its name as written its {@code eli:id_local} and label): "the Conclusions setting
 * the 2022-2025 EU priorities ..." and "the mini-concept on organised crime" (a keyword of
 * {@code cues.ttl} and a complement to the end of the clause); a quoted title after a possessive or
 * a title cue (the EU's "lessons and best practices ..."); a bibliographic footnote ("The CSDP in
 * 2020 - ..., chapter 6, (2020). EU Institute for Security Studies.": title, year, publisher); and
 * the curated work coordinated with a convention ("the Geneva Refugee Convention and Protocol").
 * Labels inside such a name stay mentions of their own.
 */
final class Titles implements Recogniser {
    private static final int MAX_WORDS = 30;
    private static final Pattern QUOTE = Pattern.compile("[\"“]([^\"“”]{3,300})[\"”]");
    private static final Pattern POSSESSIVE = Pattern.compile("\\p{L}(?:'s|’s|s'|s’)\\s+$");
    private static final Pattern YEAR = Pattern.compile("\\((\\d{4})\\)");
    private static final String DAY = "\\d{1,2}(?:\\s+(?i:January|February|March|April|May|June|July|August|September"
            + "|October|November|December)(?:\\s+\\d{4})?)?";
    /** "of 12 October 2015 and 12 May 2016", "of 25 and 26 June", then perhaps " on ..." (group 3). */
    private static final Pattern DATED = Pattern.compile("\\s+of\\s+(" + DAY + "(?:\\s*(?:,|and)\\s*" + DAY + ")*)"
            + "(?=\\s*$|(\\s+(on)\\s)|[^\\p{L}\\d])");
    private static final Pattern FULL_DATE = Pattern.compile("\\d{1,2}\\s+\\p{L}+\\s+\\d{4}");
    private static final Pattern COORDINATED = Pattern.compile("^\\s+and\\s+(?:its\\s+|the\\s+)?(\\p{Lu}\\p{L}+)\\b");

    private final WorkNames names;
    private final IdentifierForms forms;
    private final Pattern keyword;
    private final Pattern titleCue;
    private final Pattern part;

    Titles(Knowledge k) {
        this.names = WorkNames.of(k);
        this.forms = k.identifierForms;
        String kws = names.keywords.stream().map(w -> Pattern.quote(w.text())).collect(Collectors.joining("|"));
        String openers = names.openers.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        // "the" or a capitalised name before the keyword, an opener after it; never a plural ("mini-concepts")
        this.keyword = kws.isEmpty() ? null : Pattern.compile("(?i)(?<![\\p{L}-])(" + kws + ")(?![\\p{L}-])\\s+(?:"
                + openers + ")\\s");
        this.titleCue = Pattern.compile("(?i)\\b(?:" + names.titleCues.stream().map(Pattern::quote)
                .collect(Collectors.joining("|")) + ")\\s+$");
        this.part = Pattern.compile("(?i),\\s+(?:\\(\\d{4}\\)|(?:" + names.partWords.stream().map(Pattern::quote)
                .collect(Collectors.joining("|")) + ")(?![\\p{L}]))");
    }

    @Override
    public void recognise(Document doc, Mentions mentions) {
        for (Passage p : doc.passages()) {
            List<Mention> ms = mentions.in(p);
            List<Mention> added = new ArrayList<>();
            if (p.kind() != Passage.Kind.HEADING && keyword != null) {
                keywords(doc, p, ms, added);
            }
            quoted(doc, p, ms, added);
            if (p.kind() == Passage.Kind.FOOTNOTE && mentions.footnoteRefs(p.order()).isEmpty()) {
                bibliographic(doc, p, ms, added);
            }
            companions(doc, p, ms, added);
            ms.addAll(added);
        }
    }

    /** "the Conclusions setting ...", "European Council conclusions of 25 and 26 June". */
    private void keywords(Document doc, Passage p, List<Mention> ms, List<Mention> added) {
        GraphWriter g = doc.graph();
        String text = p.text();
        Matcher m = keyword.matcher(text);
        while (m.find()) {
            String before = text.substring(0, m.start());
            int start = nameStart(before, m.start());
            if (start < 0 || covered(ms, m.start(), m.end()) || covered(added, m.start(), m.end())) {
                continue;
            }
            int end = clauseEnd(text, m.end(), p.anchors());
            Resource type = names.keywords.stream().filter(w -> w.text().equals(m.group(1).toLowerCase(Locale.ROOT)))
                    .findFirst().orElseThrow().type();
            Matcher dated = DATED.matcher(text).region(m.end(1), end);
            if (dated.lookingAt()) {
                // "conclusions of 12 May 2016 [on ...]": the dates end the name unless "on" goes on; two full
                // dates ("of 12 October 2015 and 12 May 2016") are two works
                end = dated.group(3) != null ? end : dated.end(1);
                List<LocalDate> days = new ArrayList<>();
                Matcher d = FULL_DATE.matcher(dated.group(1));
                while (d.find()) {
                    days.add(DateWords.parse(d.group()));
                }
                if (days.size() > 1 && dated.group(3) == null) {
                    String head = text.substring(start, m.end(1));
                    for (LocalDate day : days) {
                        Mention w = work(doc, p, start, end, head + " of " + DateWords.format(day), type);
                        g.date(w.iri(), Vocab.dateDocument, day);
                        added.add(w);
                    }
                    continue;
                }
                String name = text.substring(start, end).strip();
                LocalDate day = days.size() == 1 ? days.get(0) : null;
                // one work per kind and day, however its topic is written after the date
                String key = day == null ? name : text.substring(start, m.end(1)) + " of " + DateWords.format(day);
                Mention w = work(doc, p, start, start + name.length(), name, key, type);
                if (day != null) {
                    g.date(w.iri(), Vocab.dateDocument, day);
                }
                added.add(w);
                continue;
            }
            String name = text.substring(start, end).strip();
            if (end <= m.end() || name.split("\\s+").length > MAX_WORDS) {
                continue;
            }
            added.add(work(doc, p, start, start + name.length(), name, type));
        }
    }

    /** Where a name ends leftwards: after "the", or at the first of the capitalised words before it; -1 for none. */
    private static int nameStart(String before, int at) {
        if (before.matches("(?s).*\\b[Tt]he\\s+$")) {
            return at;
        }
        Matcher c = Pattern.compile("((?:\\p{Lu}[\\p{L}-]*\\s+)+)$").matcher(before);
        if (c.find()) {
            String first = c.group(1).split("\\s+")[0].toLowerCase(Locale.ROOT);
            return Phrase.DETERMINERS.contains(first) ? -1 : c.start(1);
        }
        return -1;
    }

    /** The end of a clause from {@code from}: punctuation, a quote, a footnote marker or the text's end. */
    private static int clauseEnd(String text, int from, List<Markup.Anchor> anchors) {
        int end = text.length();
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Phrase.CLAUSE_BREAK.indexOf(c) >= 0 || c == '.' && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
                end = i;
                break;
            }
        }
        for (Markup.Anchor a : anchors) {
            if (a.offset() >= from && a.offset() < end) {
                end = a.offset();
            }
        }
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** In line with the EU's "lessons and best practices of ...": a title, not a quotation. */
    private void quoted(Document doc, Passage p, List<Mention> ms, List<Mention> added) {
        GraphWriter g = doc.graph();
        String text = p.text();
        Matcher q = QUOTE.matcher(text);
        while (q.find()) {
            String before = text.substring(0, q.start());
            String title = q.group(1).strip();
            String after = text.substring(q.end());
            boolean cued = POSSESSIVE.matcher(before).find() || titleCue.matcher(before).find();
            // a title ends its phrase ("...", they must); a quoted adjective ("Do No Harm" approach) does not
            boolean closes = after.isEmpty() || ",.;:)".indexOf(after.charAt(0)) >= 0;
            if (cued && closes && title.split("\\s+").length >= 3 && !title.startsWith("[")
                    && !covered(ms, q.start(1), q.end(1)) && !covered(added, q.start(1), q.end(1))) {
                int s = q.start(1) + (q.group(1).length() - q.group(1).stripLeading().length());
                added.add(work(doc, p, s, s + title.length(), title, Plo.Publication));
            }
        }
    }

    /** A footnote that is a reference to a publication: title, a part, the year, the publisher. */
    private void bibliographic(Document doc, Passage p, List<Mention> ms, List<Mention> added) {
        GraphWriter g = doc.graph();
        String text = p.text();
        Matcher y = YEAR.matcher(text);
        Matcher cut = part.matcher(text);
        if (!y.find() || !cut.find() || cut.start() > y.start()) {
            return;
        }
        Mention publisher = null;
        for (Mention m : ms) {
            if (m.kind() == EntityKind.ORGANISATION && m.start() > y.end()
                    && text.substring(m.end()).strip().matches("\\.?")) {
                publisher = m;
            }
        }
        String title = text.substring(0, cut.start()).strip();
        if (publisher == null || title.split("\\s+").length < 3 || covered(ms, 0, cut.start())) {
            return;
        }
        Mention work = work(doc, p, 0, title.length(), title, Plo.Publication);
        g.iri(work.iri(), Vocab.publisherAgent, publisher.iri());
        g.year(work.iri(), DCTerms.date, Integer.parseInt(y.group(1)), 0);
        added.add(work);
    }

    /** "Art. 33 of the Geneva Refugee Convention and Protocol": the curated work that complements it. */
    private void companions(Document doc, Passage p, List<Mention> ms, List<Mention> added) {
        GraphWriter g = doc.graph();
        for (Mention m : ms) {
            if (m.kind() != EntityKind.DOCUMENT) {
                continue;
            }
            Matcher c = COORDINATED.matcher(p.text().substring(m.end()));
            if (!c.find()) {
                continue;
            }
            String head = c.group(1).toLowerCase(Locale.ROOT);
            for (WorkNames.Companion w : names.companions(g.unbase(m.iri()))) {
                int s = m.end() + c.start(1);
                if (w.head().equals(head) && !covered(ms, s, m.end() + c.end(1))) {
                    added.add(new Mention(p, s, m.end() + c.end(1), g.rebase(w.iri()), EntityKind.DOCUMENT, w.type()));
                    break;
                }
            }
        }
    }

    private Mention work(Document doc, Passage p, int start, int end, String name, Resource type) {
        return work(doc, p, start, end, name, name, type);
    }

    /** The work named {@code key} (its slug), as written first its identifier and label; the mention keeps how this passage writes it. */
    private Mention work(Document doc, Passage p, int start, int end, String name, String key, Resource type) {
        GraphWriter g = doc.graph();
        String clean = name.replaceAll("\\s+", " ");
        Ref ref = new Ref(Uris.slug(key.replaceAll("\\s+", " ")), clean, List.of(Vocab.Work, type), null, null, null, null,
                start, end);
        String iri = Documents.describe(g, ref, forms, doc.stated());
        Documents.label(g, iri, clean);
        return new Mention(p, start, end, iri, EntityKind.DOCUMENT, type);
    }

    /** Whether a document or instrument already named covers the span. */
    private static boolean covered(List<Mention> ms, int s, int e) {
        return ms.stream().anyMatch(m -> m.overlaps(s, e)
                && (m.kind() == EntityKind.DOCUMENT || m.kind() == EntityKind.INSTRUMENT));
    }
}
