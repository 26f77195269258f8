package org.policylod.extract.read;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policylod.extract.model.Celex;
import org.policylod.extract.model.Identifiers;
import org.policylod.extract.model.Layer;
import org.policylod.extract.model.Names;
import org.policylod.extract.model.Ref;
import org.policylod.extract.text.Lines;

/**
 * The front-page lines of an act in the Official Journal, a consolidated text, a EUR-Lex page and
 * a Commission paper: the page's own CELEX, the journal's running header, "Brussels, 29.9.2021", a
 * line that is the document's identifier, consolidation markers; and the rendering of an uppercase
 * title. The journal's name and the minor words of titles come from the reference data.
 */
final class ActFront {
    /** EUR-Lex writes the page's CELEX number first: "Document 32019R1240", "Document 02012D0389-20170227". */
    private static final Pattern DOCUMENT = Pattern.compile("Document\\s+([035]\\d{4}[A-Z]{1,2}\\d{4}(?:-\\d{8})?)");
    /** "19.9.2018 EN Official Journal of the European Union L 235/7". */
    private static final Pattern HEADER = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\s+[A-Z]{2}\\s+(.+?)\\s+([LC])\\s+(\\d{1,4})/(\\d{1,4})");
    private static final Pattern PLACE_DATE = Pattern.compile("(\\p{Lu}[\\p{L} .'-]*?),\\s+(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    /** The markers of a consolidated text: "►B", "▼C1", "▼M7", alone on a line. */
    static final Pattern MARKER = Pattern.compile("(?:[►▼◄]\\s*[A-Z]\\d*\\s*)+");

    private ActFront() {
    }

    /** Reads one front-page line; false when no rule applies. */
    static boolean line(Layer layer, Lines.Line line, Names names) {
        String plain = line.plain().strip();
        Matcher m;
        if (MARKER.matcher(plain).matches() || names.front().journal(plain)) {
            return true; // a consolidation marker, or the journal's name on a line of its own: no author
        } else if ((m = DOCUMENT.matcher(plain)).matches()) {
            Ref own = Celex.of(m.group(1));
            if (own != null && layer.identity == null) {
                layer.identity = own;
                layer.identityLine = line.number();
            }
            return own != null;
        } else if ((m = HEADER.matcher(plain)).matches() && names.front().journal(m.group(4))) {
            layer.journal = "OJ " + m.group(5) + " " + m.group(6) + ", " + Integer.parseInt(m.group(1)) + "."
                    + Integer.parseInt(m.group(2)) + "." + m.group(3) + ", p. " + m.group(7);
            return true;
        } else if ((m = PLACE_DATE.matcher(plain)).matches() && layer.date == null) {
            try {
                layer.date = LocalDate.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)));
                layer.place = m.group(1);
                return true;
            } catch (java.time.DateTimeException e) {
                return false;
            }
        }
        List<Ref> refs = Identifiers.find(plain);
        if (refs.size() == 1 && refs.get(0).start() == 0 && refs.get(0).end() == plain.length()) {
            if (layer.identity == null) {
                layer.identity = refs.get(0);
                layer.identityLine = line.number();
            }
            return true;
        }
        return false;
    }

    /**
     * An uppercase title as a reader writes it: each word capitalised, the minor words in lower case
     * (except first), words with a digit or in parentheses ("(CFSP)", "2011/36/EU") kept; a title with
     * lower-case letters is kept as it is.
     */
    static String title(String text, Names names) {
        if (!text.equals(text.toUpperCase(Locale.ROOT))) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String w = word;
            if (!w.matches(".*\\d.*") && !w.startsWith("(")) {
                String lower = w.toLowerCase(Locale.ROOT);
                w = out.length() > 0 && names.front().minorWord(lower) ? lower
                        : lower.isEmpty() ? lower : lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
            }
            out.append(out.length() > 0 ? " " : "").append(w);
        }
        return out.toString();
    }

    /** The act a heading names first, when the heading begins with it; null otherwise. */
    static Ref act(String heading, Names names) {
        List<Ref> refs = Identifiers.find(title(heading, names));
        return !refs.isEmpty() && refs.get(0).start() == 0 && refs.get(0).celex() != null
                && refs.get(0).celex().startsWith("3") ? refs.get(0) : null;
    }
}
