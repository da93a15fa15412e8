package org.migrationdialogue.pipeline.bench;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.migrationdialogue.pipeline.common.events.PublishedRecommendation;
import org.migrationdialogue.pipeline.common.serde.JsonSerde;
import org.migrationdialogue.pipeline.common.topics.Topics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** Reads a topic to its end (read committed) to count what the corpus left there. */
final class Recommendations {

    private Recommendations() {
    }

    /** "found N (distinct D), expected E" for the recommendations whose text contains {@code marker}. */
    static String check(String bootstrap, String marker, int expected) {
        List<String> ids = read(bootstrap, Topics.RECOMMENDATIONS.name()).stream()
                .filter(record -> JsonSerde.of(PublishedRecommendation.class)
                        .deserialize(record.topic(), record.value()).text().contains(marker))
                .map(ConsumerRecord::key).toList();
        return String.format("recommendations of the corpus on %s: found %d (distinct %d), generated %d",
                Topics.RECOMMENDATIONS.name(), ids.size(), new HashSet<>(ids).size(), expected);
    }

    static int count(String bootstrap, String topic) {
        return read(bootstrap, topic).size();
    }

    private static List<ConsumerRecord<String, byte[]>> read(String bootstrap, String topic) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            while (!ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue())) {
                consumer.poll(Duration.ofMillis(300)).forEach(records::add);
            }
            return records;
        }
    }
}
