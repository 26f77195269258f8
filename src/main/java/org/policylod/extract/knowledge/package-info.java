/**
 * The reference knowledge the ETL recognises with, loaded once per JVM and read-only afterwards:
 * {@link org.policylod.extract.knowledge.Knowledge} (the ontology, the curated reference data and
 * the views the passes ask of them), the {@link org.policylod.extract.knowledge.Lexicon} of labels,
 * the relation {@link org.policylod.extract.knowledge.Cues} of {@code cues.ttl}, the
 * {@link org.policylod.extract.knowledge.EntityRules} of {@code entities.ttl} (kinds of authority
 * bodies, short forms of their names, mission prefixes), and the EU authority
 * tables ({@code Authority}, loaded through {@link org.policylod.extract.knowledge.AuthorityIndex},
 * which the build also runs to write the index: one direction, Knowledge → AuthorityIndex → Authority).
 *
 * <p>Imports {@code extract.text}, {@code extract.model} and {@code rdf}; imported by
 * {@code extract.write}, {@code extract.recognise} and the entry point. The reader
 * ({@code extract.read}) does not import it: it asks the {@code model.Names} port.
 */
package org.policylod.extract.knowledge;
