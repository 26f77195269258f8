package org.policylod.ontology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.policylod.Templates;
import org.policylod.rdf.Plo;

/**
 * Human documentation of the ontology, generated from its Turtle: the header, then every class and
 * property of our namespace with its label, IRI, definition, examples and its place among the other
 * terms (super- and subclasses, domain and range, inverse). One self-contained HTML page from the
 * templates docs*.mustache beside this class, which escape every value from the model, so a label
 * cannot inject markup.
 */
public final class OntologyDocs {
    private static final String TEMPLATES = "org/policylod/ontology/";
    private static final Comparator<Resource> BY_LABEL = Comparator
            .comparing((Resource r) -> label(r).toLowerCase(java.util.Locale.ROOT)).thenComparing(Resource::getURI);

    private OntologyDocs() {
    }

    /** A value in a row: a link when href is set, else text; sep separates it from the one before. */
    record Value(String href, String text, String sep) {
    }

    /** A definition-list row. */
    record Row(String name, List<Value> values) {
    }

    /** A class or property of our namespace. */
    record Term(String local, String label, String uri, String definition, List<Row> rows) {
    }

    /** The classes, or one kind of property. */
    record Group(String anchor, String heading, int count, List<Term> terms) {
    }

    /** The documentation page of the ontology in {@code ontology} (terms of the plo: namespace). */
    public static String render(Model ontology) {
        // The body is the output of our own template, escaped there; the frame takes it as it is.
        return Templates.render(TEMPLATES + "docs.mustache", Map.of("title", title(ontology), "body", body(ontology)));
    }

    /** The page's content without html, head and body elements, for embedding in a site's own layout. */
    public static String body(Model ontology) {
        Map<String, Object> page = new HashMap<>();
        page.put("title", title(ontology));
        header(ontology).ifPresent(o -> {
            List<Row> about = rows(List.of(row("IRI", List.of(o)), row("Version", values(o, OWL2.versionIRI)),
                    row("Version info", values(o, OWL2.versionInfo)), row("Creator", values(o, DCTerms.creator)),
                    row("Licence", values(o, DCTerms.license))));
            page.put("about", about);
            page.put("hasAbout", true);
            String description = text(o, DCTerms.description);
            if (!description.isEmpty()) {
                page.put("description", description);
            }
        });
        List<Group> groups = new ArrayList<>();
        groups.add(group("Classes", terms(ontology, OWL2.Class), ontology, true));
        groups.add(group("Object properties", terms(ontology, OWL2.ObjectProperty), ontology, false));
        groups.add(group("Datatype properties", terms(ontology, OWL2.DatatypeProperty), ontology, false));
        groups.add(group("Annotation properties", terms(ontology, OWL2.AnnotationProperty), ontology, false));
        page.put("groups", groups);
        return Templates.render(TEMPLATES + "docs-body.mustache", page);
    }

    private static Group group(String heading, List<Resource> terms, Model m, boolean classes) {
        return new Group(anchorOf(heading), heading, terms.size(), terms.stream().map(t -> term(m, t, classes)).toList());
    }

    private static Optional<Resource> header(Model m) {
        return m.listSubjectsWithProperty(RDF.type, OWL2.Ontology).toList().stream()
                .filter(Resource::isURIResource).sorted(Comparator.comparing(Resource::getURI)).findFirst();
    }

    private static String title(Model m) {
        return header(m).map(o -> text(o, DCTerms.title)).filter(t -> !t.isEmpty()).orElse("Ontology");
    }

    private static Term term(Model m, Resource t, boolean isClass) {
        List<Row> rows = new ArrayList<>();
        if (isClass) {
            rows.add(row("Subclass of", values(t, RDFS.subClassOf)));
            rows.add(row("Superclass of", subjects(m, RDFS.subClassOf, t)));
            rows.add(row("Disjoint with", related(m, t, OWL2.disjointWith)));
            rows.add(row("Name keywords", values(t, Plo.nameKeyword)));
        } else {
            rows.add(row("Type", values(t, RDF.type)));
            rows.add(row("Domain", values(t, RDFS.domain)));
            rows.add(row("Range", values(t, RDFS.range)));
            rows.add(row("Inverse of", related(m, t, OWL2.inverseOf)));
            rows.add(row("Subproperty of", values(t, RDFS.subPropertyOf)));
        }
        rows.add(row("Example", values(t, SKOS.example)));
        String definition = text(t, SKOS.definition);
        return new Term(local(t), label(t), t.getURI(), definition.isEmpty() ? null : definition, rows(rows));
    }

    /** The rows that have values. */
    private static List<Row> rows(List<Row> rows) {
        return rows.stream().filter(r -> !r.values().isEmpty()).toList();
    }

    private static Row row(String name, List<RDFNode> values) {
        List<Value> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            out.add(value(values.get(i), i == 0 ? null : ", "));
        }
        return new Row(name, out);
    }

    /** A term of our namespace links to its section; another IRI is shown in short form; a literal as text. */
    private static Value value(RDFNode n, String sep) {
        if (n.isLiteral()) {
            return new Value(null, n.asLiteral().getLexicalForm(), sep);
        }
        if (n.isURIResource() && n.asResource().getURI().startsWith(Plo.NS)) {
            return new Value("#" + local(n.asResource()), label(n.asResource()), sep);
        }
        if (n.isURIResource()) {
            String uri = n.asResource().getURI();
            String shortForm = n.getModel() == null ? uri : n.getModel().shortForm(uri);
            boolean web = uri.startsWith("http://") || uri.startsWith("https://");
            return new Value(web ? uri : null, shortForm, sep);
        }
        return new Value(null, "(anonymous)", sep);
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
