package org.policylod.extract.recognise;

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
import org.policylod.extract.knowledge.Keywords;
import org.policylod.extract.knowledge.Knowledge;
import org.policylod.extract.model.EntityKind;
import org.policylod.extract.model.Mention;
import org.policylod.extract.model.Passage;
import org.policylod.extract.model.Ref;
import org.policylod.extract.text.Fold;
import org.policylod.extract.text.Phrase;
import org.policylod.extract.write.Documents;
import org.policylod.extract.write.GraphWriter;
import org.policylod.rdf.Uris;

/**
 * Named policy instruments and the documents prose names by kind. A name is found around a keyword
 * of the ontology ("Strategy"), typed by the keyword's class, tied to the document its footnote
 * identifies, and one instrument keeps one URI however it is spelt. "The Strategy" is resolved to
 * the last instrument of that kind named in the same section, or left unresolved; "this" never
 * resolves.
 */
final class Instruments implements Recogniser {
    private static final Pattern QUALIFIER = Pattern.compile("(?i)\\b(the)\\s+(?:(new|recent|renewed|same|above|(\\d{4}))\\s+)?$");
    private static final Set<String> IGNORED = Set.of("eu", "the", "'", "s", "-");

    private final Knowledge k;

    Instruments(Knowledge k) {
        this.k = k;
    }

    @Override
    public void recognise(Document doc, Mentions mentions) {
        if (k.keywords().isEmpty()) {
            return;
        }
        Scan scan = new Scan(doc.graph(), mentions);
        for (Passage p : doc.passages()) {
            scan.passage(p);
        }
    }

    /** A named instrument of this document: its class, name tokens and the document it is published in. */
    private record Known(String iri, Resource type, List<String> words, String publishedIn) {
    }

    /** One document's scan: the instruments named so far, the class of each entity, what each section named. */
    private final class Scan {
        private final GraphWriter g;
        private final Mentions mentions;
        private final List<Known> known = new ArrayList<>();
        private final Map<String, Resource> classes = new HashMap<>();
        /** Per section (or footnote): entities of a kind, in the order named. */
        private final Map<String, List<Mention>> seen = new HashMap<>();

        Scan(GraphWriter g, Mentions mentions) {
            this.g = g;
            this.mentions = mentions;
        }

        void passage(Passage p) {
            String text = p.text();
            List<Fold.Token> t = Fold.tokens(text);
            String[] lower = new String[t.size()];
            for (int i = 0; i < lower.length; i++) {
                lower[i] = t.get(i).text().toLowerCase(Locale.ROOT);
            }
            List<Mention> ms = mentions.in(p);
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
                for (Keywords.Keyword kw : k.keywords().startingWith(lower[i])) {
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
        }

        private Mention named(Passage p, int start, int end, Resource type) {
            String name = p.text().substring(start, end).replaceAll("\\s+", " ");
            Ref ref = Sources.of(mentions, p, end);
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
}
