package org.migrationdialogue.pipeline.ingest.extract;

import java.util.List;
import org.migrationdialogue.pipeline.common.events.ExtractedReport;

/**
 * What OCR did for one document, and what it could not do.
 *
 * @param ocrPages         pages (1-based) whose text was read by OCR: pages of a PDF without a text layer; 1 for an
 *                         image file
 * @param textMissingPages pages without a text layer that were not read because OCR is off: their text is missing
 */
public record OcrOutcome(List<Integer> ocrPages, List<Integer> textMissingPages) {

    /** Nothing read by OCR, nothing missing: a document with a text layer on every page. */
    public static final OcrOutcome NONE = new OcrOutcome(List.of(), List.of());

    public OcrOutcome {
        ocrPages = List.copyOf(ocrPages);
        textMissingPages = List.copyOf(textMissingPages);
    }

    /** {@link ExtractedReport#OCR_OFF} when some text is missing, else null. */
    public String textMissing() {
        return textMissingPages.isEmpty() ? null : ExtractedReport.OCR_OFF;
    }
}
