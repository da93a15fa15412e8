package org.migrationdialogue.pipeline.ingest.kafka;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.migrationdialogue.pipeline.common.kafka.KafkaConnection;
import org.migrationdialogue.pipeline.common.topics.Topic;

/** The Kafka clients of the ingest-service, configured in one place. */
public final class IngestClients {

    public static final String GROUP_ID = "ingest-service";
    /**
     * Five minutes, Kafka's default: a poll's extractions, however long (a scan read by OCR takes minutes), do not
     * count, since the loop polls every second while they run (paused); this bounds a stall of the loop itself.
     */
    static final Duration MAX_POLL_INTERVAL = Duration.ofMinutes(5);

    private IngestClients() {}

    public static KafkaConsumer<String, byte[]> uploadConsumer(KafkaConnection connection, int maxRecords) {
        return uploadConsumer(connection, GROUP_ID, maxRecords);
    }

    /** In a group of its own (a test that must not take the service's uploads). */
    public static KafkaConsumer<String, byte[]> uploadConsumer(
            KafkaConnection connection, String groupId, int maxRecords) {
        return uploadConsumer(connection, groupId, maxRecords, MAX_POLL_INTERVAL);
    }

    static KafkaConsumer<String, byte[]> uploadConsumer(
            KafkaConnection connection, String groupId, int maxRecords, Duration maxPollInterval) {
        Map<String, Object> config = connection.clientConfig();
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

    /**
     * A reader of everything reports.uploaded holds, in no consumer group (so it commits nothing, and needs no group
     * ACL): the bucket reconciler's view of what has been announced.
     */
    public static KafkaConsumer<String, byte[]> uploadHistoryConsumer(KafkaConnection connection) {
        return new KafkaConsumer<>(connection.clientConfig(), new StringDeserializer(), new ByteArrayDeserializer());
    }

    /** To one topic of the catalog: idempotent, acknowledged by all in-sync replicas, compressed, large records. */
    public static <K, V> KafkaProducer<K, V> producer(KafkaConnection connection, Topic<K, V> topic) {
        return new KafkaProducer<>(
                producerConfig(connection),
                topic.keySerde().serializer(),
                topic.valueSerde().serializer());
    }

    public static KafkaProducer<byte[], byte[]> deadLetterProducer(KafkaConnection connection) {
        return new KafkaProducer<>(producerConfig(connection), new ByteArraySerializer(), new ByteArraySerializer());
    }

    private static Map<String, Object> producerConfig(KafkaConnection connection) {
        Map<String, Object> config = connection.clientConfig();
        // No duplicates from producer retries; written once acknowledged by every in-sync replica.
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        // Report text compresses well; zstd keeps large reports far below the 10 MB limit.
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topic.MAX_MESSAGE_BYTES);
        return config;
    }
}
