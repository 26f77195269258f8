package org.policylod.source;

import java.nio.file.Path;

/**
 * One corpus document as read: its text with line ends normalised to LF, and the SHA-256 of the
 * file's bytes (recorded in provenance).
 *
 * @param path   where it was read from
 * @param name   the file name, as recorded in provenance
 * @param text   the decoded text, LF line ends
 * @param sha256 lower-case hex SHA-256 of the file's bytes
 */
public record SourceDocument(Path path, String name, String text, String sha256) {
}
