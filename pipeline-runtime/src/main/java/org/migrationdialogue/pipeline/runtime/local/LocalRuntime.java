package org.migrationdialogue.pipeline.runtime.local;

import java.nio.file.Path;
import java.util.List;
import org.migrationdialogue.pipeline.common.config.Config;
import org.migrationdialogue.pipeline.common.config.Settings;
import org.migrationdialogue.pipeline.common.kafka.KafkaConnection;
import org.migrationdialogue.pipeline.common.kafka.TopicInitializer;
import org.migrationdialogue.pipeline.common.topics.Topics;

/**
 * The local default infrastructure: a real Kafka broker and a real Elasticsearch server, with the contract's
 * topics, all data under one folder. Start, use {@link #kafkaBootstrapServers()} and {@link #elasticsearchUrl()},
 * close.
 */
public final class LocalRuntime implements AutoCloseable {

    private static final int MINIMUM_ES_JAVA = 21;

    private final LocalKafka kafka;
    private final LocalElasticsearch elasticsearch;
    private final int partitions;
    private final short replicationFactor;

    public LocalRuntime(LocalKafka kafka, LocalElasticsearch elasticsearch, int partitions, short replicationFactor) {
        this.kafka = kafka;
        this.elasticsearch = elasticsearch;
        this.partitions = partitions;
        this.replicationFactor = replicationFactor;
    }

    /** The runtime as configured by the environment (ports, data folder, Elasticsearch home and JDK). */
    public static LocalRuntime fromConfig(Config config, Path repoRoot) {
        Path dataDir = repoRoot.resolve(config.get(Settings.PIPELINE_DATA_DIR));
        int esPort = config.getInt(Settings.ELASTICSEARCH_PORT);
        LocalKafka kafka = new LocalKafka(
                dataDir.resolve("kafka"),
                config.getInt(Settings.KAFKA_PORT),
                config.getInt(Settings.KAFKA_CONTROLLER_PORT));
        ElasticsearchSettings es = new ElasticsearchSettings(
                repoRoot.resolve(config.get(Settings.ES_HOME)),
                esJavaHome(config),
                dataDir.resolve("elasticsearch"),
                esPort,
                esPort + 100,
                config.get(Settings.ELASTICSEARCH_HEAP));
        return new LocalRuntime(kafka, new LocalElasticsearch(es), config.getInt(Settings.TOPIC_PARTITIONS), (short)
                config.getInt(Settings.TOPIC_REPLICATION_FACTOR));
    }

    public static Path esJavaHome(Config config) {
        return JavaHomes.system()
                .find(
                        MINIMUM_ES_JAVA,
                        List.of(config.get(Settings.ES_JAVA_HOME), String.valueOf(System.getenv("JAVA_HOME"))));
    }

    public LocalRuntime start() {
        kafka.start();
        new TopicInitializer(KafkaConnection.plaintext(kafka.bootstrapServers()), partitions, replicationFactor)
                .createAll(Topics.ALL);
        elasticsearch.start();
        return this;
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String elasticsearchUrl() {
        return elasticsearch.url();
    }

    public LocalKafka kafka() {
        return kafka;
    }

    public LocalElasticsearch elasticsearch() {
        return elasticsearch;
    }

    @Override
    public void close() {
        try {
            elasticsearch.close();
        } finally {
            kafka.close();
        }
    }
}
