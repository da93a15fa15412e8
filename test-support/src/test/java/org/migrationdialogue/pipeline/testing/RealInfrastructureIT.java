package org.migrationdialogue.pipeline.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.migrationdialogue.pipeline.common.topics.Topic;
import org.migrationdialogue.pipeline.common.topics.Topics;

@ExtendWith(RealInfrastructureExtension.class)
class RealInfrastructureIT {

    @Test
    void shouldCreateEveryContractTopicWithItsPartitionsAndPolicy(RealInfrastructure infra) throws Exception {
        // given the real broker of this test run
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers()))) {
            for (Topic<?, ?> spec : Topics.ALL) {
                // when we describe the topic
                TopicDescription description = admin.describeTopics(java.util.List.of(spec.name()))
                        .allTopicNames()
                        .get()
                        .get(spec.name());
                ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, spec.name());
                var config = admin.describeConfigs(java.util.List.of(resource))
                        .all()
                        .get()
                        .get(resource);
                // then it has three partitions and its configs: cleanup policy, the 10 MB message limit, retention
                assertEquals(3, description.partitions().size(), spec.name());
                spec.configs()
                        .forEach((name, value) ->
                                assertEquals(value, config.get(name).value(), spec.name() + " " + name));
                assertEquals(
                        spec.compacted() ? "compact" : "delete",
                        config.get("cleanup.policy").value(),
                        spec.name());
                if (!spec.compacted()) {
                    assertEquals("-1", config.get("retention.ms").value(), spec.name() + " keeps its records for good");
                }
            }
        }
    }

    @Test
    void shouldAnswerClusterHealthOnTheRealElasticsearch(RealInfrastructure infra) throws Exception {
        // given the real Elasticsearch of this test run
        HttpRequest request = HttpRequest.newBuilder(URI.create(infra.elasticsearchUrl() + "/_cluster/health"))
                .build();
        // when we ask for cluster health
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        // then it answers with a usable status
        assertEquals(200, response.statusCode());
        assertTrue(response.body().matches(".*\"status\":\"(green|yellow)\".*"), response.body());
    }
}
