package org.policylod.ontology;

/** The few HTML pieces the documentation needs; every text value passes through {@link #esc}. */
final class Html {
    private final StringBuilder out = new StringBuilder();

    /** Escapes text for use in element content and double-quoted attribute values. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
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
