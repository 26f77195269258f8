package org.policylod.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown of the rendering to plain text: emphasis and HTML tags removed, escapes undone, runs of
 * white space made one space, and footnote markers ({@code <sup>N</sup>}) taken out with their
 * offsets in the plain text recorded.
 */
public final class Markup {
    private static final Pattern SUP = Pattern.compile("<sup>\\s*([^<]*?)\\s*</sup>");
    private static final Pattern TAG = Pattern.compile("</?(?:i|b|em|strong|u|br|span)\\s*/?>");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|<>])");
    private static final Pattern BOLD = Pattern.compile("\\*\\*|__");
    private static final Pattern ITALIC = Pattern.compile("(?<![\\w*])\\*(?=\\S)([^*]+?)(?<=\\S)\\*(?![\\w*])"
            + "|(?<![\\w\\\\])_(?=\\S)([^_]+?)(?<=[^\\s\\\\])_(?!\\w)");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,4}");

    /** A footnote marker in a passage: the footnote's number and its char offset in the text. */
    public record Anchor(int number, int offset) {
    }

    /** Plain text and its footnote anchors. */
    public record Clean(String text, List<Anchor> anchors) {
    }

    private Markup() {
    }

    public static Clean clean(String raw) {
        // most blocks carry little markup: run each expression only where its character occurs
        String s = raw.indexOf('<') >= 0 ? TAG.matcher(raw).replaceAll("") : raw;
        if (s.contains("**") || s.contains("__")) {
            s = BOLD.matcher(s).replaceAll("");
        }
        if (s.indexOf('*') >= 0 || s.indexOf('_') >= 0) {
            s = ITALIC.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1) != null ? m.group(1) : m.group(2)));
        }
        if (s.indexOf('\\') >= 0) {
            s = ESCAPE.matcher(s).replaceAll("$1");
        }
        StringBuilder out = new StringBuilder(s.length());
        List<Anchor> anchors = new ArrayList<>();
        Matcher m = SUP.matcher(s);
        int at = 0;
        while (s.indexOf("<sup>", at) >= 0 && m.find()) {
            space(out, s, at, m.start());
            if (DIGITS.matcher(m.group(1)).matches()) {
                trimEnd(out);
                anchors.add(new Anchor(Integer.parseInt(m.group(1)), out.length()));
            } else {
                space(out, m.group(1), 0, m.group(1).length());
            }
            at = m.end();
        }
        space(out, s, at, s.length());
        trimEnd(out);
        int lead = 0;
        while (lead < out.length() && out.charAt(lead) == ' ') {
            lead++;
        }
        if (lead > 0) {
            out.delete(0, lead);
            List<Anchor> shifted = new ArrayList<>(anchors.size());
            for (Anchor a : anchors) {
                shifted.add(new Anchor(a.number(), Math.max(0, a.offset() - lead)));
            }
            anchors = shifted;
        }
        return new Clean(out.toString(), List.copyOf(anchors));
    }

    /** Appends s[from, to) with every white-space run made one space. */
    private static void space(StringBuilder out, String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
    }

    private static void trimEnd(StringBuilder out) {
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }

    /** The text with markup removed and markers dropped (for metadata lines). */
    public static String plain(String raw) {
        return clean(raw).text();
    }
}
