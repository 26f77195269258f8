package org.policylod.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * The dataset's VoID description at /.well-known/void (RFC 5785, VoID section 7.2): the
 * publication's own dumps/void.ttl when it has one, else a description built from the data; either
 * way the dataset minted under the base namespace declares it as void:uriSpace and this server's
 * SPARQL endpoint as void:sparqlEndpoint. In RDF for RDF clients, as a page for browsers.
 */
final class VoidServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String PATH = "/.well-known/void";

    private final transient Site site;
    private final transient Caching caching;

    VoidServlet(Site site) {
        this.site = site;
        this.caching = new Caching(site);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // HTML last: a client accepting anything gets Turtle, a browser (text/html first) a page.
        List<Format> offers = List.of(Format.TURTLE, Format.JSONLD, Format.RDFXML, Format.NTRIPLES, Format.HTML);
        Optional<Format> f = Send.negotiate(request, response, offers);
        if (f.isEmpty()) {
            return;
        }
        String variant = "void-" + f.get().suffix();
        if (caching.answeredNotModified(request, response, variant)) {
            return;
        }
        String root = request.getRequestURL().toString();
        root = root.substring(0, root.length() - request.getRequestURI().length());
        caching.headers(response, variant, site.snapshot().time().toEpochMilli());
        if (f.get() == Format.HTML) {
            Html.send(response, HttpServletResponse.SC_OK, VoidPage.render(site, describe(root)));
        } else {
            Send.rdf(response, describe(root), f.get());
        }
    }

    Model describe(String root) {
        Model m = ModelFactory.createDefaultModel();
        Path file = site.snapshot().dumps().resolve("void.ttl");
        if (Files.isRegularFile(file)) {
            RDFDataMgr.read(m, file.toString());
        }
        m.setNsPrefix("void", VOID);
        m.setNsPrefix("dcterms", DCTerms.NS);
        Resource datasetClass = m.createResource(VOID + "Dataset");
        Property uriSpace = m.createProperty(VOID, "uriSpace");
        Property endpoint = m.createProperty(VOID, "sparqlEndpoint");
        // Ours is the dataset whose URIs are minted under the base; the file may also describe the
        // datasets we link to (EuroVoc, ELI, authority tables), which this endpoint does not serve.
        List<Resource> datasets = m.listSubjectsWithProperty(RDF.type, datasetClass).toList();
        List<Resource> ours = datasets.stream().filter(d -> d.hasProperty(uriSpace, site.base())).toList();
        if (ours.isEmpty()) {
            ours = datasets.stream().filter(d -> !d.hasProperty(uriSpace)).toList();
        }
        if (ours.isEmpty()) {
            ours = List.of(built(m, datasetClass));
        }
        for (Resource d : ours) {
            if (!d.hasProperty(uriSpace)) {
                d.addProperty(uriSpace, site.base());
            }
            d.addProperty(endpoint, m.createResource(root + Site.SPARQL));
        }
        return m;
    }

    /** A description from the data, for a publication without dumps/void.ttl. */
    private Resource built(Model m, Resource datasetClass) {
        Stats stats = Stats.of(site.dataset());
        Resource d = m.createResource(site.iri(PATH.substring(1) + "#dataset"))
                .addProperty(RDF.type, datasetClass)
                .addProperty(DCTerms.title, "policy-lod: EU policy documents as linked data")
                .addProperty(DCTerms.modified, m.createTypedLiteral(site.snapshot().time().toString(), XSDDatatype.XSDdateTime))
                .addLiteral(m.createProperty(VOID, "triples"), stats.quads());
        for (Stats.Count c : stats.counts()) {
            d.addProperty(m.createProperty(VOID, "classPartition"), m.createResource()
                    .addProperty(m.createProperty(VOID, "class"), m.createResource(c.classIri()))
                    .addLiteral(m.createProperty(VOID, "entities"), c.n()));
        }
        return d;
    }
}
