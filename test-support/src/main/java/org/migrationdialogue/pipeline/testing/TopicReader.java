package org.migrationdialogue.pipeline.testing;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.migrationdialogue.pipeline.common.kafka.KafkaConnection;
import org.migrationdialogue.pipeline.common.topics.Topic;

/**
 * What a test reads from a topic of the real broker: every record from the beginning, read committed (only what an
 * exactly-once producer committed), in a consumer group of its own, collected as it arrives until the test has what it
 * waits for ({@link #awaitRecords}, {@link #awaitKey}), or all a topic holds now ({@link #readToEnd}).
 */
public final class TopicReader<K, V> implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(200);

    private final KafkaConsumer<K, V> consumer;
    private final List<ConsumerRecord<K, V>> seen = new ArrayList<>();

    private TopicReader(KafkaConsumer<K, V> consumer) {
        this.consumer = consumer;
    }

    /** A reader of the raw values (keys as text), for records a test checks byte for byte or that may be malformed. */
    public static TopicReader<String, byte[]> of(KafkaConnection kafka, String topic) {
        return subscribed(kafka, topic, new StringDeserializer(), new ByteArrayDeserializer());
    }

    /** A reader of a contract topic, with its serdes. */
    public static <K, V> TopicReader<K, V> of(KafkaConnection kafka, Topic<K, V> topic) {
        return subscribed(
                kafka,
                topic.name(),
                topic.keySerde().deserializer(),
                topic.valueSerde().deserializer());
    }

    private static <K, V> TopicReader<K, V> subscribed(
            KafkaConnection kafka, String topic, Deserializer<K> keys, Deserializer<V> values) {
        Map<String, Object> config = config(kafka);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        KafkaConsumer<K, V> consumer = new KafkaConsumer<>(config, keys, values);
        consumer.subscribe(List.of(topic));
        return new TopicReader<>(consumer);
    }

    private static Map<String, Object> config(KafkaConnection kafka) {
        Map<String, Object> config = kafka.clientConfig();
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Topic.MAX_MESSAGE_BYTES);
        return config;
    }

    /** Reads until the records read so far satisfy {@code done}; returns them all. */
    public List<ConsumerRecord<K, V>> awaitRecords(Predicate<List<ConsumerRecord<K, V>>> done, Duration atMost) {
        await().atMost(atMost)
                .pollInSameThread()
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    consumer.poll(POLL).forEach(seen::add);
                    return done.test(seen);
                });
        return List.copyOf(seen);
    }

    /** Reads until a record of the key arrives; returns every record of that key read so far. */
    public List<ConsumerRecord<K, V>> awaitKey(K key, Duration atMost) {
        awaitRecords(records -> records.stream().anyMatch(record -> Objects.equals(key, record.key())), atMost);
        return withKey(key);
    }

    /** Every record of a key read so far. */
    public List<ConsumerRecord<K, V>> withKey(K key) {
        return seen.stream().filter(record -> Objects.equals(key, record.key())).toList();
    }

    /** Every record read so far. */
    public List<ConsumerRecord<K, V>> records() {
        return List.copyOf(seen);
    }

    /** Reads on for a moment: to see that nothing else comes (a duplicate would arrive right behind). */
    public void drain(Duration during) {
        long end = System.nanoTime() + during.toNanos();
        while (System.nanoTime() < end) {
            consumer.poll(POLL).forEach(seen::add);
        }
    }

    /** A header of a record, as text (null when the record has none of that name). */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Every record a topic holds now, read committed from its beginning to its end, in no consumer group. */
    public static List<ConsumerRecord<String, byte[]>> readToEnd(KafkaConnection kafka, String topic) {
        try (var consumer = new KafkaConsumer<>(config(kafka), new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
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

    @Override
    public void close() {
        consumer.close();
    }
}
