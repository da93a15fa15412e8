package org.migrationdialogue.pipeline.common.events;

import java.time.Instant;
import java.util.Map;

/**
 * The clean text and metadata of one report, on {@code reports.extracted}; key = report id.
 *
 * @param metadata free-form document metadata (author, created, modified, producer, ...)
 */
public record ExtractedReport(String id, SourceObject source, String contentSha256, String title, String language,
                              Integer pageCount, Map<String, String> metadata, String text, Instant extractedAt) {

    public ExtractedReport {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }
}
