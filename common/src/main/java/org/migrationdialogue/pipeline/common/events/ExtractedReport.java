package org.migrationdialogue.pipeline.common.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The clean text, layout and metadata of one report, on {@code reports.extracted}; key = report id.
 *
 * @param metadata         free-form document metadata (author, created, modified, producer, ...)
 * @param text             the clean text: blocks separated by a blank line, list items and table rows by a new line;
 *                         empty (never null) for a scan whose text is missing
 * @param blocks           the report's layout in reading order, each a span of {@code text}; empty when unknown
 * @param ocrPages         pages (1-based) whose text was read by OCR (1 for an image file); empty when none
 * @param textMissing      why some or all of the text is missing, null when none is: {@link #OCR_OFF}
 * @param textMissingPages the pages whose text is missing (1 for an image file); empty when none
 */
public record ExtractedReport(
        String id,
        SourceObject source,
        String contentSha256,
        String title,
        String language,
        Integer pageCount,
        Map<String, String> metadata,
        String text,
        List<Block> blocks,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Integer> ocrPages,
        @JsonInclude(JsonInclude.Include.NON_NULL) String textMissing,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Integer> textMissingPages,
        Instant extractedAt) {

    /**
     * {@code text_missing} of a scan (or of its scanned pages) that was not read because OCR was off where it was
     * extracted: it can be searched by name and metadata only, until it is extracted again with OCR.
     */
    public static final String OCR_OFF = "ocr_off";

    public ExtractedReport {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
        ocrPages = ocrPages == null ? List.of() : List.copyOf(ocrPages);
        textMissingPages = textMissingPages == null ? List.of() : List.copyOf(textMissingPages);
    }

    /** A report with a text layer on every page: nothing read by OCR, nothing missing. */
    public ExtractedReport(
            String id,
            SourceObject source,
            String contentSha256,
            String title,
            String language,
            Integer pageCount,
            Map<String, String> metadata,
            String text,
            List<Block> blocks,
            Instant extractedAt) {
        this(
                id,
                source,
                contentSha256,
                title,
                language,
                pageCount,
                metadata,
                text,
                blocks,
                List.of(),
                null,
                List.of(),
                extractedAt);
    }

    /** The same report with another text and layout (e.g. in tests). */
    public ExtractedReport withText(String newText, List<Block> newBlocks) {
        return new ExtractedReport(
                id,
                source,
                contentSha256,
                title,
                language,
                pageCount,
                metadata,
                newText,
                newBlocks,
                ocrPages,
                textMissing,
                textMissingPages,
                extractedAt);
    }
}
