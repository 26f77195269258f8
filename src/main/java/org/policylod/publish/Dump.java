package org.policylod.publish;

import org.apache.jena.riot.Lang;

/** The dump formats: file suffix, syntax, and whether the syntax keeps the named graphs. */
public enum Dump {
    NTRIPLES("nt", Lang.NTRIPLES, false),
    NQUADS("nq", Lang.NQUADS, true),
    TURTLE("ttl", Lang.TURTLE, false),
    TRIG("trig", Lang.TRIG, true),
    JSONLD("jsonld", Lang.JSONLD, true),
    RDFXML("rdf", Lang.RDFXML, false);

    /** Every dump file is named {@code policy-lod.{suffix}} (and {@code .gz}). */
    public static final String NAME = "policy-lod";

    private final String suffix;
    private final Lang lang;
    private final boolean quads;

    Dump(String suffix, Lang lang, boolean quads) {
        this.suffix = suffix;
        this.lang = lang;
        this.quads = quads;
    }

    public String fileName() {
        return NAME + "." + suffix;
    }

    public String suffix() {
        return suffix;
    }

    public Lang lang() {
        return lang;
    }

    /** True when the file holds the named graphs; the others hold the union of all graphs. */
    public boolean quads() {
        return quads;
    }

    /** What the file holds, for the dataset description. */
    public String about() {
        String what = quads ? "Every named graph: one per source document, the ontology and the reference data"
                : "The union of all graphs";
        String how = this == NTRIPLES || this == NQUADS ? ", sorted, one statement per line." : ".";
        return what + how;
    }

    public String mediaType() {
        return lang.getContentType().getContentTypeStr();
    }
}
