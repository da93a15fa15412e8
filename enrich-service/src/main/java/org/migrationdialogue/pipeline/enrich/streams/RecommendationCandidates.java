package org.migrationdialogue.pipeline.enrich.streams;

import java.time.Clock;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.KeyValueMapper;
import org.migrationdialogue.pipeline.common.events.EnrichedReport;
import org.migrationdialogue.pipeline.common.events.PublishedRecommendation;

/** The recommendations of an enriched report, each keyed by its recommendation id, as candidates for publishing. */
final class RecommendationCandidates
        implements KeyValueMapper<String, EnrichedReport, Iterable<KeyValue<String, PublishedRecommendation>>> {

    private final Clock clock;

    RecommendationCandidates(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Iterable<KeyValue<String, PublishedRecommendation>> apply(String reportId, EnrichedReport report) {
        if (report == null) {
            return List.of();
        }
        return report.enrichment().recommendations().stream()
                .map(item -> KeyValue.pair(item.id(), PublishedRecommendation.of(report, item, clock.instant())))
                .toList();
    }
}
