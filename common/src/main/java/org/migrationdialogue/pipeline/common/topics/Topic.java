package org.migrationdialogue.pipeline.common.topics;

import org.apache.kafka.common.serialization.Serde;

import java.util.Map;

/**
 * A topic of the contract, bound to the serdes of its key and value and to the settings it is created with
 * (as {@code Schemas.Topics} in confluentinc/kafka-streams-examples): a client takes both from here, never pairs
 * a topic name with a serde by hand.
 *
 * @param compacted keep the latest value per key (and honour tombstones) instead of deleting by age
 */
public record Topic<K, V>(String name, boolean compacted, Serde<K> keySerde, Serde<V> valueSerde) {

    /** Broker message-size limit of the pipeline's topics: large reports fit in one record. */
    public static final int MAX_MESSAGE_BYTES = 10 * 1024 * 1024;
    /**
     * What a broker must accept in one request: a full record of {@link #MAX_MESSAGE_BYTES} plus the batch
     * overhead (headers, batch header).
     */
    public static final int MAX_BROKER_MESSAGE_BYTES = MAX_MESSAGE_BYTES + 1024;

    /** The topic-level configuration for {@code AdminClient#createTopics}. */
    public Map<String, String> configs() {
        return Map.of(
                "cleanup.policy", compacted ? "compact" : "delete",
                "max.message.bytes", Integer.toString(MAX_MESSAGE_BYTES));
    }
}
