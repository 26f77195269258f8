package org.policylod.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
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
 * others go out), the resources that point at it, and for a mention or an assertion the source
 * sentence with the mention marked.
 */
final class ResourcePage {
    private static final String OA = "http://www.w3.org/ns/oa#";
    private static final Node EXACT = NodeFactory.createURI(OA + "exact");
    private static final Node START = NodeFactory.createURI(OA + "start");

    private final Site site;
    private final Graph union;
    private final PrefixMapping prefixes;

    private ResourcePage(Site site) {
        this.site = site;
        this.union = site.dataset().getUnionGraph();
        this.prefixes = Describe.prefixes(site.dataset());
    }

    static String render(Site site, String iri) {
        return Txn.calculateRead(site.dataset(), () -> new ResourcePage(site).html(NodeFactory.createURI(iri)));
    }

    private String html(Node n) {
        String title = Describe.label(union, n).orElse(localName(n.getURI()));
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(Html.esc(title)).append("</h1>\n<p class=\"iri\"><code>")
                .append(Html.esc(n.getURI())).append("</code></p>\n");
        List<Triple> out = union.find(n, Node.ANY, Node.ANY).toList();
        out.sort(Comparator.comparing((Triple t) -> t.getPredicate().getURI()).thenComparing(t -> t.getObject().toString()));
        List<String> types = new ArrayList<>();
        out.stream().filter(t -> t.getPredicate().equals(RDF.type.asNode())).forEach(t -> types.add(node(t.getObject())));
        if (!types.isEmpty()) {
            b.append("<p>Type: ").append(String.join(", ", types)).append("</p>\n");
        }
        sentence(n).ifPresent(s -> b.append("<h2>Source sentence</h2>\n<blockquote>").append(s).append("</blockquote>\n"));
        b.append("<h2>Properties</h2>\n<table>\n");
        for (Triple t : out) {
            b.append("<tr><th>").append(node(t.getPredicate())).append("</th><td>")
                    .append(node(t.getObject())).append("</td></tr>\n");
        }
        b.append("</table>\n");
        Iterator<Triple> in = union.find(Node.ANY, Node.ANY, n);
        List<Triple> incoming = new ArrayList<>();
        while (in.hasNext() && incoming.size() < Describe.MAX_INCOMING) {
            incoming.add(in.next());
        }
        if (!incoming.isEmpty()) {
            incoming.sort(Comparator.comparing((Triple t) -> t.getPredicate().getURI()).thenComparing(t -> t.getSubject().toString()));
            b.append("<h2>Incoming links</h2>\n<table>\n");
            for (Triple t : incoming) {
                b.append("<tr><td>").append(node(t.getSubject())).append("</td><th>")
                        .append(node(t.getPredicate())).append("</th></tr>\n");
            }
            b.append("</table>\n");
        }
        b.append("<p>As data: ");
        for (Format f : Format.RDF) {
            site.document(n.getURI(), f).ifPresent(d -> b.append(Html.link(d, f.suffix())).append(' '));
        }
        b.append("</p>");
        return Html.page(title, b.toString());
    }

    /** A node as HTML: IRIs as links with their label, literals as escaped text with language or type. */
    private String node(Node n) {
        if (n.isLiteral()) {
            String lang = n.getLiteralLanguage();
            String dt = n.getLiteralDatatypeURI();
            String suffix = !lang.isEmpty() ? " <small>@" + Html.esc(lang) + "</small>"
                    : dt != null && !dt.endsWith("#string") && !dt.endsWith("#langString")
                    ? " <small>(" + Html.esc(localName(dt)) + ")</small>" : "";
            return Html.esc(n.getLiteralLexicalForm()) + suffix;
        }
        if (n.isBlank()) {
            StringBuilder b = new StringBuilder("<table>");
            union.find(n, Node.ANY, Node.ANY).forEach(t -> b.append("<tr><th>").append(node(t.getPredicate()))
                    .append("</th><td>").append(Html.esc(t.getObject().isLiteral()
                            ? t.getObject().getLiteralLexicalForm() : t.getObject().toString())).append("</td></tr>"));
            return b.append("</table>").toString();
        }
        String iri = n.getURI();
        String text = Describe.label(union, n).orElse(localName(iri));
        Optional<String> local = site.path(iri);
        return local.map(p -> Html.link(p, text)).orElseGet(() -> Html.link(iri, text))
                + (text.equals(iri) ? "" : " <span class=\"iri\">" + Html.esc(shortIri(iri)) + "</span>");
    }

    /** For a mention or assertion: its plo:sentence with the mentioned words marked. */
    private Optional<String> sentence(Node n) {
        Optional<Node> s = one(n, Plo.sentence.asNode());
        if (s.isEmpty() || !s.get().isLiteral()) {
            return Optional.empty();
        }
        String sentence = s.get().getLiteralLexicalForm();
        Node mention = one(n, Plo.evidence.asNode()).orElse(n);
        Optional<String> exact = one(mention, EXACT).filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
        if (exact.isEmpty()) {
            return Optional.of(Html.esc(sentence));
        }
        int at = markAt(mention, sentence, exact.get());
        if (at < 0) {
            return Optional.of(Html.esc(sentence));
        }
        int end = at + exact.get().length();
        return Optional.of(Html.esc(sentence.substring(0, at)) + "<mark>" + Html.esc(exact.get()) + "</mark>"
                + Html.esc(sentence.substring(end)));
    }

    /**
     * Where the mention stands in the sentence: from its oa:start (code points in the passage text)
     * when the sentence can be found in the passage, else the first occurrence of its words.
     */
    private int markAt(Node mention, String sentence, String exact) {
        Optional<Node> passage = one(mention, Plo.inPassage.asNode());
        Optional<Node> start = one(mention, START);
        Optional<String> text = passage.flatMap(p -> one(p, Plo.text.asNode()).or(() -> one(p, Plo.heading.asNode())))
                .filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
        if (text.isPresent() && start.isPresent() && start.get().isLiteral()) {
            String t = text.get();
            int sentenceAt = t.indexOf(sentence);
            try {
                int startCp = Integer.parseInt(start.get().getLiteralLexicalForm());
                if (sentenceAt >= 0 && startCp <= t.codePointCount(0, t.length())) {
                    int startChar = t.offsetByCodePoints(0, startCp) - sentenceAt;
                    if (sentence.startsWith(exact, Math.max(startChar, 0)) && startChar >= 0) {
                        return startChar;
                    }
                }
            } catch (NumberFormatException | IndexOutOfBoundsException e) {
                // Malformed offsets fall back to finding the words.
            }
        }
        return sentence.indexOf(exact);
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
