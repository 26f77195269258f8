/**
 * Text to the document model: {@link org.policylod.extract.read.Structure} splits a source text into
 * its documents (a Council cover note and what it encloses), reads each front page with
 * {@code Metadata}'s line grammars and each body with {@code BodyReader}, and settles every
 * document's identity; nothing patches it afterwards. No RDF is written here.
 *
 * <p>Imports {@code extract.text} and {@code extract.model} only (the reference data through the
 * {@code model.Names} port); only the entry point imports it, through {@code Structure.parse}.
 */
package org.policylod.extract.read;
