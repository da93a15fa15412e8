package org.migrationdialogue.pipeline.index.kafka;

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

/** The Kafka clients of the index-service, configured in one place. */
public final class IndexClients {

    public static final String GROUP_ID = "index-service";

    private IndexClients() {}

    public static KafkaConsumer<String, byte[]> consumer(KafkaConnection connection, String groupId) {
        Map<String, Object> config = connection.clientConfig();
        config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        // Offsets are committed by hand, only after Elasticsearch acknowledged the batch.
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // A new group indexes everything the compacted topic holds.
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // Only committed output of the exactly-once enrich-service is indexed.
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        // One bulk request carries at most this many reports (BatchLimits bounds the bytes).
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, BatchLimits.DEFAULT.maxRecords());
        // A report may be up to the topics' 10 MB limit.
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Topic.MAX_MESSAGE_BYTES);
        // Elasticsearch may be down for minutes while the loop retries the same batch without polling.
        config.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, 30 * 60 * 1000);
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }

    public static KafkaProducer<byte[], byte[]> deadLetterProducer(KafkaConnection connection) {
        Map<String, Object> config = connection.clientConfig();
        // A dead letter carries the failed record unchanged: allow the topics' 10 MB, compressed.
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topic.MAX_MESSAGE_BYTES);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        return new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
    }
}
