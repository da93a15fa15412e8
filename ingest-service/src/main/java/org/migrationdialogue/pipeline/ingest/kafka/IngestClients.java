package org.migrationdialogue.pipeline.ingest.kafka;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.migrationdialogue.pipeline.common.topics.Topic;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** The Kafka clients of the ingest-service, configured in one place. */
public final class IngestClients {

    public static final String GROUP_ID = "ingest-service";
    /**
     * Five minutes, Kafka's default: a poll's extractions, however long (a scan read by OCR takes minutes), do not
     * count, since the loop polls every second while they run (paused); this bounds a stall of the loop itself.
     */
    static final Duration MAX_POLL_INTERVAL = Duration.ofMinutes(5);

    private IngestClients() {
    }

    public static KafkaConsumer<String, byte[]> uploadConsumer(String bootstrapServers, int maxRecords) {
        return uploadConsumer(bootstrapServers, maxRecords, MAX_POLL_INTERVAL, GROUP_ID);
    }

    static KafkaConsumer<String, byte[]> uploadConsumer(String bootstrapServers, int maxRecords,
                                                        Duration maxPollInterval, String groupId) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        // Offsets are committed by hand, only after every output of a poll was acknowledged.
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // A new group ingests everything uploaded so far.
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // A poll holds about as many uploads as there are parser workers can extract in a few seconds.
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxRecords);
        config.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, (int) maxPollInterval.toMillis());
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }

    /** To one topic of the catalog: idempotent, acknowledged by all in-sync replicas, compressed, large records. */
    public static <K, V> KafkaProducer<K, V> producer(String bootstrapServers, Topic<K, V> topic) {
        return new KafkaProducer<>(producerConfig(bootstrapServers), topic.keySerde().serializer(),
                topic.valueSerde().serializer());
    }

    public static KafkaProducer<byte[], byte[]> deadLetterProducer(String bootstrapServers) {
        return new KafkaProducer<>(producerConfig(bootstrapServers), new ByteArraySerializer(), new ByteArraySerializer());
    }

    private static Map<String, Object> producerConfig(String bootstrapServers) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        // No duplicates from producer retries; written once acknowledged by every in-sync replica.
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        // Report text compresses well; zstd keeps large reports far below the 10 MB limit.
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topic.MAX_MESSAGE_BYTES);
        return config;
    }
}
