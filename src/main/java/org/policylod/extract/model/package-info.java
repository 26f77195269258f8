/**
 * The values the ETL hands forward from stage to stage: a document as read
 * ({@link org.policylod.extract.model.Layer}), references and the citation grammar that makes them
 * ({@link org.policylod.extract.model.Ref}, {@link org.policylod.extract.model.Identifiers}), the
 * passages recognition reads, the mentions it finds, the kinds of entity, the {@code Names} port the
 * reader asks of the reference data, and the warnings of one source file.
 *
 * <p>Imports only {@code extract.text} and {@code rdf}; every other package of {@code extract} may
 * import it. Nothing here writes RDF or loads reference data.
 */
package org.policylod.extract.model;
