package org.migrationdialogue.pipeline.ingest.clean;

import java.util.List;
import java.util.Optional;
import org.migrationdialogue.pipeline.common.events.Block;

/**
 * The result of cleaning.
 *
 * @param text         the clean text
 * @param blocks       its headings, paragraphs and list items, each a span of {@code text}
 * @param firstHeading the first heading line, a fallback title for documents without one in their metadata
 */
public record CleanText(String text, List<Block> blocks, Optional<String> firstHeading) {}
