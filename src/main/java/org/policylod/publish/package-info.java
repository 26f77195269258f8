/**
 * The publish stage: from the assembled graphs to a release that people and the server use.
 *
 * <p>{@link org.policylod.publish.Pipeline} runs it. By default each document goes through the ETL
 * and the SHACL gate on its own ({@link org.policylod.publish.DocumentGate}, reusable and
 * thread-safe, answering a {@link org.policylod.publish.DocumentOutcome}); a
 * {@link org.policylod.publish.Batch} of outcomes assembles the conforming documents with the
 * ontology and their reference data, holds back the documents that break a shape only next to an
 * earlier one ({@link org.policylod.publish.CrossDocument}, which the bulk load of a sharded ETL,
 * {@link org.policylod.publish.ShardLoader}, applies the same way), and
 * {@link org.policylod.publish.Publisher} validates the assembly once more as a whole and publishes it. Documents held back are kept in
 * {@code DIR/held-back/} ({@link org.policylod.publish.HeldBackFolder}). In the all-or-nothing mode,
 * {@link org.policylod.publish.Sources} reads every document, {@link org.policylod.publish.Assembly}
 * takes them all, and data that does not conform publishes nothing: the report goes to
 * {@code DIR/failed/validation-report.ttl} (with {@code summary.txt}). Either way, when nothing is
 * published every release, and {@code DIR/current}, stay as they were.
 *
 * <p>Conforming data becomes a release, {@code DIR/releases/{version}}, written under a temporary
 * name and then switched in: {@code current} is replaced by a new symbolic link in one atomic rename
 * ({@link org.policylod.publish.ReleaseSwitch}). The version is the publication day and the first
 * eight hex digits of the SHA-256 of the sorted N-Quads ({@link org.policylod.publish.Canonical}).
 *
 * <p>Reproducible: {@link org.policylod.publish.Canonical} relabels blank nodes from their
 * surroundings and orders everything, so with the same input and {@code SOURCE_DATE_EPOCH} every
 * dump, the description, the tables and the checksums are the same bytes, from any process.
 *
 * <p>A release holds {@code dumps/} (N-Triples and N-Quads sorted one statement per line, Turtle,
 * TriG with a graph per document plus ontology and reference, JSON-LD with its context inline,
 * RDF/XML, each also gzipped; {@code void.ttl}, the VoID and DCAT-AP description; {@code csv/}, the
 * results of some bundled queries; {@code SHA256SUMS}), {@code tdb2/} (the server's database),
 * {@code validation-report.ttl} and {@code release.properties}.
 */
package org.policylod.publish;
