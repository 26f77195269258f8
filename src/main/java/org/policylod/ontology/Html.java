package org.policylod.ontology;

import org.policylod.HtmlText;

/** The few HTML pieces the documentation needs; every text value passes through {@link #esc}. */
final class Html {
    private final StringBuilder out = new StringBuilder();

    /** Escapes text for use in element content and double-quoted attribute values. */
    static String esc(String s) {
        return HtmlText.escape(s);
    }

    /** Appends markup written by this package (never data). */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Appends escaped text. */
    Html text(String s) {
        out.append(esc(s));
        return this;
    }

    /** An element with escaped text content, e.g. {@code el("h1", title)}. */
    Html el(String tag, String content) {
        return raw("<" + tag + ">").text(content).raw("</" + tag + ">\n");
    }

    Html link(String href, String content) {
        return raw("<a href=\"").text(href).raw("\">").text(content).raw("</a>");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
