package org.migrationdialogue.pipeline.enrich.streams;

import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.migrationdialogue.pipeline.common.events.PublishedRecommendation;

/**
 * Forwards a recommendation the first time its id is seen and remembers it in a persistent store; later sightings
 * (a re-upload, another report with the same wording) are dropped. Under exactly-once the store update and the
 * output commit together.
 */
final class FirstSightingOnly implements FixedKeyProcessor<String, PublishedRecommendation, PublishedRecommendation> {

    private FixedKeyProcessorContext<String, PublishedRecommendation> context;
    private KeyValueStore<String, Long> seen;

    @Override
    public void init(FixedKeyProcessorContext<String, PublishedRecommendation> context) {
        this.context = context;
        this.seen = context.getStateStore(EnrichTopology.SEEN_RECOMMENDATIONS_STORE);
    }

    @Override
    public void process(FixedKeyRecord<String, PublishedRecommendation> record) {
        if (record.value() == null || seen.get(record.key()) != null) {
            return;
        }
        seen.put(record.key(), record.value().firstSeenAt().toEpochMilli());
        context.forward(record);
    }
}
