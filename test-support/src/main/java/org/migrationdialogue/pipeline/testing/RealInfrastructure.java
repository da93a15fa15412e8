package org.migrationdialogue.pipeline.testing;

/**
 * Where an integration test finds the real Kafka broker and Elasticsearch server.
 *
 * @param kind {@code testcontainers} or {@code local-runtime}
 */
public record RealInfrastructure(String kafkaBootstrapServers, String elasticsearchUrl, String kind) {
}
