package org.policylod.serve;

import java.util.List;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * The representations of a resource description, in the server's order of preference when a
 * client accepts several equally: HTML first, since browsers send wildcard RDF types at low
 * quality, then Turtle as the default RDF syntax.
 */
public enum Format {
    HTML("text/html", "html", null),
    TURTLE("text/turtle", "ttl", RDFFormat.TURTLE_PRETTY),
    JSONLD("application/ld+json", "jsonld", RDFFormat.JSONLD11),
    RDFXML("application/rdf+xml", "rdf", RDFFormat.RDFXML_PLAIN),
    NTRIPLES("application/n-triples", "nt", RDFFormat.NTRIPLES);

    public static final List<Format> ALL = List.of(values());
    public static final List<Format> RDF = List.of(TURTLE, JSONLD, RDFXML, NTRIPLES);

    private final String mediaType;
    private final String suffix;
    private final RDFFormat rdf;

    Format(String mediaType, String suffix, RDFFormat rdf) {
        this.mediaType = mediaType;
        this.suffix = suffix;
        this.rdf = rdf;
    }

    public String mediaType() {
        return mediaType;
    }

    public String suffix() {
        return suffix;
    }

    /** The Jena writer format; null for HTML. */
    public RDFFormat rdf() {
        return rdf;
    }

    public Lang lang() {
        return rdf == null ? null : rdf.getLang();
    }

    public static Optional<Format> bySuffix(String suffix) {
        for (Format f : values()) {
            if (f.suffix.equals(suffix)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
