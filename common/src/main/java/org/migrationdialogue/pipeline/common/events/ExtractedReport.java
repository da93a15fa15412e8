package org.migrationdialogue.pipeline.common.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The clean text, layout and metadata of one report, on {@code reports.extracted}; key = report id.
 *
 * @param metadata free-form document metadata (author, created, modified, producer, ...)
 * @param text     the clean text: blocks separated by a blank line, list items and table rows by a new line
 * @param blocks   the report's layout in reading order, each a span of {@code text}; empty when unknown
 */
public record ExtractedReport(String id, SourceObject source, String contentSha256, String title, String language,
                              Integer pageCount, Map<String, String> metadata, String text, List<Block> blocks,
                              Instant extractedAt) {

    public ExtractedReport {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
    }

    /** The same report with another text and layout (e.g. in tests). */
    public ExtractedReport withText(String newText, List<Block> newBlocks) {
        return new ExtractedReport(id, source, contentSha256, title, language, pageCount, metadata, newText, newBlocks,
                extractedAt);
    }
}
