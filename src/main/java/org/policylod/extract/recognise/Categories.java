package org.policylod.extract.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import org.policylod.extract.model.EntityKind;
import org.policylod.extract.model.Mention;
import org.policylod.extract.model.Passage;
import org.policylod.extract.text.Sentences;
import org.policylod.extract.write.GraphWriter;
import org.policylod.rdf.Plo;

/**
 * Categories of missions a document enumerates: "(1) missions that ... (A and B); (2) missions
 * that ... (C)". Each becomes a concept of the document's own scheme, with its definition as
 * written and the missions it lists; "(category 2)" later assigns missions again, and "with the
 * exception of X" after "the latter" (or "category n") excludes X from that category. A
 * reference to no particular category is left unresolved.
 */
final class Categories implements Recogniser {
    private static final Pattern ENUMERATOR = Pattern.compile("\\((\\d{1,2})\\)\\s+");
    private static final Pattern CATEGORY = Pattern.compile("\\(\\s*category\\s+(\\d{1,2})\\s*\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern EXCEPT = Pattern.compile("\\b(?:with\\s+the\\s+exception\\s+of|except(?:\\s+for)?|excluding)\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WHICH = Pattern.compile("\\b(?:the\\s+(latter|former)|category\\s+(\\d{1,2}))\\b",
            Pattern.CASE_INSENSITIVE);

    @Override
    public void recognise(Document doc, Mentions mentions) {
        Scan c = new Scan(doc, mentions);
        for (Passage p : doc.passages()) {
            if (p.kind() == Passage.Kind.PARAGRAPH) {
                c.enumeration(p);
            }
        }
        if (c.categories.isEmpty()) {
            return;
        }
        for (Passage p : doc.passages()) {
            c.references(p);
        }
    }

    /** One document's categories, by number. */
    private static final class Scan {
        private final Document doc;
        private final Mentions mentions;
        private final Map<Integer, String> categories = new TreeMap<>();

        Scan(Document doc, Mentions mentions) {
            this.doc = doc;
            this.mentions = mentions;
        }

        private void enumeration(Passage p) {
            String text = p.text();
            if (!text.contains("(1)")) {
                return;
            }
            List<Matcher> found = new ArrayList<>();
            Matcher m = ENUMERATOR.matcher(text);
            int expected = 1;
            while (m.find()) {
                if (Integer.parseInt(m.group(1)) == expected) {
                    found.add(ENUMERATOR.matcher(text).region(m.start(), text.length()));
                    found.get(found.size() - 1).find();
                    expected++;
                }
            }
            if (found.size() < 2) {
                return;
            }
            Sentences ss = doc.evidence().sentences(p);
            List<Mention> ms = mentions.in(p);
            for (int i = 0; i < found.size(); i++) {
                int start = found.get(i).end();
                int end = i + 1 < found.size() ? found.get(i + 1).start() : ss.end(ss.index(start));
                List<Mention> missions = new ArrayList<>();
                for (Mention mm : ms) {
                    if (mm.kind() == EntityKind.MISSION && mm.start() >= start && mm.end() <= end) {
                        missions.add(mm);
                    }
                }
                if (missions.isEmpty()) {
                    continue;
                }
                int n = i + 1;
                String iri = concept(n, definition(text, start, missions.get(0).start()));
                for (Mention mission : missions) {
                    doc.evidence().assertion(mission.iri(), Plo.missionCategory, iri, mission);
                }
            }
        }

        /** The words defining a category: from its number to the bracket that lists its missions. */
        private static String definition(String text, int start, int firstMission) {
            int open = text.lastIndexOf('(', firstMission);
            int end = open >= start ? open : firstMission;
            return text.substring(start, end).replaceAll("[\\s;,]+(?:and|or)?[\\s;,]*$", "").strip();
        }

        private String concept(int n, String definition) {
            GraphWriter g = doc.graph();
            String scheme = doc.iri() + "/mission-categories";
            String iri = doc.iri() + "/mission-category/" + n;
            if (categories.putIfAbsent(n, iri) == null) {
                g.type(scheme, SKOS.ConceptScheme);
                g.iri(scheme, DCTerms.source, doc.iri());
                g.type(iri, SKOS.Concept);
                g.type(iri, Plo.MissionCategory);
                g.text(iri, SKOS.notation, Integer.toString(n));
                g.iri(iri, SKOS.inScheme, scheme);
                g.en(iri, SKOS.definition, definition);
            }
            return iri;
        }

        /** "(category 1)" after missions, and exclusions from a category named in the same sentence. */
        private void references(Passage p) {
            String text = p.text();
            if (!text.contains("ategory") && !text.contains("xcept") && !text.contains("xclud")) {
                return;
            }
            List<Mention> ms = mentions.in(p);
            Sentences ss = doc.evidence().sentences(p);
            Matcher m = CATEGORY.matcher(text);
            int from = 0;
            while (m.find()) {
                String iri = categories.get(Integer.parseInt(m.group(1)));
                int s = ss.start(ss.index(m.start()));
                int clause = Math.max(Math.max(from, s), text.lastIndexOf(';', m.start()) + 1);
                from = m.end();
                if (iri == null) {
                    doc.warn(p, "\"" + m.group() + "\" names a category the document does not enumerate");
                    continue;
                }
                for (Mention mm : ms) {
                    if (mm.kind() == EntityKind.MISSION && mm.start() >= clause && mm.end() <= m.start()) {
                        doc.evidence().assertion(mm.iri(), Plo.missionCategory, iri, mm);
                    }
                }
            }
            Matcher x = EXCEPT.matcher(text);
            while (x.find()) {
                Mention excluded = null;
                for (Mention mm : ms) {
                    if (mm.kind() == EntityKind.MISSION && mm.start() >= x.end()
                            && text.substring(x.end(), mm.start()).matches("\\s*(?:the\\s+)?")) {
                        excluded = mm;
                    }
                }
                if (excluded == null) {
                    continue;
                }
                int si = ss.index(x.start());
                Matcher w = WHICH.matcher(text.substring(ss.start(si), x.start()));
                String iri = null;
                while (w.find()) {
                    iri = w.group(1) != null
                            ? (w.group(1).equalsIgnoreCase("latter") ? last() : categories.values().iterator().next())
                            : categories.get(Integer.parseInt(w.group(2)));
                }
                if (iri == null) {
                    doc.warn(p, "an exclusion (\"" + x.group().strip() + " " + excluded.exact()
                            + "\") names no category; left unresolved");
                    continue;
                }
                doc.evidence().assertion(iri, Plo.excludes, excluded.iri(), excluded);
            }
        }

        private String last() {
            String last = null;
            for (String v : categories.values()) {
                last = v;
            }
            return last;
        }
    }
}
