package org.policylod.rdf;

import java.text.Normalizer;
import java.util.Locale;

/** URI minting rules of ontology/MODEL.md: readable slugs from identifiers, never from counters. */
public final class Uris {
    /** The default base namespace; reference files are written with it. */
    public static final String DEFAULT_BASE = "https://w3id.org/policy-lod/";
    public static final String AUTHORITY = "http://publications.europa.eu/resource/authority/";
    public static final String CELLAR = "http://publications.europa.eu/resource/celex/";
    public static final String EURLEX = "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:";
    public static final String ELI = "http://data.europa.eu/eli/";
    public static final String REGISTER = "https://data.consilium.europa.eu/doc/document/";

    private Uris() {
    }

    /** Lower case ASCII; letters and digits kept; other runs become one '-'; accents folded. */
    public static String slug(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        StringBuilder out = new StringBuilder(folded.length());
        boolean dash = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = Character.toLowerCase(folded.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (dash && out.length() > 0) {
                    out.append('-');
                }
                out.append(c);
                dash = false;
            } else {
                dash = true;
            }
        }
        return out.toString();
    }

    public static String document(String base, String slug) {
        return base + "id/document/" + slug;
    }

    /** A CSDP mission or operation: BASE id/mission/{slug of its name}, as ontology/reference/missions.ttl mints them. */
    public static String mission(String base, String name) {
        return base + "id/mission/" + slug(name);
    }

    public static String instrument(String base, String name) {
        return base + "id/instrument/" + slug(name);
    }

    public static String graph(String base, String documentSlug) {
        return base + "graph/" + documentSlug;
    }

    public static String source(String base, String sha256) {
        return base + "id/source/" + sha256;
    }

    public static String run(String base, String hash) {
        return base + "id/run/" + hash;
    }

    public static String software(String base) {
        return base + "id/software/policy-lod";
    }

    public static String concept(String base, String scheme, String label) {
        return base + "id/" + scheme + "/" + slug(label);
    }

    public static String scheme(String base, String scheme) {
        return base + "id/scheme/" + scheme;
    }

    public static String authority(String table, String code) {
        return AUTHORITY + table + "/" + code;
    }

    public static String celexUri(String celex) {
        return CELLAR + celex;
    }

    public static String eurLex(String celex) {
        return EURLEX + celex;
    }

    /** Council register PDF, e.g. ST-7371-2022-INIT; {@code part} is INIT, REV-1, ADD-2, ... */
    public static String register(int number, int year, String part) {
        return REGISTER + "ST-" + number + "-" + year + "-" + part.toUpperCase(Locale.ROOT) + "/en/pdf";
    }

    /** ELI of an act in the Official Journal: {@code kind} is dir, reg or dec. */
    public static String eli(String kind, int year, int number) {
        return ELI + kind + "/" + year + "/" + number + "/oj";
    }
}
