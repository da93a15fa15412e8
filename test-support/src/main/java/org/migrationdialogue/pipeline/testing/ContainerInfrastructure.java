package org.migrationdialogue.pipeline.testing;

import java.util.Optional;
import org.migrationdialogue.pipeline.common.config.Settings;
import org.migrationdialogue.pipeline.common.kafka.KafkaConnection;
import org.migrationdialogue.pipeline.common.kafka.TopicInitializer;
import org.migrationdialogue.pipeline.common.topics.Topic;
import org.migrationdialogue.pipeline.common.topics.Topics;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.kafka.KafkaContainer;

/** Kafka and Elasticsearch in containers, where a Docker engine is available. */
final class ContainerInfrastructure implements StartedInfrastructure {

    private final KafkaContainer kafka;
    private final ElasticsearchContainer elasticsearch;

    private ContainerInfrastructure(KafkaContainer kafka, ElasticsearchContainer elasticsearch) {
        this.kafka = kafka;
        this.elasticsearch = elasticsearch;
    }

    static ContainerInfrastructure start() {
        KafkaContainer kafka = new KafkaContainer(ContainerImages.KAFKA)
                // Large reports travel as one record, as on the local broker.
                .withEnv("KAFKA_MESSAGE_MAX_BYTES", Integer.toString(Topic.MAX_BROKER_MESSAGE_BYTES));
        String heap = LOCAL_DEFAULTS.get(Settings.ELASTICSEARCH_HEAP);
        ElasticsearchContainer elasticsearch = new ElasticsearchContainer(ContainerImages.ELASTICSEARCH)
                // Plain HTTP in tests; the docker-compose deployment keeps security on.
                .withEnv("xpack.security.enabled", "false")
                .withEnv("ES_JAVA_OPTS", "-Xms" + heap + " -Xmx" + heap);
        kafka.start();
        elasticsearch.start();
        new TopicInitializer(
                        KafkaConnection.plaintext(kafka.getBootstrapServers()),
                        LOCAL_DEFAULTS.getInt(Settings.TOPIC_PARTITIONS),
                        (short) LOCAL_DEFAULTS.getInt(Settings.TOPIC_REPLICATION_FACTOR))
                .createAll(Topics.ALL);
        return new ContainerInfrastructure(kafka, elasticsearch);
    }

    @Override
    public RealInfrastructure infrastructure() {
        return new RealInfrastructure(
                kafka.getBootstrapServers(),
                "http://" + elasticsearch.getHttpHostAddress(),
                "testcontainers",
                Optional.empty());
    }

    @Override
    public void close() {
        elasticsearch.stop();
        kafka.stop();
    }
}
