package org.policylod.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Content negotiation by an HTTP Accept header (RFC 9110 section 12.5.1): each offered media type
 * gets the quality of the most specific range that matches it, so {@code text/html;q=0, *}{@code /*}
 * refuses HTML; among the types with the highest quality above zero the server's order decides.
 * Media-type parameters other than q (charset, profile) do not restrict a range. A missing or empty
 * header accepts anything.
 */
public final class Accept {
    private record Range(String type, String subtype, double q) {
        int specificity() {
            return type.equals("*") ? 0 : subtype.equals("*") ? 1 : 2;
        }

        boolean matches(String mediaType) {
            int slash = mediaType.indexOf('/');
            String t = mediaType.substring(0, slash);
            String s = mediaType.substring(slash + 1);
            return type.equals("*") || (type.equals(t) && (subtype.equals("*") || subtype.equals(s)));
        }
    }

    private final List<Range> ranges;

    private Accept(List<Range> ranges) {
        this.ranges = ranges;
    }

    public static Accept parse(String header) {
        List<Range> ranges = new ArrayList<>();
        if (header == null || header.isBlank()) {
            ranges.add(new Range("*", "*", 1));
            return new Accept(ranges);
        }
        for (String part : header.split(",")) {
            String[] bits = part.split(";");
            String mt = bits[0].trim().toLowerCase(Locale.ROOT);
            int slash = mt.indexOf('/');
            if (slash <= 0 || slash == mt.length() - 1) {
                continue;
            }
            double q = 1;
            for (int i = 1; i < bits.length; i++) {
                String param = bits[i].trim();
                if (param.toLowerCase(Locale.ROOT).startsWith("q=")) {
                    try {
                        q = Math.max(0, Math.min(1, Double.parseDouble(param.substring(2).trim())));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            ranges.add(new Range(mt.substring(0, slash), mt.substring(slash + 1), q));
        }
        return new Accept(ranges);
    }

    /** The quality this header gives {@code mediaType} (0 when nothing matches). */
    public double quality(String mediaType) {
        Range best = null;
        for (Range r : ranges) {
            if (r.matches(mediaType) && (best == null || r.specificity() > best.specificity()
                    || (r.specificity() == best.specificity() && r.q() > best.q()))) {
                best = r;
            }
        }
        return best == null ? 0 : best.q();
    }

    /** The best of {@code offers} (in the server's order of preference), if any is acceptable. */
    public <T> Optional<T> choose(List<T> offers, java.util.function.Function<T, String> mediaType) {
        T choice = null;
        double q = 0;
        for (T offer : offers) {
            double oq = quality(mediaType.apply(offer));
            if (oq > q) {
                q = oq;
                choice = offer;
            }
        }
        return Optional.ofNullable(choice);
    }
}
