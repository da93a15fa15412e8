package org.migrationdialogue.pipeline.common.events;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.Objects;

/**
 * An extracted report with what enrichment found, on {@code reports.enriched}; key = report id. Two parts, one
 * flat JSON object: the extracted report's fields, the enrichment's fields, then {@code enriched_at}.
 *
 * @param report     the report as ingest-service extracted it
 * @param enrichment what the enrich-service found in it
 */
public record EnrichedReport(
        @JsonUnwrapped ExtractedReport report,
        @JsonUnwrapped Enrichment enrichment,
        Instant enrichedAt) {

    public EnrichedReport {
        Objects.requireNonNull(report, "report");
        enrichment = enrichment == null ? Enrichment.NOTHING : enrichment;
    }

    /** The report id, which is also the record's key. */
    public String id() {
        return report.id();
    }
}
