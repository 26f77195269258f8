package org.policylod.extract.model;

/** What metadata parsing asks of the reference data: whole-text look-ups of official names. */
public interface Names {
    /** The organisation whose label is exactly this text (case and quotes folded), or null. */
    String organisation(String text);

    /** The authority resource type whose English label is exactly this text, or null. */
    String workType(String text);

    /** What front pages of acts say: journal names, legal-basis openings, kinds, a title's minor words. */
    FrontCues front();
}
