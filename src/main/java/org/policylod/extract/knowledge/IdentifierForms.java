package org.policylod.extract.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.policylod.extract.model.Form;
import org.policylod.extract.model.Ref;
import org.policylod.rdf.Vocab;

/**
 * The one {@code eli:id_local} of a work, whichever document cites it and however: the reference
 * data's when it describes the work, else written by rule from the parsed identifier with the
 * templates of {@code identifier-forms.ttl}, else the form the grammar normalised (a kind written one
 * way only). Immutable once loaded.
 */
public final class IdentifierForms {
    static final String FILE = "org/policylod/extract/knowledge/identifier-forms.ttl";
    private static final Pattern OPTIONAL = Pattern.compile("\\[([^\\[\\]]*)]");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    /** One way of writing a scheme's identifiers, and when it applies (null: no condition). */
    private record Template(String text, Integer fromYear, Integer beforeYear, Boolean numberFirst) {
        /** How many of its conditions hold, or -1 when one fails. */
        int fit(Form f) {
            if ((fromYear != null && f.year() < fromYear) || (beforeYear != null && f.year() >= beforeYear)
                    || (numberFirst != null && numberFirst != f.numberFirst())) {
                return -1;
            }
            return (fromYear != null ? 1 : 0) + (beforeYear != null ? 1 : 0) + (numberFirst != null ? 1 : 0);
        }
    }

    private record Scheme(List<Template> templates, int twoDigitYearsBefore) {
    }

    private final Map<String, Scheme> schemes;
    /** eli:id_local of the works the reference data describes (default base). */
    private final Map<String, String> reference;

    private IdentifierForms(Map<String, Scheme> schemes, Map<String, String> reference) {
        this.schemes = schemes;
        this.reference = reference;
    }

    /** The bundled forms, and the identifiers of {@code referenceData} (at the default base). */
    static IdentifierForms load(Model referenceData) {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = IdentifierForms.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + FILE);
            }
            RDFDataMgr.read(m, in, Lang.TURTLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> reference = new HashMap<>();
        referenceData.listStatements(null, Vocab.idLocal, (RDFNode) null).forEachRemaining(s -> {
            if (s.getSubject().isURIResource() && s.getObject().isLiteral()) {
                reference.merge(s.getSubject().getURI(), s.getString(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        });
        return new IdentifierForms(schemes(m), Map.copyOf(reference));
    }

    private static Map<String, Scheme> schemes(Model m) {
        Property scheme = m.createProperty(Cues.ETL, "scheme");
        Property form = m.createProperty(Cues.ETL, "form");
        Property template = m.createProperty(Cues.ETL, "template");
        Property twoDigits = m.createProperty(Cues.ETL, "twoDigitYearsBefore");
        Map<String, Scheme> out = new HashMap<>();
        m.listStatements(null, scheme, (RDFNode) null).forEachRemaining(s -> {
            Resource r = s.getSubject();
            List<Template> templates = new ArrayList<>();
            r.listProperties(form).forEachRemaining(f -> {
                Resource t = f.getResource();
                templates.add(new Template(t.getRequiredProperty(template).getString(), integer(t, "fromYear"),
                        integer(t, "beforeYear"), t.hasProperty(m.createProperty(Cues.ETL, "numberFirst"))
                        ? t.getProperty(m.createProperty(Cues.ETL, "numberFirst")).getBoolean() : null));
            });
            Statement two = r.getProperty(twoDigits);
            out.put(s.getString(), new Scheme(List.copyOf(templates), two == null ? 0 : two.getInt()));
        });
        return Map.copyOf(out);
    }

    private static Integer integer(Resource r, String local) {
        Statement s = r.getProperty(r.getModel().createProperty(Cues.ETL, local));
        return s == null ? null : s.getInt();
    }

    /**
     * The one identifier of the work {@code workIri} (at the default base) that {@code ref} cites:
     * the reference data's, else its form by rule, else the grammar's.
     */
    public String idLocal(String workIri, Ref ref) {
        String curated = reference.get(workIri);
        if (curated != null) {
            return curated;
        }
        String written = ref.form() == null ? null : write(ref.form());
        return written != null ? written : ref.idLocal();
    }

    /** A parsed identifier written by its scheme's rule, or null for a scheme without forms. */
    public String write(Form f) {
        Scheme s = schemes.get(f.scheme());
        if (s == null) {
            return null;
        }
        Template best = null;
        int fit = -1;
        for (Template t : s.templates()) {
            int v = t.fit(f);
            if (v > fit) {
                best = t;
                fit = v;
            }
        }
        if (best == null) {
            return null;
        }
        String year = Integer.toString(f.year());
        Map<String, String> values = new HashMap<>();
        values.put("domain", f.domain());
        values.put("year", f.year() < s.twoDigitYearsBefore() ? year.substring(2) : year);
        values.put("yy", year.substring(2));
        values.put("number", Integer.toString(f.number()));
        values.put("part", f.part());
        Matcher o = OPTIONAL.matcher(best.text());
        StringBuilder text = new StringBuilder();
        while (o.find()) {
            o.appendReplacement(text, Matcher.quoteReplacement(complete(o.group(1), values) ? o.group(1) : ""));
        }
        o.appendTail(text);
        return fill(text.toString(), values);
    }

    private static boolean complete(String stretch, Map<String, String> values) {
        Matcher p = PLACEHOLDER.matcher(stretch);
        while (p.find()) {
            String v = values.get(p.group(1));
            if (v == null || v.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static String fill(String template, Map<String, String> values) {
        Matcher p = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (p.find()) {
            String v = values.get(p.group(1));
            p.appendReplacement(out, Matcher.quoteReplacement(v == null ? "" : v));
        }
        p.appendTail(out);
        return out.toString();
    }
}
