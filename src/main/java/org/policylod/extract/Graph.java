package org.policylod.extract;

import java.time.LocalDate;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.policylod.rdf.Plo;
import org.policylod.rdf.Uris;
import org.policylod.rdf.Vocab;

/** A document graph being written: small helpers over a Jena model, with prefixes for reading. */
final class Graph {
    final Model model = ModelFactory.createDefaultModel();
    final String base;

    Graph(String base) {
        this.base = base;
        model.setNsPrefix("plo", Plo.NS);
        model.setNsPrefix("eli", Vocab.ELI);
        model.setNsPrefix("prov", Vocab.PROV);
        model.setNsPrefix("foaf", Vocab.FOAF);
        model.setNsPrefix("dcterms", DCTerms.NS);
        model.setNsPrefix("skos", SKOS.uri);
        model.setNsPrefix("oa", OA.NS);
        model.setNsPrefix("org", ORG.NS);
        model.setNsPrefix("rdf", RDF.uri);
        model.setNsPrefix("xsd", XSDDatatype.XSD + "#");
        model.setNsPrefix("at", Uris.AUTHORITY);
        model.setNsPrefix("id", base + "id/");
    }

    /** An IRI of the reference data (default base) moved to this graph's base. */
    String rebase(String iri) {
        return org.policylod.rdf.Rebase.iri(iri, Uris.DEFAULT_BASE, base);
    }

    /** The reference data's IRI (default base) of an IRI at this graph's base. */
    String unbase(String iri) {
        return org.policylod.rdf.Rebase.iri(iri, base, Uris.DEFAULT_BASE);
    }

    Resource r(String iri) {
        return model.createResource(iri);
    }

    void add(String s, Property p, RDFNode o) {
        model.add(r(s), p, o);
    }

    void iri(String s, Property p, String o) {
        model.add(r(s), p, r(o));
    }

    void type(String s, Resource c) {
        model.add(r(s), RDF.type, c);
    }

    void text(String s, Property p, String v) {
        model.add(r(s), p, v);
    }

    void en(String s, Property p, String v) {
        model.add(r(s), p, model.createLiteral(v, "en"));
    }

    void integer(String s, Property p, long v) {
        model.add(r(s), p, model.createTypedLiteral(Long.toString(v), XSDDatatype.XSDinteger));
    }

    void bool(String s, Property p, boolean v) {
        model.add(r(s), p, model.createTypedLiteral(Boolean.toString(v), XSDDatatype.XSDboolean));
    }

    void date(String s, Property p, LocalDate d) {
        model.add(r(s), p, model.createTypedLiteral(d.toString(), XSDDatatype.XSDdate));
    }

    void dateTime(String s, Property p, String iso) {
        model.add(r(s), p, model.createTypedLiteral(iso, XSDDatatype.XSDdateTime));
    }

    /** Code points before char offset {@code at}: offsets in the graph count code points. */
    static int cp(String text, int at) {
        return text.codePointCount(0, at);
    }
}
