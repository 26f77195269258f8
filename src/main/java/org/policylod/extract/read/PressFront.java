package org.policylod.extract.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policylod.extract.model.Identifiers;
import org.policylod.extract.model.Layer;
import org.policylod.extract.model.Names;
import org.policylod.extract.text.Lines;
import org.policylod.extract.text.Markup;

/**
 * The front-page list of a Council press page ("Council conclusions on migration"): one item per
 * line, "- 20/07/2015" (the date), "- 12:45" (the hour of release, which no property holds),
 * "- Press release" (a resource type of the authority table: the document's eli:work_type) and
 * then "- 606/15", the number of that document, its identity. Other items (the topics) are not
 * read here.
 */
final class PressFront {
    private static final Pattern ITEM = Pattern.compile("\\s*[-*]\\s+(.+)");
    private static final Pattern DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern HOUR = Pattern.compile("\\d{1,2}:\\d{2}");
    private static final Pattern NUMBER = Pattern.compile("(\\d{1,5})/(\\d{2})");

    private PressFront() {
    }

    /** Reads one list item of the front page; false when it is none of the above. */
    static boolean line(Layer layer, Lines.Line line, Names names) {
        Matcher item = ITEM.matcher(line.raw());
        if (!item.matches()) {
            return false;
        }
        String value = Markup.plain(item.group(1)).strip();
        Matcher m;
        if ((m = DATE.matcher(value)).matches() && layer.date == null) {
            try {
                layer.date = LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
                return true;
            } catch (DateTimeException e) {
                return false;
            }
        }
        if (HOUR.matcher(value).matches() && layer.date != null) {
            return true;
        }
        if (layer.workType == null && names.workType(value) != null) {
            layer.workType = names.workType(value);
            return true;
        }
        if ((m = NUMBER.matcher(value)).matches() && layer.workType != null && layer.identity == null) {
            layer.identity = Identifiers.pressRelease(Integer.parseInt(m.group(1)), m.group(2));
            layer.identityLine = line.number();
            return true;
        }
        return false;
    }
}
