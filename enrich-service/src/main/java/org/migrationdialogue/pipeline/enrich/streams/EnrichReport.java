package org.migrationdialogue.pipeline.enrich.streams;

import org.apache.kafka.streams.kstream.ValueMapper;
import org.migrationdialogue.pipeline.common.events.EnrichedReport;
import org.migrationdialogue.pipeline.common.events.ExtractedReport;

import java.time.Clock;

/** Enriches an extracted report; a tombstone (deleted report) stays a tombstone. */
final class EnrichReport implements ValueMapper<ExtractedReport, EnrichedReport> {

    private final ReportEnricher enricher;
    private final Clock clock;

    EnrichReport(ReportEnricher enricher, Clock clock) {
        this.enricher = enricher;
        this.clock = clock;
    }

    @Override
    public EnrichedReport apply(ExtractedReport report) {
        if (report == null) {
            return null;
        }
        if (report.text() == null) {
            throw new IllegalArgumentException("Extracted report " + report.id() + " has no text to enrich");
        }
        return EnrichedReport.of(report, enricher.enrich(report), clock.instant());
    }
}
