package org.policylod.extract.model;

/**
 * An identifier as a grammar parsed it, before any one way of writing it is chosen: the rule that
 * writes a work's one {@code eli:id_local} reads these parts (knowledge {@code IdentifierForms}),
 * never the text's spelling, so "Council Regulation (EU) No 1053/2013" and "Regulation (EU)
 * 1053/2013" are written alike.
 *
 * @param scheme      the kind of identifier: an act's kind ("regulation", "decision",
 *                    "framework-decision", "joint-action", ...), a paper's series ("com", "join", "swd"),
 *                    "st" (Council register) or "eeas"
 * @param domain      an act's domain as the text gives it ("EU", "EC", "CFSP", "JHA"), or null when
 *                    the text gives none
 * @param year        four digits
 * @param number      the sequential number
 * @param part        what follows the number: a Council document's "REV 1", an EEAS reference's
 *                    revision "1"; else null
 * @param numberFirst whether the text put the number before the year ("Decision No 1082/2013/EU")
 */
public record Form(String scheme, String domain, int year, int number, String part, boolean numberFirst) {

    public static Form of(String scheme, int year, int number) {
        return new Form(scheme, null, year, number, null, false);
    }
}
