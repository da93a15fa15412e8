package org.migrationdialogue.pipeline.common.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.migrationdialogue.pipeline.common.kafka.KafkaConnection;
import org.migrationdialogue.pipeline.common.topics.Topic;
import org.migrationdialogue.pipeline.common.topics.Topics;

/**
 * Counts what the pipeline's topics hold, reading them from the beginning as committed (no consumer group, so it
 * disturbs no subscriber): records per topic, and live keys (latest value not a tombstone) of compacted topics.
 */
public final class TopicCounter implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(200);

    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<String, Long> records = new HashMap<>();
    private final Map<String, Set<String>> liveKeys = new HashMap<>();

    public TopicCounter(KafkaConnection kafka) {
        Map<String, Object> config = kafka.clientConfig();
        // Only what the exactly-once enrich-service committed counts.
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Topic.MAX_MESSAGE_BYTES);
        consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (Topic<?, ?> topic : Topics.ALL) {
            consumer.partitionsFor(topic.name())
                    .forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Reads what arrived since the last call, for at most {@code atMost}; true when it reached the end. */
    public synchronized boolean catchUp(Duration atMost) {
        Instant deadline = Instant.now().plus(atMost);
        Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment());
        while (Instant.now().isBefore(deadline)) {
            consumer.poll(POLL).forEach(this::count);
            if (ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue())) {
                return true;
            }
        }
        return false;
    }

    private void count(ConsumerRecord<String, byte[]> record) {
        records.merge(record.topic(), 1L, Long::sum);
        Set<String> live = liveKeys.computeIfAbsent(record.topic(), topic -> new HashSet<>());
        if (record.value() == null) {
            live.remove(record.key());
        } else {
            live.add(record.key());
        }
    }

    public synchronized long records(Topic<?, ?> topic) {
        return records.getOrDefault(topic.name(), 0L);
    }

    public synchronized long liveKeys(Topic<?, ?> topic) {
        return liveKeys.getOrDefault(topic.name(), Set.of()).size();
    }

    @Override
    public synchronized void close() {
        consumer.close();
    }
}
