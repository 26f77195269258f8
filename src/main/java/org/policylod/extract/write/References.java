package org.policylod.extract.write;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.mem2.GraphMem2Fast;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
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
        return build(k, curated(k, base), graphs);
    }

    /**
     * The curated reference data moved to {@code base}, with what every build reads of it: made once
     * per base, it is the same for every build, and read only.
     */
    public record Curated(String base, GraphMem2Fast store, Set<String> objects, Set<String> authority) {
        boolean typed(String iri) {
            return store.contains(NodeFactory.createURI(iri), RDF.type.asNode(), Node.ANY);
        }

        boolean mentions(String iri) {
            return GraphUtil.containsNode(store, NodeFactory.createURI(iri));
        }
    }

    public static Curated curated(Knowledge k, String base) {
        GraphMem2Fast store = new GraphMem2Fast();
        Rebase.model(k.reference(), Uris.DEFAULT_BASE, base).getGraph().find().forEach(store::add);
        Set<String> objects = new HashSet<>();
        store.find().forEach(t -> collect(t.getObject(), objects));
        Set<String> authority = new HashSet<>();
        store.find(Node.ANY, Plo.authority.asNode(), Node.ANY).forEach(t -> collect(t.getObject(), authority));
        return new Curated(base, store, Set.copyOf(objects), Set.copyOf(authority));
    }

    /** The curated data (a copy of its store) with {@link #extras} of {@code graphs}. */
    public static Model build(Knowledge k, Curated curated, Collection<Model> graphs) {
        Model out = ModelFactory.createModelForGraph(curated.store().copy());
        out.setNsPrefixes(k.reference().getNsPrefixMap());
        out.add(extras(k, curated, graphs));
        return out;
    }

    /**
     * What the reference graph of {@code graphs} holds beyond the curated data: documents described
     * from their slug, organisations minted from authority bodies, and authority labels.
     */
    public static Model extras(Knowledge k, Curated curated, Collection<Model> graphs) {
        Model out = ModelFactory.createDefaultModel();
        out.setNsPrefixes(k.reference().getNsPrefixMap());
        Set<String> used = new HashSet<>(curated.objects());
        String base = curated.base();
        String organisations = base + "id/organisation/";
        for (Model m : graphs) {
            m.getGraph().find().forEach(t -> {
                collect(t.getSubject(), used);
                collect(t.getObject(), used);
            });
        }
        documents(k, curated, graphs, out, used);
        Set<String> authority = new TreeSet<>(curated.authority());
        for (String iri : used) {
            if (iri.startsWith(organisations) && !curated.mentions(iri)
                    && !out.containsResource(out.createResource(iri))) {
                minted(k, base, out, iri, organisations, authority);
            } else if (iri.startsWith(Uris.AUTHORITY)) {
                authority.add(iri);
            }
        }
        out.listObjectsOfProperty(Plo.authority).forEachRemaining(o -> collect(o.asNode(), authority));
        for (String iri : authority) {
            labels(k, out, iri);
        }
        return out;
    }

    /** Documents the reference data points to that no graph describes: described from their slug. */
    private static void documents(Knowledge k, Curated curated, Collection<Model> graphs, Model out, Set<String> used) {
        String prefix = curated.base() + "id/document/";
        GraphWriter g = new GraphWriter(curated.base());
        Stated stated = new Stated();
        for (String iri : used) {
            if (!iri.startsWith(prefix) || iri.substring(prefix.length()).contains("/")
                    || curated.typed(iri)) {
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

    private static void collect(Node n, Set<String> into) {
        if (n.isURI()) {
            into.add(n.getURI());
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
