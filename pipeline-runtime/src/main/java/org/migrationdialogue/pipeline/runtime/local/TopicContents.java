package org.migrationdialogue.pipeline.runtime.local;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.migrationdialogue.pipeline.common.kafka.KafkaConnection;
import org.migrationdialogue.pipeline.common.topics.Topic;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What a topic holds now: every record, read committed from the beginning to its end, in no consumer group. */
public final class TopicContents {

    private static final Duration POLL = Duration.ofMillis(300);

    private TopicContents() {
    }

    public static List<ConsumerRecord<String, byte[]>> read(KafkaConnection kafka, String topic) {
        Map<String, Object> config = kafka.clientConfig();
        // Only what the exactly-once enrich-service committed.
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Topic.MAX_MESSAGE_BYTES);
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            while (!ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue())) {
                consumer.poll(POLL).forEach(records::add);
            }
            return records;
        }
    }
}
