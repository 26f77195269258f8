package org.policylod.extract.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** A date written in English words, as front pages and prose write it: "15 September 2022". */
public final class DateWords {
    private static final DateTimeFormatter WORDS = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private DateWords() {
    }

    /** The date in words, as {@link #parse} reads it: "12 May 2016". */
    public static String format(LocalDate d) {
        return d.format(WORDS);
    }

    /** The date, or null when the words are no date ("31 February 2022", "15 Septembre 2022"). */
    public static LocalDate parse(String text) {
        try {
            return LocalDate.parse(text.replaceAll("\\s+", " "), WORDS);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
