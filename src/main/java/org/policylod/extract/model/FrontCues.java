package org.policylod.extract.model;

/** What the reader asks of the front-page cues of the reference data (cues.ttl). */
public interface FrontCues {
    /** Whether this is the name of a journal whose running header opens an act's page. */
    boolean journal(String text);

    /** Whether the text opens an act's citation of its legal basis ("Having regard to"). */
    boolean legalBasis(String text);

    /** Whether an uppercase title keeps this word in lower case ("of", "the"). */
    boolean minorWord(String word);

    /** The class of document (IRI) a front-page line or heading announces by its opening words, or null. */
    String kind(String line);
}
