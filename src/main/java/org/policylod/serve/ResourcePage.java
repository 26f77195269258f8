package org.policylod.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.policylod.rdf.Plo;

/**
 * The HTML page of a resource: its label, types, every property (our URIs link to this server,
 * others go out), the sentences that mention it with their document and section, a document's
 * outline, the other resources that point at it, and for a mention or an assertion the source
 * sentence with the mention marked.
 */
final class ResourcePage {
    private static final Node EXACT = NodeFactory.createURI("http://www.w3.org/ns/oa#exact");
    private static final Node START = NodeFactory.createURI("http://www.w3.org/ns/oa#start");

    private final Site site;
    private final Graph union;
    private final PrefixMapping prefixes;

    /** One value in a table: a link (href set) or text, with a short IRI, language or datatype. */
    record Value(String href, String text, boolean external, String shortIri, String lang, String type,
            List<Row> rows) {
        boolean hasRows() {
            return rows != null && !rows.isEmpty();
        }
    }

    /** A row of a blank node's nested table: a property (as a link) and its value as text. */
    record Row(Value property, String value) {
    }

    private ResourcePage(Site site) {
        this.site = site;
        this.union = site.dataset().getUnionGraph();
        this.prefixes = Describe.prefixes(site.dataset());
    }

    static String render(Site site, String iri) {
        return Txn.calculateRead(site.dataset(), () -> new ResourcePage(site).html(NodeFactory.createURI(iri)));
    }

    private String html(Node n) {
        Map<String, Object> page = new HashMap<>();
        page.put("title", Describe.label(union, n).orElse(localName(n.getURI())));
        page.put("iri", n.getURI());
        List<Triple> out = union.find(n, Node.ANY, Node.ANY).toList();
        out.sort(Comparator.comparing((Triple t) -> t.getPredicate().getURI()).thenComparing(t -> t.getObject().toString()));
        List<Value> types = out.stream().filter(t -> t.getPredicate().equals(RDF.type.asNode()))
                .map(t -> value(t.getObject())).toList();
        page.put("types", types);
        page.put("hasTypes", !types.isEmpty());
        sentence(n).ifPresent(s -> page.put("sentence", s));
        page.put("properties", out.stream().map(t -> Map.of("predicate", value(t.getPredicate()),
                "object", value(t.getObject()))).toList());
        Evidence evidence = new Evidence(site, union);
        List<Map<String, Object>> mentions = evidence.mentions(n);
        page.put("mentions", mentions);
        page.put("mentionCount", mentions.size());
        page.put("hasMentions", !mentions.isEmpty());
        List<Map<String, Object>> outline = evidence.outline(n);
        page.put("outline", outline);
        page.put("hasOutline", !outline.isEmpty());
        List<Map<String, Value>> incoming = incoming(n);
        page.put("incoming", incoming);
        page.put("hasIncoming", !incoming.isEmpty());
        List<Html.Link> formats = new ArrayList<>();
        for (Format f : Format.RDF) {
            site.document(n.getURI(), f).ifPresent(d -> formats.add(Html.Link.to(d, f.suffix())));
        }
        page.put("formats", formats);
        return Html.render("resource", page);
    }

    /**
     * The triples pointing at the resource, up to {@link Describe#MAX_INCOMING}, without the
     * mentions' plo:refersTo: those are shown as the sentences they stand in.
     */
    private List<Map<String, Value>> incoming(Node n) {
        Iterator<Triple> in = union.find(Node.ANY, Node.ANY, n);
        List<Triple> triples = new ArrayList<>();
        while (in.hasNext() && triples.size() < Describe.MAX_INCOMING) {
            Triple t = in.next();
            if (!t.getPredicate().equals(Plo.refersTo.asNode())) {
                triples.add(t);
            }
        }
        triples.sort(Comparator.comparing((Triple t) -> t.getPredicate().getURI()).thenComparing(t -> t.getSubject().toString()));
        return triples.stream().map(t -> Map.of("subject", value(t.getSubject()), "predicate", value(t.getPredicate()))).toList();
    }

    /** A node for the template: IRIs as links with their label, literals as text with language or type. */
    private Value value(Node n) {
        if (n.isLiteral()) {
            String lang = n.getLiteralLanguage();
            String dt = n.getLiteralDatatypeURI();
            String type = lang.isEmpty() && dt != null && !dt.endsWith("#string") && !dt.endsWith("#langString")
                    ? localName(dt) : null;
            return new Value(null, n.getLiteralLexicalForm(), false, null, lang.isEmpty() ? null : lang, type, null);
        }
        if (n.isBlank()) {
            List<Row> rows = union.find(n, Node.ANY, Node.ANY).toList().stream()
                    .map(t -> new Row(value(t.getPredicate()), t.getObject().isLiteral()
                            ? t.getObject().getLiteralLexicalForm() : t.getObject().toString())).toList();
            return new Value(null, null, false, null, null, null, rows);
        }
        String iri = n.getURI();
        String text = Describe.label(union, n).orElse(localName(iri));
        Html.Link link = Html.Link.to(site.path(iri).orElse(iri), text);
        return new Value(link.href(), text, link.external(), text.equals(iri) ? null : shortIri(iri), null, null, null);
    }

    /** For a mention or assertion: its plo:sentence with the mentioned words marked. */
    private Optional<Marked> sentence(Node n) {
        Optional<String> s = one(n, Plo.sentence.asNode()).flatMap(x -> Marked.text(x));
        if (s.isEmpty()) {
            return Optional.empty();
        }
        Node mention = one(n, Plo.evidence.asNode()).orElse(n);
        Optional<String> text = one(mention, Plo.inPassage.asNode())
                .flatMap(p -> one(p, Plo.text.asNode()).or(() -> one(p, Plo.heading.asNode()))).flatMap(Marked::text);
        return Optional.of(Marked.of(s.get(), one(mention, EXACT).flatMap(Marked::text).orElse(null),
                text.orElse(null), one(mention, START).flatMap(Marked::text).orElse(null)));
    }

    private Optional<Node> one(Node s, Node p) {
        Iterator<Triple> it = union.find(s, p, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
    }

    private String shortIri(String iri) {
        return iri.startsWith(site.base()) && !iri.startsWith(Plo.NS) ? iri.substring(site.base().length())
                : prefixes.shortForm(iri);
    }

    private static String localName(String iri) {
        int i = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return i >= 0 && i < iri.length() - 1 ? iri.substring(i + 1) : iri;
    }
}
