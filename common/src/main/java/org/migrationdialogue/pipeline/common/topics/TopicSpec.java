package org.migrationdialogue.pipeline.common.topics;

import java.util.Map;

/**
 * A topic of the contract with the settings it is created with.
 *
 * @param compacted keep the latest value per key (and honour tombstones) instead of deleting by age
 */
public record TopicSpec(String name, boolean compacted) {

    /** Broker message-size limit of the pipeline's topics: large reports fit in one record. */
    public static final int MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

    /** The topic-level configuration for {@code AdminClient#createTopics}. */
    public Map<String, String> configs() {
        return Map.of(
                "cleanup.policy", compacted ? "compact" : "delete",
                "max.message.bytes", Integer.toString(MAX_MESSAGE_BYTES));
    }
}
