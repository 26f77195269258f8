/**
 * Passages to mentions and assertions: every pass implements
 * {@link org.policylod.extract.recognise.Recogniser} and {@link org.policylod.extract.recognise.Recognition}
 * lists them, in the one order they run (labels and identifiers, missions by their naming pattern,
 * named instruments, what publishes them, dates, mentions and citations written, relations, mission categories). The
 * {@link org.policylod.extract.recognise.Mentions} of a document are passed forward from pass to
 * pass; what a pass needs to know of an entity travels on its {@code Mention}, and no pass reads
 * the graph back. A pass holds only the reference knowledge; whatever it keeps about a document
 * lives inside its {@code recognise} call, so one {@code Etl} serves many threads.
 *
 * <p>Imports {@code extract.text}, {@code extract.model}, {@code extract.knowledge},
 * {@code extract.write} and {@code rdf}; only the entry point imports it.
 */
package org.policylod.extract.recognise;
