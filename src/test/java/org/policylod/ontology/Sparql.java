package org.policylod.ontology;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.shared.PrefixMapping;

/** The IRIs in one namespace that a SPARQL query mentions. */
final class Sparql {
    private Sparql() {
    }

    /**
     * Every IRI under {@code ns} in the parsed query, read from its re-serialised text with prefixes
     * expanded, so that paths, FILTERs and VALUES count as well as triple patterns (comments do not).
     */
    static Set<String> ourIris(String queryText, String ns) {
        Query q = QueryFactory.create(queryText);
        q.setPrefixMapping(PrefixMapping.Factory.create());
        Matcher m = Pattern.compile("<(" + Pattern.quote(ns) + "[^>]*)>").matcher(q.serialize());
        Set<String> out = new TreeSet<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
