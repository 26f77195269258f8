package org.policylod.extract.recognise;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.SKOS;
import org.policylod.extract.knowledge.Knowledge;
import org.policylod.extract.knowledge.Lexicon;
import org.policylod.extract.model.EntityKind;
import org.policylod.extract.model.Mention;
import org.policylod.extract.model.Passage;
import org.policylod.extract.write.GraphWriter;
import org.policylod.rdf.Plo;
import org.policylod.rdf.Uris;

/**
 * CSDP missions and operations the reference data does not list, by their naming pattern: a prefix
 * of entities.ttl (EUCAP, EUTM, EUNAVFOR, ...) and a qualifier of one to three capitalised words
 * ("EUBAM Moldova", "EUNAVFOR MED Irini"). The prefix gives the kind, a country of the table in the
 * qualifier the host country; the URI is minted as the reference data mints mission URIs, from
 * the name. A name the reference data knows was found by the labels pass and is left alone.
 */
final class MissionNames implements Recogniser {
    /** A qualifier word: capitalised or in capitals, letters (a hyphen inside allowed). */
    private static final Pattern QUALIFIER = Pattern.compile("\\G\\s+(\\p{Lu}[\\p{L}]*(?:-\\p{Lu}?[\\p{L}]+)*)");

    private final Knowledge k;
    private final Pattern prefix;

    MissionNames(Knowledge k) {
        this.k = k;
        this.prefix = Pattern.compile("\\b(" + String.join("|", k.rules().missionPrefixes()) + ")\\b");
    }

    @Override
    public void recognise(Document doc, Mentions mentions) {
        for (Passage p : doc.passages()) {
            String text = p.text();
            Matcher m = prefix.matcher(text);
            while (m.find()) {
                int end = qualifier(text, m.end());
                if (end == m.end() || text.startsWith("-", m.end())) {
                    continue;
                }
                List<Mention> ms = mentions.in(p);
                int start = m.start();
                int stop = end;
                if (ms.stream().anyMatch(x -> x.overlaps(start, stop) && x.kind() != EntityKind.COUNTRY
                        && x.kind() != EntityKind.REGION)) {
                    continue; // a known mission, or an identifier or instrument the name is part of
                }
                String name = text.substring(start, stop).replaceAll("\\s+", " ");
                String iri = describe(doc, m.group(1), name);
                ms.removeIf(x -> x.overlaps(start, stop));
                ms.add(new Mention(p, start, stop, iri, EntityKind.MISSION,
                        ResourceFactory.createResource(k.rules().missionKind(m.group(1)))));
            }
        }
    }

    /** The end of the qualifier after a prefix: at most three words, none a sentence's first. */
    private static int qualifier(String text, int from) {
        Matcher q = QUALIFIER.matcher(text);
        int end = from;
        for (int words = 0; words < 3 && q.find(end); words++) {
            if (text.substring(end, q.start(1)).contains("\n")) {
                break;
            }
            end = q.end(1);
        }
        return end;
    }

    private String describe(Document doc, String prefix, String name) {
        GraphWriter g = doc.graph();
        String iri = Uris.mission(g.base, name);
        g.type(iri, ORG.Organization);
        g.type(iri, ResourceFactory.createResource(k.rules().missionKind(prefix)));
        if (doc.stated().name(iri)) {
            g.en(iri, SKOS.prefLabel, name);
        }
        for (Lexicon.Hit h : k.lexicon().find(name.substring(prefix.length()), false)) {
            if (h.entry().kind() == EntityKind.COUNTRY) {
                g.iri(iri, Plo.hostCountry, h.entry().iri());
            }
        }
        return iri;
    }
}
