package org.policylod.extract.write;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.policylod.extract.knowledge.EntityRules;
import org.policylod.extract.knowledge.Knowledge;
import org.policylod.extract.model.Identifiers;
import org.policylod.extract.model.Ref;
import org.policylod.extract.model.Stated;
import org.policylod.rdf.Plo;
import org.policylod.rdf.Rebase;
import org.policylod.rdf.Uris;

/**
 * The reference graph of a publication: every curated entry (rebased), organisations minted from
 * authority-table bodies the documents name, and the English labels of the authority entries the
 * data links to.
 */
public final class References {
    private References() {
    }

    public static Model build(Knowledge k, String base, Collection<Model> graphs) {
        return build(k, base, rebased(k, base), graphs);
    }

    /** The curated reference data moved to {@code base}: made once per base, it is the same for every build. */
    public static Model rebased(Knowledge k, String base) {
        return Rebase.model(k.reference(), Uris.DEFAULT_BASE, base);
    }

    /** As {@link #build(Knowledge, String, Collection)}, with {@code rebased} made by {@link #rebased} (read only). */
    public static Model build(Knowledge k, String base, Model rebased, Collection<Model> graphs) {
        Model out = ModelFactory.createDefaultModel();
        out.setNsPrefixes(k.reference().getNsPrefixMap());
        out.add(rebased);
        Set<String> used = new TreeSet<>();
        String organisations = base + "id/organisation/";
        for (Model m : graphs) {
            m.listStatements().forEachRemaining(s -> {
                collect(s.getSubject(), used);
                collect(s.getObject(), used);
            });
        }
        out.listStatements().forEachRemaining(s -> collect(s.getObject(), used));
        documents(k, base, graphs, out, used);
        Set<String> authority = new TreeSet<>();
        for (String iri : used) {
            if (iri.startsWith(organisations) && !out.containsResource(out.createResource(iri))) {
                minted(k, base, out, iri, organisations, authority);
            } else if (iri.startsWith(Uris.AUTHORITY)) {
                authority.add(iri);
            }
        }
        out.listObjectsOfProperty(Plo.authority).forEachRemaining(o -> {
            if (o.isURIResource()) {
                authority.add(o.asResource().getURI());
            }
        });
        for (String iri : authority) {
            labels(k, out, iri);
        }
        return out;
    }

    /** Documents the reference data points to that no graph describes: described from their slug. */
    private static void documents(Knowledge k, String base, Collection<Model> graphs, Model out, Set<String> used) {
        String prefix = base + "id/document/";
        GraphWriter g = new GraphWriter(base);
        Stated stated = new Stated();
        for (String iri : used) {
            if (!iri.startsWith(prefix) || iri.substring(prefix.length()).contains("/")
                    || out.contains(out.createResource(iri), RDF.type)) {
                continue;
            }
            boolean described = false;
            for (Model m : graphs) {
                described |= m.contains(m.createResource(iri), RDF.type);
            }
            Ref ref = described ? null : Identifiers.fromSlug(iri.substring(prefix.length()));
            if (ref != null) {
                Documents.describe(g, ref, k.identifierForms, stated);
            }
        }
        out.add(g.model());
    }

    private static void collect(RDFNode n, Set<String> into) {
        if (n.isURIResource()) {
            into.add(n.asResource().getURI());
        }
    }

    /** An organisation minted from an authority body: its class, labels and the official link. */
    private static void minted(Knowledge k, String base, Model out, String iri, String prefix, Set<String> authority) {
        String body = k.authority().bodyWithCodeSlug(iri.substring(prefix.length()));
        if (body == null) {
            return;
        }
        Resource r = out.createResource(iri);
        r.addProperty(RDF.type, ORG.Organization);
        EntityRules.Kind kind = k.authorityKind(body);
        if (kind != null) {
            r.addProperty(RDF.type, out.createResource(kind.kind()));
            String parent = kind.partOf() ? k.curatedParent(body) : null;
            if (parent != null) {
                r.addProperty(ORG.subOrganizationOf, out.createResource(Rebase.iri(parent, Uris.DEFAULT_BASE, base)));
            }
        }
        r.addProperty(Plo.authority, out.createResource(body));
        String pref = k.authority().prefLabel(body);
        if (pref != null) {
            r.addProperty(SKOS.prefLabel, pref, "en");
        }
        authority.add(body);
    }

    private static void labels(Knowledge k, Model out, String iri) {
        String pref = k.authority().prefLabel(iri);
        if (pref == null) {
            return;
        }
        Resource r = out.createResource(iri);
        r.addProperty(RDF.type, SKOS.Concept);
        r.addProperty(SKOS.prefLabel, pref, "en");
        String code = k.authority().code(iri);
        if (code != null) {
            r.addProperty(SKOS.notation, code);
        }
    }
}
