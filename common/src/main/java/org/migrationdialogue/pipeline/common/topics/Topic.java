package org.migrationdialogue.pipeline.common.topics;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serde;

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
    /**
     * Room kept for the record and batch framing a producer adds when it checks a record against
     * {@code max.request.size} (61 bytes of batch header, at most 21 of record header, a few bytes of length per
     * header): 1 KB is ample.
     */
    private static final int FRAMING_BYTES = 1024;

    /**
     * How many value bytes fit in one record of {@link #MAX_MESSAGE_BYTES} beside this key and these headers, as a
     * producer whose {@code max.request.size} is that limit counts them (uncompressed).
     */
    public static int roomForValue(byte[] key, Headers headers) {
        int used = FRAMING_BYTES + (key == null ? 0 : key.length);
        for (Header header : headers) {
            used += headerBytes(header.key(), header.value() == null ? 0 : header.value().length);
        }
        return MAX_MESSAGE_BYTES - used;
    }

    /** What a header takes in a record: its name and value, each with a varint length (at most 5 bytes each). */
    public static int headerBytes(String name, int valueLength) {
        return name.getBytes(StandardCharsets.UTF_8).length + valueLength + 10;
    }

    /**
     * How long a tombstone stays on a compacted topic: a consumer that lags (or is down) less than this still sees
     * every delete. A year, since a tombstone costs ~100 bytes per deleted report; finite, because the broker adds it
     * to the current time (Long.MAX_VALUE would overflow and drop tombstones at once).
     */
    public static final long TOMBSTONE_RETENTION_MS = 365L * 24 * 60 * 60 * 1000;

    /**
     * The topic-level configuration for {@code AdminClient#createTopics}. Nothing is deleted by age: the uploads and
     * the dead letters are kept until an operator removes them (retention.ms -1), so a consumer that lags any time
     * behind still finds every upload; compacted topics keep their tombstones {@link #TOMBSTONE_RETENTION_MS}.
     */
    public Map<String, String> configs() {
        String size = Integer.toString(MAX_MESSAGE_BYTES);
        return compacted
                ? Map.of(
                        "cleanup.policy",
                        "compact",
                        "max.message.bytes",
                        size,
                        "delete.retention.ms",
                        Long.toString(TOMBSTONE_RETENTION_MS))
                : Map.of("cleanup.policy", "delete", "max.message.bytes", size, "retention.ms", "-1");
    }
}
