package org.policylod;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;

/**
 * HTML from the Mustache templates on the class path. Every {@code {{value}}} is escaped by the
 * engine with {@link HtmlText}, so text from the data is shown as text and never becomes markup;
 * templates hold the markup, Java only the values. Compiled templates are kept by the factory.
 */
public final class Templates {
    private static final DefaultMustacheFactory FACTORY = new DefaultMustacheFactory() {
        // The project's escaper (the engine's own also escapes '=' and '`', which URLs in attributes
        // do not need).
        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(HtmlText.escape(value));
            } catch (IOException e) {
                throw new MustacheException("cannot write a page", e);
            }
        }
    };

    private Templates() {
    }

    /** Renders the template at a class-path resource, e.g. {@code org/policylod/serve/templates/home.mustache}. */
    public static String render(String resource, Object scope) {
        StringWriter out = new StringWriter();
        FACTORY.compile(resource).execute(out, scope);
        return out.toString();
    }
}
