package org.policylod.serve;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shared.PrefixMapping;

/**
 * The dataset description (VoID and DCAT-AP) as a page for browsers (template {@code void}): one
 * table per described resource, the description's own resources as anchors of this page
 * (#dataset, #catalog, ...), this server's IRIs as links here, other IRIs as links out.
 */
final class VoidPage {
    private final Site site;
    private final PrefixMapping prefixes;
    private final String self;

    /** A value for the {@code value} partial: a link (href set) or text, with language or datatype. */
    record Value(String href, String text, boolean external, String shortIri, String lang, String type) {
    }

    record Property(Value predicate, Value object) {
    }

    record Described(String anchor, String name, List<Property> properties) {
    }

    private VoidPage(Site site, PrefixMapping prefixes) {
        this.site = site;
        this.prefixes = prefixes;
        this.self = site.iri(VoidServlet.PATH.substring(1)) + "#";
    }

    static String render(Site site, Model description) {
        return new VoidPage(site, PrefixMapping.Factory.create().setNsPrefixes(description)
                .setNsPrefixes(Describe.prefixes(site.dataset()))).html(description);
    }

    private String html(Model m) {
        List<Described> resources = m.listSubjects().toList().stream().filter(Resource::isURIResource)
                .sorted(Comparator.comparing((Resource r) -> !r.getURI().startsWith(self)).thenComparing(Resource::getURI))
                .map(this::described).toList();
        return Html.render("void", Map.of("resources", resources));
    }

    private Described described(Resource s) {
        String uri = s.getURI();
        List<Statement> about = s.listProperties().toList();
        about.sort(Comparator.comparing((Statement t) -> t.getPredicate().getURI()).thenComparing(t -> t.getObject().toString()));
        return new Described(uri.startsWith(self) ? uri.substring(self.length()) : null, prefixes.shortForm(uri),
                about.stream().map(t -> new Property(value(t.getPredicate()), value(t.getObject()))).toList());
    }

    private Value value(RDFNode n) {
        if (n.isLiteral()) {
            String lang = n.asLiteral().getLanguage();
            return new Value(null, n.asLiteral().getLexicalForm(), false, null, lang.isEmpty() ? null : lang, null);
        }
        if (n.isAnon()) {
            return new Value(null, "[]", false, null, null, null);
        }
        String uri = n.asResource().getURI();
        String target = uri.startsWith(self) ? "/" + VoidServlet.PATH.substring(1) + "#" + uri.substring(self.length())
                : site.path(uri).orElse(uri);
        Html.Link link = Html.Link.to(target, prefixes.shortForm(uri));
        return new Value(link.href(), link.text(), link.external(), null, null, null);
    }
}
