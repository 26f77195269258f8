/**
 * The ETL: a source document to its named graph. Only the entry point, {@link org.policylod.extract.Etl},
 * lives here; the rest is split by role, each sub-package importing only those before it:
 *
 * <pre>
 * text        pure text: folding, markup, lines, sentences, phrases, dates in words
 * model       values handed forward: Layer, Ref and Identifiers, Passage, Mention, Names, Warnings, Stated
 * knowledge   reference data loaded once: Knowledge, Lexicon, Keywords, Cues, EntityRules, Authority(Index)
 *                                                                                            (text, model)
 * read        text to the document model: Structure, Metadata, BodyReader                        (text, model)
 * write       the model to triples, never read back: GraphWriter, Documents, Body, Evidence, References
 *                                                                                  (text, model, knowledge)
 * recognise   passes over passages: Recogniser, Recognition (the ordered list), Mentions and the passes
 *                                                                           (text, model, knowledge, write)
 * </pre>
 *
 * <p>Outside the ETL, only {@code Etl} is used (by {@code publish}); {@code ArchitectureTest} checks the
 * layering, that no two classes depend on each other and that no class passes 300 lines.
 */
package org.policylod.extract;
