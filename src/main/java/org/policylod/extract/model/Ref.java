package org.policylod.extract.model;

import java.util.List;
import org.apache.jena.rdf.model.Resource;

/**
 * A reference to a document recognised in text, normalised.
 *
 * @param slug    the document's slug under {@code id/document/}
 * @param idLocal the identifier as the grammar normalised what the text wrote ("COM(2020) 609", "ST 7371/22");
 *                the work's one {@code eli:id_local} is written from {@code form} by the knowledge's rule
 * @param types   the document's classes
 * @param celex   CELEX number, or null
 * @param eli     ELI URI (acts in the Official Journal only), or null
 * @param page    human page (EUR-Lex or Council register), or null
 * @param partOf  slug of the whole this is part of (a treaty article's treaty), or null
 * @param start   char offset of the reference in the passage text
 * @param end     char offset after it
 * @param form    the identifier's parts as parsed, or null for a kind written one way only (a treaty
 *                article, a UN resolution, a file name)
 */
public record Ref(String slug, String idLocal, List<Resource> types, String celex, String eli, String page,
                  String partOf, int start, int end, Form form) {

    public Ref(String slug, String idLocal, List<Resource> types, String celex, String eli, String page,
               String partOf, int start, int end) {
        this(slug, idLocal, types, celex, eli, page, partOf, start, end, null);
    }

    public Ref at(int newStart, int newEnd) {
        return new Ref(slug, idLocal, types, celex, eli, page, partOf, newStart, newEnd, form);
    }

    public Ref with(Form parsed) {
        return new Ref(slug, idLocal, types, celex, eli, page, partOf, start, end, parsed);
    }
}
