package org.migrationdialogue.pipeline.enrich.streams;

import java.time.Clock;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;
import org.migrationdialogue.pipeline.common.events.EnrichedReport;
import org.migrationdialogue.pipeline.common.events.Enrichment;
import org.migrationdialogue.pipeline.common.events.ExtractedReport;
import org.migrationdialogue.pipeline.common.topics.Topics;

/**
 * The enrich-service topology:
 * {@code reports.extracted} → enrich → {@code reports.enriched} (tombstones pass through; a report whose enriched
 * form does not fit in one record is dead-lettered), and the recommendations
 * of each enriched report → re-keyed by recommendation id → de-duplicated in a persistent store →
 * {@code reports.recommendations}, so each distinct recommendation is published once.
 */
public final class EnrichTopology {

    /** Recommendation ids already published, with when they were first seen (epoch milliseconds). */
    public static final String SEEN_RECOMMENDATIONS_STORE = "seen-recommendations";

    static final String BY_RECOMMENDATION_ID = "recommendations-by-id";

    private EnrichTopology() {}

    /**
     * @param enrichment what enrichment finds in one extracted report (the enrichment library in production)
     * @param clock      stamps {@code enriched_at} and {@code first_seen_at}
     */
    public static Topology buildTopology(Function<ExtractedReport, Enrichment> enrichment, Clock clock) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(SEEN_RECOMMENDATIONS_STORE), Serdes.String(), Serdes.Long()));

        KStream<String, EnrichedReport> enriched = builder.stream(
                        Topics.EXTRACTED.name(),
                        Consumed.with(Topics.EXTRACTED.keySerde(), Topics.EXTRACTED.valueSerde()))
                .mapValues(report -> enrich(report, enrichment, clock))
                // an enriched report too large for one record is dead-lettered here, before any of it is published
                // (its recommendations are smaller than the report that holds them)
                .processValues(() -> new FitsInOneRecord<>(Topics.ENRICHED));
        enriched.to(Topics.ENRICHED.name(), Produced.with(Topics.ENRICHED.keySerde(), Topics.ENRICHED.valueSerde()));

        enriched.flatMap(new RecommendationCandidates(clock))
                .repartition(Repartitioned.with(Topics.RECOMMENDATIONS.keySerde(), Topics.RECOMMENDATIONS.valueSerde())
                        .withName(BY_RECOMMENDATION_ID))
                .processValues(FirstSightingOnly::new, SEEN_RECOMMENDATIONS_STORE)
                .to(
                        Topics.RECOMMENDATIONS.name(),
                        Produced.with(Topics.RECOMMENDATIONS.keySerde(), Topics.RECOMMENDATIONS.valueSerde()));
        return builder.build();
    }

    /** A tombstone (deleted report) stays a tombstone; a report without text is poison (dead-lettered). */
    private static EnrichedReport enrich(
            ExtractedReport report, Function<ExtractedReport, Enrichment> enrichment, Clock clock) {
        if (report == null) {
            return null;
        }
        if (report.text() == null) {
            throw new IllegalArgumentException("Extracted report " + report.id() + " has no text to enrich");
        }
        return new EnrichedReport(report, enrichment.apply(report), clock.instant());
    }
}
