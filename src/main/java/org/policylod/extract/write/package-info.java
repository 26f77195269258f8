/**
 * The document model to triples, and nothing back: {@link org.policylod.extract.write.GraphWriter}
 * (the one sink every writer emits into, as a Jena RIOT reader emits into a {@code StreamRDF}; it
 * offers no reads), {@code Documents} (front-page metadata and cited documents), {@code Body}
 * (sections, paragraphs, footnotes, redactions; it returns the passages recognition reads),
 * {@code Evidence} (mentions and assertions tied to their sentence) and {@code References} (the
 * reference graph of a publication).
 *
 * <p>Imports {@code extract.text}, {@code extract.model}, {@code extract.knowledge} and {@code rdf};
 * imported by {@code extract.recognise} and the entry point.
 */
package org.policylod.extract.write;
