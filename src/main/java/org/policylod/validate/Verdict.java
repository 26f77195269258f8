package org.policylod.validate;

import org.apache.jena.graph.Graph;

/**
 * The outcome of a validation.
 *
 * @param conforms   true when there is no result of severity violation
 * @param violations results of severity sh:Violation
 * @param warnings   results of severity sh:Warning or sh:Info
 * @param report     the full SHACL validation report, for writing as Turtle
 * @param summary    a readable summary: focus node, path, message, and a count per shape
 */
public record Verdict(boolean conforms, int violations, int warnings, Graph report, String summary) {
}
