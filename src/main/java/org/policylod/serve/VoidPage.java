package org.policylod.serve;

import java.util.Comparator;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shared.PrefixMapping;

/**
 * The dataset description (VoID and DCAT-AP) as a page for browsers: one table per described
 * resource, the description's own resources as anchors of this page (#dataset, #catalog, ...),
 * this server's IRIs as links here, other IRIs as links out.
 */
final class VoidPage {
    private final Site site;
    private final PrefixMapping prefixes;
    private final String self;

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
        StringBuilder b = new StringBuilder("<h1>Dataset description</h1>\n<p>The VoID and DCAT-AP description of "
                + "this release, also in Turtle, JSON-LD, RDF/XML and N-Triples from this address (by "
                + "<code>Accept</code>).</p>\n");
        List<Resource> subjects = m.listSubjects().toList().stream().filter(Resource::isURIResource)
                .sorted(Comparator.comparing((Resource r) -> !r.getURI().startsWith(self)).thenComparing(Resource::getURI))
                .toList();
        for (Resource s : subjects) {
            String uri = s.getURI();
            b.append(uri.startsWith(self) ? "<h2 id=\"" + Html.esc(uri.substring(self.length())) + "\">" : "<h2>")
                    .append(Html.esc(prefixes.shortForm(uri))).append("</h2>\n<table>\n");
            List<Statement> about = s.listProperties().toList();
            about.sort(Comparator.comparing((Statement t) -> t.getPredicate().getURI()).thenComparing(t -> t.getObject().toString()));
            for (Statement t : about) {
                b.append("<tr><th>").append(node(t.getPredicate())).append("</th><td>")
                        .append(node(t.getObject())).append("</td></tr>\n");
            }
            b.append("</table>\n");
        }
        return Html.page("Dataset description", b.toString());
    }

    private String node(RDFNode n) {
        if (n.isLiteral()) {
            return Html.esc(n.asLiteral().getLexicalForm());
        }
        if (n.isAnon()) {
            return "[]";
        }
        String uri = n.asResource().getURI();
        String text = prefixes.shortForm(uri);
        if (uri.startsWith(self)) {
            return Html.link("#" + uri.substring(self.length()), text);
        }
        return Html.link(site.path(uri).orElse(uri), text);
    }
}
