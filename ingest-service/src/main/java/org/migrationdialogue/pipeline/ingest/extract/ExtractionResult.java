package org.migrationdialogue.pipeline.ingest.extract;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.migrationdialogue.pipeline.common.events.Block;
import org.migrationdialogue.pipeline.common.events.ExtractedReport;
import org.migrationdialogue.pipeline.common.events.ReportId;
import org.migrationdialogue.pipeline.common.events.SourceObject;

/** The outcome of extracting one object: {@link Extracted} or {@link Failed}, never an exception. */
public sealed interface ExtractionResult {

    /**
     * A document with clean text; empty for a scan that OCR could not read because it is off ({@code ocr} says
     * which pages).
     *
     * @param title         the document's own title, else its first heading
     * @param language      ISO 639-1 code ("en", "fr", ...) or "und" when undetermined
     * @param pageCount     pages as the document reports them, null when the format has none
     * @param metadata      author, created, modified, content_type, producer, ocr, ... (only present keys)
     * @param cleanText     text after {@link org.migrationdialogue.pipeline.ingest.clean.TextCleaner}
     * @param blocks        the layout of {@code cleanText}: headings, paragraphs, list items, table rows, each a span of it
     * @param contentSha256 SHA-256 of the object's raw bytes, hex
     * @param ocr           the pages read by OCR, and those whose text is missing because OCR is off
     */
    record Extracted(
            String title,
            String language,
            Integer pageCount,
            Map<String, String> metadata,
            String cleanText,
            List<Block> blocks,
            String contentSha256,
            OcrOutcome ocr)
            implements ExtractionResult {

        public Extracted {
            metadata = Map.copyOf(metadata);
            blocks = blocks == null ? List.of() : List.copyOf(blocks);
            Objects.requireNonNull(cleanText, "cleanText");
            ocr = ocr == null ? OcrOutcome.NONE : ocr;
        }

        /** The report of the object {@code source} that this extraction gives, as published on reports.extracted. */
        public ExtractedReport report(SourceObject source, Instant extractedAt) {
            return new ExtractedReport(
                    ReportId.of(source.bucket(), source.key()),
                    source,
                    contentSha256,
                    title,
                    language,
                    pageCount,
                    metadata,
                    cleanText,
                    blocks,
                    ocr.ocrPages(),
                    ocr.textMissing(),
                    ocr.textMissingPages(),
                    extractedAt);
        }
    }

    /**
     * A document that could not be extracted.
     *
     * @param reason what went wrong, for people reading a dead-letter topic
     */
    record Failed(String reason, Stage stage, FailureKind kind) implements ExtractionResult {

        public static Failed poison(Stage stage, String reason) {
            return new Failed(reason, stage, FailureKind.POISON);
        }

        public static Failed retriable(Stage stage, String reason) {
            return new Failed(reason, stage, FailureKind.RETRIABLE);
        }

        public static Failed fatal(Stage stage, String reason) {
            return new Failed(reason, stage, FailureKind.FATAL);
        }
    }
}
