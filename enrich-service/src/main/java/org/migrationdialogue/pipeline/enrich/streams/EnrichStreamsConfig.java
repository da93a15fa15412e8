package org.migrationdialogue.pipeline.enrich.streams;

import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.migrationdialogue.pipeline.common.config.Config;
import org.migrationdialogue.pipeline.common.config.Settings;
import org.migrationdialogue.pipeline.common.kafka.KafkaConnection;
import org.migrationdialogue.pipeline.common.topics.Topic;
import org.migrationdialogue.pipeline.common.topics.Topics;

/** The Kafka Streams configuration of the enrich-service, in one place. */
public final class EnrichStreamsConfig {

    public static final String APPLICATION_ID = "enrich-service";

    private EnrichStreamsConfig() {}

    public static Properties from(Config config) {
        Properties props = new Properties();
        // Brokers and security: Streams hands these to each of its clients (consumers, producers, admin).
        props.putAll(KafkaConnection.from(config).clientConfig());
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, APPLICATION_ID);
        // Enrichment is CPU-bound, one report at a time per thread: more threads (ENRICH_THREADS, up to the input
        // partitions) let a backlog use more cores; the enricher and its models are shared, read-only, by the threads.
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.getInt(Settings.ENRICH_THREADS));
        // Each new recommendation must be published exactly once, even across crashes and rebalances.
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        // The store of published recommendations lives under the pipeline's data folder, not /tmp.
        props.put(StreamsConfig.STATE_DIR_CONFIG, config.get(Settings.STREAMS_STATE_DIR));
        // Internal topics (repartition, changelog) follow the cluster's size (1 on the local broker).
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, config.getInt(Settings.TOPIC_REPLICATION_FACTOR));
        // Malformed input and reports enrichment cannot handle go to reports.dlq (KIP-1034) and the app goes on.
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterDeserializationHandler.class);
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingHandler.class);
        // An output that cannot be serialized or is refused for what it is, likewise; a dead letter that cannot be
        // sent fails the task (nothing committed) and the service exits to be restarted.
        props.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProductionHandler.class);
        props.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, Topics.DLQ.name());
        // Enriched reports carry the full text: allow records up to the topics' 10 MB limit, compressed.
        props.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), Topic.MAX_MESSAGE_BYTES);
        props.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "zstd");
        // Streams makes its producers wait 100 ms for a batch to fill; a lone upload should not wait. The commit
        // (every 100 ms under exactly-once) flushes anyway, and batches still form under load. 5 ms: the clients'
        // default.
        props.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), 5);
        // One large report per fetch is enough; it keeps memory bounded with 100-page reports.
        props.put(
                StreamsConfig.consumerPrefix(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG), Topic.MAX_MESSAGE_BYTES);
        return props;
    }
}
