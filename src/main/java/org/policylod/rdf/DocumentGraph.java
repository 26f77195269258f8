package org.policylod.rdf;

import java.util.List;
import org.apache.jena.rdf.model.Model;

/**
 * What the ETL makes of one source file: the triples of its named graph and the warnings a person
 * should see (a footnote marker with no footnote, a heading it did not know, ...).
 *
 * @param graphIri the named graph's IRI ({@code BASE graph/{slug}})
 * @param model    the triples
 * @param warnings human-readable warnings, each naming the file and line
 */
public record DocumentGraph(String graphIri, Model model, List<String> warnings) {
}
