package org.migrationdialogue.pipeline.enrich.core;

import java.time.Instant;
import java.util.Map;
import org.migrationdialogue.pipeline.common.events.ExtractedReport;
import org.migrationdialogue.pipeline.common.events.ReportId;
import org.migrationdialogue.pipeline.common.events.SourceObject;
import org.migrationdialogue.pipeline.ingest.clean.CleanText;
import org.migrationdialogue.pipeline.ingest.clean.TextCleaner;

/**
 * Extracted reports for the enrichment's tests, made as production makes them: the text goes through
 * ingest-service's cleaner, which gives the clean text and its layout (the blocks the enricher reads).
 */
public final class Reports {

    private static final TextCleaner CLEANER = TextCleaner.withDefaultRules();
    private static final Instant AT = Instant.parse("2026-12-01T00:00:00Z");

    private Reports() {}

    /** A report of this text, as if a user had uploaded it as a text file. */
    public static ExtractedReport of(String text, String language) {
        CleanText clean = CLEANER.clean(text == null ? "" : text);
        String key = "test/" + ReportId.sha256Hex(clean.text()) + ".txt";
        return new ExtractedReport(
                ReportId.of("reports", key),
                new SourceObject("reports", key, "\"1\"", clean.text().length(), "text/plain", AT),
                ReportId.sha256Hex(clean.text()),
                clean.firstHeading().orElse(""),
                language,
                null,
                Map.of(),
                clean.text(),
                clean.blocks(),
                AT);
    }
}
