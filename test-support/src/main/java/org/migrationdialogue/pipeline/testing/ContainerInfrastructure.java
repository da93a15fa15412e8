package org.migrationdialogue.pipeline.testing;

import org.migrationdialogue.pipeline.common.kafka.KafkaConnection;
import org.migrationdialogue.pipeline.common.kafka.TopicInitializer;
import org.migrationdialogue.pipeline.common.topics.Topics;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.kafka.KafkaContainer;

import java.util.Optional;

/** Kafka and Elasticsearch in containers, where a Docker engine is available. */
final class ContainerInfrastructure implements StartedInfrastructure {

    static final String KAFKA_IMAGE = "apache/kafka:4.1.1";
    static final String ELASTICSEARCH_IMAGE = "docker.elastic.co/elasticsearch/elasticsearch:9.5.3";

    private final KafkaContainer kafka;
    private final ElasticsearchContainer elasticsearch;

    private ContainerInfrastructure(KafkaContainer kafka, ElasticsearchContainer elasticsearch) {
        this.kafka = kafka;
        this.elasticsearch = elasticsearch;
    }

    static ContainerInfrastructure start() {
        KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE)
                // Large reports travel as one record, as on the local broker.
                .withEnv("KAFKA_MESSAGE_MAX_BYTES", Integer.toString(10 * 1024 * 1024 + 1024));
        ElasticsearchContainer elasticsearch = new ElasticsearchContainer(ELASTICSEARCH_IMAGE)
                // Plain HTTP in tests; the docker-compose deployment keeps security on.
                .withEnv("xpack.security.enabled", "false")
                .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m");
        kafka.start();
        elasticsearch.start();
        new TopicInitializer(KafkaConnection.plaintext(kafka.getBootstrapServers()), 3, (short) 1).createAll(Topics.ALL);
        return new ContainerInfrastructure(kafka, elasticsearch);
    }

    @Override
    public RealInfrastructure infrastructure() {
        return new RealInfrastructure(kafka.getBootstrapServers(), "http://" + elasticsearch.getHttpHostAddress(),
                "testcontainers", Optional.empty());
    }

    @Override
    public void close() {
        elasticsearch.stop();
        kafka.stop();
    }
}
