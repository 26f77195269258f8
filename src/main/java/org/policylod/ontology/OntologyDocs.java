package org.policylod.ontology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.policylod.rdf.Plo;

/**
 * Human documentation of the ontology, generated from its Turtle: the header, then every class and
 * property of our namespace with its label, IRI, definition, examples and its place among the other
 * terms (super- and subclasses, domain and range, inverse). One self-contained HTML page; every value
 * from the model is HTML-escaped, so a label cannot inject markup.
 */
public final class OntologyDocs {
    private static final Comparator<Resource> BY_LABEL = Comparator
            .comparing((Resource r) -> label(r).toLowerCase(java.util.Locale.ROOT)).thenComparing(Resource::getURI);

    private OntologyDocs() {
    }

    /** The documentation page of the ontology in {@code ontology} (terms of the plo: namespace). */
    public static String render(Model ontology) {
        String title = title(ontology);
        return new Html().raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .el("title", title)
                .raw("<style>body{font-family:sans-serif;max-width:60em;margin:auto;padding:1em;line-height:1.4}"
                        + "section.term{border-top:1px solid #ccc;padding-top:.5em}code{color:#555}"
                        + "dt{font-weight:bold}</style>\n</head>\n<body>\n")
                .raw(body(ontology)).raw("</body>\n</html>\n").toString();
    }

    /** The page's content without html, head and body elements, for embedding in a site's own layout. */
    public static String body(Model ontology) {
        Html h = new Html().el("h1", title(ontology));
        header(ontology).ifPresent(o -> about(h, o));
        List<Resource> classes = terms(ontology, OWL2.Class);
        List<List<Resource>> properties = List.of(terms(ontology, OWL2.ObjectProperty),
                terms(ontology, OWL2.DatatypeProperty), terms(ontology, OWL2.AnnotationProperty));
        List<String> headings = List.of("Object properties", "Datatype properties", "Annotation properties");
        contents(h, classes, properties, headings);
        h.raw("<h2 id=\"classes\">Classes</h2>\n");
        classes.forEach(c -> term(h, ontology, c, true));
        for (int i = 0; i < properties.size(); i++) {
            h.raw("<h2 id=\"" + anchorOf(headings.get(i)) + "\">").text(headings.get(i)).raw("</h2>\n");
            properties.get(i).forEach(p -> term(h, ontology, p, false));
        }
        return h.toString();
    }

    private static Optional<Resource> header(Model m) {
        return m.listSubjectsWithProperty(RDF.type, OWL2.Ontology).toList().stream()
                .filter(Resource::isURIResource).sorted(Comparator.comparing(Resource::getURI)).findFirst();
    }

    private static String title(Model m) {
        return header(m).map(o -> text(o, DCTerms.title)).filter(t -> !t.isEmpty()).orElse("Ontology");
    }

    private static void about(Html h, Resource o) {
        h.raw("<dl>\n");
        row(h, "IRI", List.of(o));
        row(h, "Version", values(o, OWL2.versionIRI));
        row(h, "Version info", values(o, OWL2.versionInfo));
        row(h, "Creator", values(o, DCTerms.creator));
        row(h, "Licence", values(o, DCTerms.license));
        h.raw("</dl>\n");
        String description = text(o, DCTerms.description);
        if (!description.isEmpty()) {
            h.el("p", description);
        }
    }

    private static void contents(Html h, List<Resource> classes, List<List<Resource>> properties,
            List<String> headings) {
        h.raw("<nav>\n<h2>Contents</h2>\n<ul>\n<li><a href=\"#classes\">Classes</a> (")
                .text(String.valueOf(classes.size())).raw(")</li>\n");
        for (int i = 0; i < headings.size(); i++) {
            h.raw("<li><a href=\"#" + anchorOf(headings.get(i)) + "\">").text(headings.get(i)).raw("</a> (")
                    .text(String.valueOf(properties.get(i).size())).raw(")</li>\n");
        }
        h.raw("</ul>\n</nav>\n");
    }

    private static void term(Html h, Model m, Resource t, boolean isClass) {
        h.raw("<section class=\"term\" id=\"").text(local(t)).raw("\">\n").el("h3", label(t));
        h.raw("<p><code>").text(t.getURI()).raw("</code></p>\n");
        String definition = text(t, SKOS.definition);
        if (!definition.isEmpty()) {
            h.el("p", definition);
        }
        h.raw("<dl>\n");
        if (isClass) {
            row(h, "Subclass of", values(t, RDFS.subClassOf));
            row(h, "Superclass of", subjects(m, RDFS.subClassOf, t));
            row(h, "Disjoint with", related(m, t, OWL2.disjointWith));
            row(h, "Name keywords", values(t, Plo.nameKeyword));
        } else {
            row(h, "Type", values(t, RDF.type));
            row(h, "Domain", values(t, RDFS.domain));
            row(h, "Range", values(t, RDFS.range));
            row(h, "Inverse of", related(m, t, OWL2.inverseOf));
            row(h, "Subproperty of", values(t, RDFS.subPropertyOf));
        }
        row(h, "Example", values(t, SKOS.example));
        h.raw("</dl>\n</section>\n");
    }

    /** One definition-list row; nothing when there are no values. */
    private static void row(Html h, String name, List<RDFNode> values) {
        if (values.isEmpty()) {
            return;
        }
        h.el("dt", name).raw("<dd>");
        for (int i = 0; i < values.size(); i++) {
            h.raw(i == 0 ? "" : ", ");
            value(h, values.get(i));
        }
        h.raw("</dd>\n");
    }

    /** A term of our namespace links to its section; another IRI is shown in short form; a literal as text. */
    private static void value(Html h, RDFNode n) {
        if (n.isLiteral()) {
            h.text(n.asLiteral().getLexicalForm());
        } else if (n.isURIResource() && n.asResource().getURI().startsWith(Plo.NS)) {
            h.link("#" + local(n.asResource()), label(n.asResource()));
        } else if (n.isURIResource()) {
            String uri = n.asResource().getURI();
            String shortForm = n.getModel() == null ? uri : n.getModel().shortForm(uri);
            if (uri.startsWith("http://") || uri.startsWith("https://")) {
                h.link(uri, shortForm);
            } else {
                h.text(shortForm);
            }
        } else {
            h.text("(anonymous)");
        }
    }

    private static List<Resource> terms(Model m, Resource kind) {
        return m.listSubjectsWithProperty(RDF.type, kind).toList().stream()
                .filter(r -> r.isURIResource() && r.getURI().startsWith(Plo.NS)).distinct().sorted(BY_LABEL).toList();
    }

    private static List<RDFNode> values(Resource r, Property p) {
        List<RDFNode> out = new ArrayList<>(r.listProperties(p).mapWith(s -> s.getObject()).toList());
        out.sort(Comparator.comparing(RDFNode::toString));
        return out;
    }

    private static List<RDFNode> subjects(Model m, Property p, Resource object) {
        List<RDFNode> out = new ArrayList<>(m.listSubjectsWithProperty(p, object).toList());
        out.sort(Comparator.comparing(RDFNode::toString));
        return out;
    }

    /** A symmetric relation stated in either direction (owl:disjointWith, owl:inverseOf). */
    private static List<RDFNode> related(Model m, Resource t, Property p) {
        List<RDFNode> out = values(t, p);
        subjects(m, p, t).stream().filter(n -> !out.contains(n)).forEach(out::add);
        out.sort(Comparator.comparing(RDFNode::toString));
        return out;
    }

    /** The English (else any) rdfs:label, else the local name. */
    static String label(Resource r) {
        String l = text(r, RDFS.label);
        return l.isEmpty() ? local(r) : l;
    }

    /** The name after our namespace (the section anchor), e.g. CoverNote. */
    private static String local(Resource r) {
        String uri = r.getURI();
        return uri.startsWith(Plo.NS) ? uri.substring(Plo.NS.length()) : r.getLocalName();
    }

    /** The English value of a literal property, else the first value in lexical order, else "". */
    private static String text(Resource r, Property p) {
        List<Literal> ls = r.listProperties(p).toList().stream().filter(s -> s.getObject().isLiteral())
                .map(s -> s.getLiteral()).sorted(Comparator.comparing(Literal::getLexicalForm)).toList();
        return ls.stream().filter(l -> l.getLanguage().equals("en")).findFirst().or(() -> ls.stream().findFirst())
                .map(Literal::getLexicalForm).orElse("");
    }

    private static String anchorOf(String heading) {
        return heading.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    }
}
