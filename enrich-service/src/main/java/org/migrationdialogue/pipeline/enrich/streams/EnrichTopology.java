package org.migrationdialogue.pipeline.enrich.streams;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;
import org.migrationdialogue.pipeline.common.events.EnrichedReport;
import org.migrationdialogue.pipeline.common.events.ExtractedReport;
import org.migrationdialogue.pipeline.common.events.PublishedRecommendation;
import org.migrationdialogue.pipeline.common.serde.JsonSerde;
import org.migrationdialogue.pipeline.common.topics.Topics;

import java.time.Clock;

/**
 * The enrich-service topology:
 * {@code reports.extracted} → enrich → {@code reports.enriched} (tombstones pass through), and the recommendations
 * of each enriched report → re-keyed by recommendation id → de-duplicated in a persistent store →
 * {@code reports.recommendations}, so each distinct recommendation is published once.
 */
public final class EnrichTopology {

    /** Recommendation ids already published, with when they were first seen (epoch milliseconds). */
    public static final String SEEN_RECOMMENDATIONS_STORE = "seen-recommendations";
    static final String BY_RECOMMENDATION_ID = "recommendations-by-id";

    private EnrichTopology() {
    }

    public static Topology buildTopology(ReportEnricher enricher, Clock clock) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(SEEN_RECOMMENDATIONS_STORE), Serdes.String(), Serdes.Long()));

        KStream<String, EnrichedReport> enriched = builder
                .stream(Topics.EXTRACTED.name(), Consumed.with(Serdes.String(), JsonSerde.of(ExtractedReport.class)))
                .mapValues(new EnrichReport(enricher, clock));
        enriched.to(Topics.ENRICHED.name(), Produced.with(Serdes.String(), JsonSerde.of(EnrichedReport.class)));

        enriched.flatMap(new RecommendationCandidates(clock))
                .repartition(Repartitioned.with(Serdes.String(), JsonSerde.of(PublishedRecommendation.class))
                        .withName(BY_RECOMMENDATION_ID))
                .processValues(FirstSightingOnly::new, SEEN_RECOMMENDATIONS_STORE)
                .to(Topics.RECOMMENDATIONS.name(),
                        Produced.with(Serdes.String(), JsonSerde.of(PublishedRecommendation.class)));
        return builder.build();
    }
}
