package org.policylod.extract.read;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policylod.extract.model.Identifiers;
import org.policylod.extract.model.Layer;
import org.policylod.extract.model.Names;
import org.policylod.extract.model.Ref;
import org.policylod.extract.model.Warnings;
import org.policylod.extract.text.DateWords;
import org.policylod.extract.text.Lines;
import org.policylod.extract.text.Markup;

/**
 * The metadata lines of a Council cover page and of an EEAS document's front page. Each rule is a
 * line grammar; a line no rule reads is left to the body (kept as text, never dropped).
 */
final class Metadata {
    private static final Pattern PLACE_DATE = Pattern.compile("(\\p{Lu}[\\p{L} .'-]*?),\\s+(\\d{1,2}\\s+\\p{L}+\\s+\\d{4})");
    private static final Pattern LANGUAGE = Pattern.compile("\\(OR\\.\\s*([a-z]{2})\\)");
    private static final Pattern NUMBER = Pattern.compile("(\\d{3,5})/(\\d{2})(?:\\s+(REV|ADD|COR)\\s*(\\d+))?");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z/]*(?:\\s[A-Z][A-Z/]*)*\\s+\\d{1,5}");
    private static final Pattern MARKING = Pattern.compile("[A-Z][A-Z /]+");
    /** "From: : European External Action Service": some register copies double the colon. */
    private static final Pattern FIELD = Pattern.compile("(From|To|Subject|Encl\\.?)\\s*:[\\s:]*(.*)");
    private static final Pattern ACCESS = Pattern.compile(
            "(DOCUMENT\\s+(?:PARTIALLY\\s+)?ACCESSIBLE\\s+TO\\s+THE\\s+PUBLIC)\\s*\\((\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ITALIC_WORD = Pattern.compile("\\s*(?:\\*|_|<i>)\\s*([\\p{L} ]+?)\\s*(?:\\*|_|</i>)\\s*");
    private static final Pattern OF_DATE = Pattern.compile("of\\s+(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})");
    private static final Pattern OF_WORDS_DATE = Pattern.compile("of\\s+(\\d{1,2}\\s+\\p{L}+\\s+\\d{4})");
    private static final Pattern TYPE_OF = Pattern.compile("(.+?)\\s+of\\s+the\\s+(.+)");

    private Metadata() {
    }

    /** Reads a cover-page line into the layer; false when no rule applies. */
    static boolean council(Layer layer, Lines.Line line, Names names, Warnings warnings) {
        String plain = line.plain();
        Matcher m;
        if (line.heading() != null) {
            String type = names.workType(line.heading());
            if (type == null) {
                return false;
            }
            layer.workType = type;
        } else if ((m = PLACE_DATE.matcher(plain)).matches()) {
            layer.place = m.group(1).strip();
            layer.date = words(m.group(2), warnings, line.number());
        } else if ((m = LANGUAGE.matcher(plain)).matches()) {
            layer.language = m.group(1);
            layer.lines.put("language", line.number());
        } else if ((m = NUMBER.matcher(plain)).matches() && layer.identity == null) {
            layer.identity = Identifiers.council(Integer.parseInt(m.group(1)), m.group(2), m.group(3), m.group(4));
            layer.identityLine = line.number();
        } else if ((m = FIELD.matcher(plain)).matches()) {
            field(layer, m.group(1), m.group(2).strip(), line, warnings);
        } else if ((m = ACCESS.matcher(plain)).find() && m.start() == 0) {
            layer.accessNote = plain.strip();
            layer.lines.put("access", line.number());
            layer.accessDate = date(m.group(4), m.group(3), m.group(2), warnings, line.number());
        } else if (CODE.matcher(plain).matches()) {
            layer.codes.add(plain.replaceAll("\\s+", " "));
        } else if (MARKING.matcher(plain).matches() && layer.sender == null && layer.identity != null) {
            layer.markings.add(plain.strip());
        } else {
            return false;
        }
        return true;
    }

    private static void field(Layer layer, String key, String value, Lines.Line line, Warnings warnings) {
        switch (key) {
            case "From" -> {
                layer.sender = value;
                layer.lines.put("sender", line.number());
            }
            case "To" -> {
                layer.addressee = value;
                layer.lines.put("addressee", line.number());
            }
            case "Subject" -> layer.title = value;
            default -> {
                List<Ref> refs = Identifiers.find(value);
                if (refs.isEmpty()) {
                    warnings.warning(line.number(), "enclosure \"" + value
                            + "\" is not a document identifier; the enclosed document keeps its own");
                } else {
                    layer.encloses = refs.get(0);
                }
            }
        }
    }

    /** Reads a front-page line of an enclosed document; false when no rule applies. */
    static boolean front(Layer layer, Lines.Line line, Names names, Warnings warnings) {
        String raw = line.raw();
        String plain = line.plain();
        Matcher m;
        if (raw.indexOf('\t') >= 0) {
            row(layer, raw, line, names, warnings);
        } else if ((m = ITALIC_WORD.matcher(raw)).matches() && layer.markings.isEmpty()) {
            layer.markings.add(m.group(1).strip());
        } else if ((m = OF_DATE.matcher(plain)).matches()) {
            layer.date = date(m.group(3), m.group(2), m.group(1), warnings, line.number());
        } else if ((m = OF_WORDS_DATE.matcher(plain)).matches()) {
            layer.date = words(m.group(1), warnings, line.number());
        } else if ((m = TYPE_OF.matcher(plain)).matches() && names.workType(m.group(1)) != null) {
            layer.workType = names.workType(m.group(1));
            if (layer.agent == null) {
                layer.agent = m.group(2);
                layer.lines.put("author", line.number());
            }
        } else if (names.organisation(name(plain)) != null) {
            if (layer.agent == null) {
                layer.agent = name(plain);
                layer.lines.put("author", line.number());
            } else if (layer.unit == null) {
                layer.unit = plain;
                layer.lines.put("issuing unit", line.number());
            } else {
                return false;
            }
        } else {
            return false;
        }
        return true;
    }

    /** A body named on a line of its own, as an act's preamble does: "THE COUNCIL OF THE EUROPEAN UNION,". */
    private static String name(String plain) {
        return plain.strip().replaceFirst("[,:]$", "").replaceFirst("^(?i:the)\\s+", "");
    }

    /** A two-column row of the EEAS front-page table: "key TAB value". */
    private static void row(Layer layer, String raw, Lines.Line line, Names names, Warnings warnings) {
        int tab = raw.indexOf('\t');
        String key = Markup.plain(raw.substring(0, tab)).toLowerCase(Locale.ROOT);
        String value = Markup.plain(raw.substring(tab + 1).replace('\t', ' '));
        if (key.contains("reference")) {
            List<Ref> refs = Identifiers.find(value);
            if (!refs.isEmpty() && layer.identity == null) {
                layer.identity = refs.get(0);
                layer.identityLine = line.number();
            }
        } else if (key.contains("marking")) {
            if (!layer.markings.contains(value)) {
                layer.markings.add(value);
            }
        } else if (key.startsWith("to")) {
            for (String code : value.split("[\\s,;]+")) {
                if (!code.isEmpty()) {
                    layer.codes.add(code);
                }
            }
        } else if (key.contains("title") || key.contains("subject")) {
            layer.title = value;
        } else if (key.contains("prev")) {
            layer.previous.addAll(Identifiers.find(value));
        } else {
            warnings.warning(line.number(), "front-page field \"" + key + "\" not known; kept as a paragraph");
            layer.blocks.add(new Layer.Block(false, 0, line.number(), null, raw.replace('\t', ' ')));
        }
    }

    private static LocalDate date(String y, String mo, String d, Warnings warnings, int line) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
        } catch (java.time.DateTimeException e) {
            warnings.warning(line, "not a date: " + d + "." + mo + "." + y);
            return null;
        }
    }

    private static LocalDate words(String text, Warnings warnings, int line) {
        LocalDate d = DateWords.parse(text);
        if (d == null) {
            warnings.warning(line, "not a date: " + text);
        }
        return d;
    }
}
