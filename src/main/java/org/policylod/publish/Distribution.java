package org.policylod.publish;

import java.nio.file.Path;

/**
 * One downloadable file of a release, as the dataset description lists it.
 *
 * @param file      the file
 * @param mediaType the media type of its content (of the uncompressed content when gzipped)
 * @param gzipped   true when the file is the gzip of that content
 * @param about     what it holds, in a sentence (null when nothing more than the format is known)
 */
public record Distribution(Path file, String mediaType, boolean gzipped, String about) {
}
