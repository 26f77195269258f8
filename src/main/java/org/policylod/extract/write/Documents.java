package org.policylod.extract.write;

import java.util.List;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.policylod.extract.knowledge.IdentifierForms;
import org.policylod.extract.knowledge.Knowledge;
import org.policylod.extract.knowledge.Lexicon;
import org.policylod.extract.model.Layer;
import org.policylod.extract.model.Ref;
import org.policylod.extract.model.Stated;
import org.policylod.extract.model.Warnings;
import org.policylod.rdf.Plo;
import org.policylod.rdf.Uris;
import org.policylod.rdf.Vocab;

/** Writes what the front pages say: identity, dates, markings, codes, sender, enclosure, access. */
public final class Documents {
    private Documents() {
    }

    public static String iri(GraphWriter g, Ref ref) {
        return Uris.document(g.base, ref.slug());
    }

    /** A work's English name (skos:prefLabel): as with its identifier, the first form written stays. */
    public static void label(GraphWriter g, String iri, String name) {
        if (!g.model().contains(g.model().createResource(iri), org.apache.jena.vocabulary.SKOS.prefLabel)) {
            g.en(iri, org.apache.jena.vocabulary.SKOS.prefLabel, name);
        }
    }

    /**
     * Writes a cited or named document: classes, identifier, CELEX, ELI, pages. Its one
     * {@code eli:id_local} is the work's, whatever form this text wrote (that form stays on the
     * mention); a COM number alone does not tell a communication (DC) from a proposal (PC), so the
     * CELEX stated first (the document's own page, written first) stays.
     */
    public static String describe(GraphWriter g, Ref ref, IdentifierForms forms, Stated stated) {
        String iri = iri(g, ref);
        for (Resource t : ref.types()) {
            g.type(iri, t);
        }
        if (stated.identifier(iri)) {
            g.text(iri, Vocab.idLocal, forms.idLocal(g.unbase(iri), ref));
        }
        if (ref.celex() != null && stated.celex(iri)) {
            g.text(iri, Plo.celex, ref.celex());
            g.iri(iri, Plo.cellar, Uris.celexUri(ref.celex()));
        }
        if (ref.eli() != null) {
            g.iri(iri, Plo.eli, ref.eli());
        }
        if (ref.page() != null) {
            g.iri(iri, Vocab.page, ref.page());
        }
        if (ref.partOf() != null) {
            g.iri(iri, Vocab.isPartOf, Uris.document(g.base, ref.partOf()));
        }
        return iri;
    }

    /** Writes one layer's metadata; returns the layer's document IRI. */
    public static String layer(GraphWriter g, Layer layer, Layer council, Knowledge k, Stated stated,
                               Warnings warnings) {
        String doc = describe(g, layer.identity, k.identifierForms, stated);
        if (layer.kind == Layer.Kind.COUNCIL && layer.workType != null
                && k.cues().workTypeClasses.containsKey(layer.workType)) {
            g.type(doc, k.cues().workTypeClasses.get(layer.workType));
        }
        // the kind its identifier gives wins; else the kind its front page announces; else a publication
        if (layer.identity.types().stream().noneMatch(t -> t.getURI().startsWith(Plo.NS))) {
            g.type(doc, layer.kindClass != null ? g.model().createResource(layer.kindClass) : Plo.Publication);
        }
        if (layer.workType != null) {
            g.iri(doc, Vocab.workType, layer.workType);
        }
        if (layer.date != null) {
            g.date(doc, Vocab.dateDocument, layer.date);
            stated.date(doc, Vocab.dateDocument.getURI());
        }
        if (layer.place != null) {
            g.text(doc, Plo.place, layer.place);
        }
        String english = k.language("en");
        if (layer.language != null) {
            String lang = k.language(layer.language);
            if (lang == null) {
                warnings.warning(layer.lines.get("language"), "original language \"" + layer.language + "\" is not an EU language code");
            } else {
                g.iri(doc, Plo.originalLanguage, lang);
            }
        }
        if (layer.journal != null) {
            g.text(doc, Plo.journalReference, layer.journal);
        }
        layer.markings.forEach(m -> g.text(doc, Plo.marking, m));
        for (String code : layer.codes) {
            g.text(doc, Plo.distributionCode, code);
            String body = k.distributionBody(code);
            if (body != null) {
                g.iri(doc, Plo.distributedTo, g.rebase(body));
            }
        }
        organisation(g, k, doc, Vocab.responsibilityOfAgent, layer.agent, "author", warnings, layer.lines.get("author"));
        organisation(g, k, doc, Plo.issuingUnit, layer.unit, "issuing unit", warnings, layer.lines.get("issuing unit"));
        organisation(g, k, doc, Plo.sender, layer.sender, "sender", warnings, layer.lines.get("sender"));
        organisation(g, k, doc, Plo.addressee, layer.addressee, "addressee", warnings, layer.lines.get("addressee"));
        for (Ref prev : layer.previous) {
            g.iri(doc, Plo.previousReference, describe(g, prev, k.identifierForms, stated));
        }
        if (layer.title != null) {
            String expr = doc + "/en";
            g.type(expr, Vocab.Expression);
            g.iri(doc, Vocab.isRealizedBy, expr);
            g.iri(expr, Vocab.realizes, doc);
            g.en(expr, Vocab.title, layer.title);
            if (english != null) {
                g.iri(expr, Vocab.language, english);
            }
        }
        if (layer.accessNote != null) {
            access(g, k, doc, layer, warnings);
        }
        if (council != null && council != layer && council.identity != null) {
            String cover = iri(g, council.identity);
            g.iri(cover, Plo.encloses, doc);
            g.iri(doc, Plo.enclosedIn, cover);
        }
        return doc;
    }

    private static void access(GraphWriter g, Knowledge k, String doc, Layer layer, Warnings warnings) {
        String decision = doc + "/access-decision";
        g.type(decision, Plo.AccessDecision);
        g.iri(doc, Plo.accessDecision, decision);
        g.text(decision, Plo.note, layer.accessNote);
        if (layer.accessDate != null) {
            g.date(decision, DCTerms.date, layer.accessDate);
        }
        String status = null;
        for (Lexicon.Hit h : k.lexicon().find(layer.accessNote)) {
            String scheme = k.scheme(h.entry().iri());
            if (scheme != null && scheme.endsWith("/access-status")) {
                status = h.entry().iri();
            }
        }
        if (status == null) {
            warnings.warning(layer.lines.get("access"), "access note \"" + layer.accessNote + "\" names no known access status");
        } else {
            g.iri(decision, Plo.accessStatus, g.rebase(status));
        }
    }

    private static void organisation(GraphWriter g, Knowledge k, String doc, org.apache.jena.rdf.model.Property p,
                                     String name, String role, Warnings warnings, Integer line) {
        if (name == null) {
            return;
        }
        String org = k.organisation(name);
        if (org != null) {
            g.iri(doc, p, g.rebase(org));
            return;
        }
        // "To : Coreper/Council": several bodies on one line, each linked when every one is known
        List<String> parts = List.of(name.split("\\s*/\\s*|\\s*,\\s*|\\s+and\\s+"));
        List<String> orgs = parts.stream().map(k::organisation).toList();
        if (parts.size() > 1 && !orgs.contains(null)) {
            orgs.forEach(o -> g.iri(doc, p, g.rebase(o)));
        } else {
            warnings.warning(line, role + " \"" + name + "\" is not a known organisation; not linked");
        }
    }
}
