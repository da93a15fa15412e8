package org.migrationdialogue.pipeline.ingest.clean;

import java.util.Optional;

/**
 * The result of cleaning.
 *
 * @param text         the clean text
 * @param firstHeading the first heading line, a fallback title for documents without one in their metadata
 */
public record CleanText(String text, Optional<String> firstHeading) {
}
