package org.policylod.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;
import org.policylod.extract.knowledge.Knowledge;
import org.policylod.extract.model.EntityKind;
import org.policylod.extract.model.Identifiers;
import org.policylod.extract.model.Mention;
import org.policylod.extract.model.Passage;
import org.policylod.extract.model.Ref;
import org.policylod.extract.text.Fold;
import org.policylod.extract.text.Markup;
import org.policylod.extract.text.Phrase;
import org.policylod.extract.write.Documents;
import org.policylod.extract.write.GraphWriter;
import org.policylod.rdf.Plo;
import org.policylod.rdf.Uris;

/**
 * Named policy instruments and the documents prose names by kind. A name is found around a keyword
 * of the ontology ("Strategy"), typed by the keyword's class, tied to the document its footnote
 * identifies, and one instrument keeps one URI however it is spelt. "The Strategy" is resolved to
 * the last instrument of that kind named in the same section, or left unresolved; "this" never
 * resolves.
 */
final class Instruments {
    private static final Pattern QUALIFIER = Pattern.compile("(?i)\\b(the)\\s+(?:(new|recent|renewed|same|above|(\\d{4}))\\s+)?$");
    private static final Set<String> IGNORED = Set.of("eu", "the", "'", "s", "-");

    /** A named instrument of this document: its class, name tokens and the document it is published in. */
    private record Known(String iri, Resource type, List<String> words, String publishedIn) {
    }

    private final Recognition r;
    private final GraphWriter g;
    private final Knowledge k;
    private final List<Known> known = new ArrayList<>();
    private final Map<String, Resource> classes = new HashMap<>();
    /** Per section (or footnote): entities of a kind, in the order named. */
    private final Map<String, List<Mention>> seen = new HashMap<>();

    private Instruments(Recognition r) {
        this.r = r;
        this.g = r.graph();
        this.k = r.knowledge();
    }

    static void run(Recognition r, List<Passage> passages) {
        if (!r.knowledge().hasKeywords()) {
            return;
        }
        Instruments in = new Instruments(r);
        for (Passage p : passages) {
            in.passage(p);
        }
    }

    private void passage(Passage p) {
        String text = p.text();
        List<Fold.Token> t = Fold.tokens(text);
        String[] lower = new String[t.size()];
        for (int i = 0; i < lower.length; i++) {
            lower[i] = t.get(i).text().toLowerCase(Locale.ROOT);
        }
        List<Mention> ms = r.mentions.get(p);
        List<Mention> scope = seen.computeIfAbsent(p.kind() == Passage.Kind.FOOTNOTE ? p.iri() : p.container(),
                x -> new ArrayList<>());
        List<Mention> added = new ArrayList<>();
        List<Mention> before = new ArrayList<>(ms);
        before.sort((a, b) -> Integer.compare(a.start(), b.start()));
        int next = 0;
        int consumed = 0;
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).start() < consumed) {
                continue;
            }
            for (Knowledge.Keyword kw : k.keywordsStartingWith(lower[i])) {
                int e = match(lower, i, kw.words());
                if (e < 0) {
                    continue;
                }
                int s0 = t.get(i).start();
                int e0 = t.get(e).end();
                if (ms.stream().anyMatch(m -> m.overlaps(s0, e0))) {
                    consumed = e0;
                    break;
                }
                while (next < before.size() && before.get(next).start() < s0) {
                    scope.add(before.get(next++));
                }
                int start = t.get(Phrase.prefix(t, i, text)).start();
                int end = Phrase.complement(t, e, text, p.anchors());
                boolean capital = Character.isUpperCase(t.get(i).text().charAt(0));
                // "Global Strategy", "Strategy on ...", and in lower case only a full name: "EU action plan against ..."
                boolean named = capital ? start < s0 || end > e0 : start < s0 && end > e0;
                Mention m = named ? named(p, start, end, kw.type())
                        : capital ? anaphor(p, s0, e0, kw.type(), scope) : null;
                if (m != null) {
                    Mention name = m;
                    ms.removeIf(x -> x.overlaps(name.start(), name.end()));
                    scope.removeIf(x -> x.passage() == p && x.overlaps(name.start(), name.end()));
                    added.add(m);
                    scope.add(m);
                    consumed = m.end();
                } else {
                    consumed = e0;
                }
                break;
            }
        }
        while (next < before.size()) {
            scope.add(before.get(next++));
        }
        ms.addAll(added);
        ms.sort((a, b) -> Integer.compare(a.start(), b.start()));
        for (Mention m : ms) {
            tie(p, m);
        }
    }

    private static int match(String[] lower, int i, String[] words) {
        if (i + words.length > lower.length) {
            return -1;
        }
        for (int j = 0; j < words.length; j++) {
            if (!lower[i + j].equals(words[j])) {
                return -1;
            }
        }
        return i + words.length - 1;
    }

    private Mention named(Passage p, int start, int end, Resource type) {
        String text = p.text();
        String name = text.substring(start, end).replaceAll("\\s+", " ");
        Ref ref = source(p, end);
        String doc = ref == null ? null : Documents.iri(g, ref);
        if (!k.instrument(type)) {
            if (ref == null || !ref.types().contains(type)) {
                return null;
            }
            classes.put(doc, type);
            return new Mention(p, start, end, doc, EntityKind.DOCUMENT, type);
        }
        String iri = resolve(name, type, doc);
        classes.put(iri, type);
        return new Mention(p, start, end, iri, EntityKind.INSTRUMENT, type);
    }

    /**
     * The document a name ending at {@code end} is tied to: the first identifier of the footnote
     * whose marker follows it in the same clause, or in a footnote the identifier right after it.
     */
    private Ref source(Passage p, int end) {
        Markup.Anchor anchor = anchor(p, end);
        if (anchor != null) {
            for (Ref ref : r.footnoteRefs.getOrDefault(anchor.number(), List.of())) {
                if (ref.partOf() == null) {
                    return ref;
                }
            }
            return null;
        }
        return p.kind() == Passage.Kind.FOOTNOTE ? inline(p, end) : null;
    }

    /** The footnote marker that belongs to a name ending at {@code end}: no other name stands between. */
    private Markup.Anchor anchor(Passage p, int end) {
        Markup.Anchor a = Phrase.anchorAfter(p.text(), end, p.anchors());
        if (a == null) {
            return null;
        }
        for (Mention m : r.mentions.get(p)) {
            if (m.start() >= end && m.start() < a.offset()
                    && (m.kind() == EntityKind.INSTRUMENT || m.kind() == EntityKind.DOCUMENT)) {
                return null;
            }
        }
        return a;
    }

    /** Records what the text says of a named instrument: the document publishing it, the footnote citing it. */
    private void tie(Passage p, Mention m) {
        if (m.kind() != EntityKind.INSTRUMENT || k.isKeyword(m.exact().toLowerCase(Locale.ROOT))) {
            return;
        }
        Markup.Anchor anchor = anchor(p, m.end());
        if (anchor != null && r.footnoteRefs.containsKey(anchor.number())) {
            g.iri(r.doc() + "/footnote/" + anchor.number(), org.policylod.rdf.Vocab.cites, m.iri());
        }
        Ref ref = source(p, m.end());
        if (ref != null) {
            r.evidence().assertion(m.iri(), Plo.publishedIn, Documents.iri(g, ref), m);
        }
    }

    /** In a footnote, "The EU Security Union Strategy, COM(2020) 605 final": the identifier after the name. */
    private Ref inline(Passage p, int end) {
        for (Ref ref : Identifiers.find(p.text())) {
            if (ref.start() >= end && p.text().substring(end, ref.start()).matches("[\\s,:]*")) {
                return ref;
            }
        }
        return null;
    }

    /** One instrument per name, per publishing document and per shortened name of a known one. */
    private String resolve(String name, Resource type, String doc) {
        List<String> words = words(name);
        for (Known kn : known) {
            if (!kn.type().equals(type)) {
                continue;
            }
            boolean sameDoc = doc != null && doc.equals(kn.publishedIn());
            boolean otherDoc = doc != null && kn.publishedIn() != null && !sameDoc;
            if (sameDoc || (!otherDoc && (startsWith(kn.words(), words) || startsWith(words, kn.words())))) {
                if (doc != null && kn.publishedIn() == null) {
                    known.set(known.indexOf(kn), new Known(kn.iri(), type, kn.words(), doc));
                }
                return kn.iri();
            }
        }
        String iri = Uris.instrument(g.base, name);
        g.type(iri, type);
        g.en(iri, SKOS.prefLabel, name);
        known.add(new Known(iri, type, words, doc));
        return iri;
    }

    private static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (Fold.Token t : Fold.tokens(name)) {
            String w = t.text().toLowerCase(Locale.ROOT);
            if (!IGNORED.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static boolean startsWith(List<String> whole, List<String> part) {
        return !part.isEmpty() && whole.size() >= part.size() && whole.subList(0, part.size()).equals(part);
    }

    /** "the Strategy", "The 2017 Communication": the last of that kind named in the section. */
    private Mention anaphor(Passage p, int s, int e, Resource type, List<Mention> scope) {
        Matcher q = QUALIFIER.matcher(p.text().substring(0, s));
        if (!q.find()) {
            return null;
        }
        String year = q.group(3);
        for (int i = scope.size() - 1; i >= 0; i--) {
            Mention m = scope.get(i);
            Resource c = classes.computeIfAbsent(m.iri(), x -> m.type());
            if (type.equals(c) && (year == null || m.iri().contains("-" + year + "-")
                    || published(m.iri()).contains("-" + year + "-"))) {
                return new Mention(p, s, e, m.iri(), m.kind(), c);
            }
        }
        return null;
    }

    private String published(String iri) {
        for (Known kn : known) {
            if (kn.iri().equals(iri) && kn.publishedIn() != null) {
                return kn.publishedIn();
            }
        }
        return "";
    }
}
