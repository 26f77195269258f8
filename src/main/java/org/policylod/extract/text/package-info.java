/**
 * Pure text, no RDF and no reference data: folding and tokens ({@link org.policylod.extract.text.Fold}),
 * Markdown markup and footnote markers ({@link org.policylod.extract.text.Markup}), source lines and
 * blocks ({@link org.policylod.extract.text.Lines}), sentence spans, noun-phrase edges and dates
 * written in words.
 *
 * <p>Imports nothing of the ETL; every other package of {@code extract} may import it.
 */
package org.policylod.extract.text;
