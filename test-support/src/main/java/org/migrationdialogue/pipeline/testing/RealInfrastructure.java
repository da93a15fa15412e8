package org.migrationdialogue.pipeline.testing;

import java.util.Optional;

/**
 * Where an integration test finds the real Kafka broker and Elasticsearch server.
 *
 * @param kind    {@code testcontainers} or {@code local-runtime}
 * @param control stops and restarts the servers, for outage tests (the local runtime offers it)
 */
public record RealInfrastructure(String kafkaBootstrapServers, String elasticsearchUrl, String kind,
                                 Optional<InfrastructureControl> control) {
}
