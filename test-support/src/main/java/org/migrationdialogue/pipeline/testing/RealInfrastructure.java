package org.migrationdialogue.pipeline.testing;

import java.util.Optional;
import org.migrationdialogue.pipeline.common.kafka.KafkaConnection;

/**
 * Where an integration test finds the real Kafka broker and Elasticsearch server.
 *
 * @param kind    {@code testcontainers} or {@code local-runtime}
 * @param control stops and restarts the servers, for outage tests (the local runtime offers it)
 */
public record RealInfrastructure(
        String kafkaBootstrapServers, String elasticsearchUrl, String kind, Optional<InfrastructureControl> control) {

    /** How the services' clients connect to the test broker (unauthenticated, as the local broker). */
    public KafkaConnection kafka() {
        return KafkaConnection.plaintext(kafkaBootstrapServers);
    }
}
