package org.migrationdialogue.pipeline.common.status;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.migrationdialogue.pipeline.common.config.Config;
import org.migrationdialogue.pipeline.common.config.Setting;
import org.migrationdialogue.pipeline.common.config.Settings;
import org.migrationdialogue.pipeline.common.kafka.KafkaConnection;
import org.migrationdialogue.pipeline.common.search.ElasticsearchClients;
import org.migrationdialogue.pipeline.common.topics.Topic;
import org.migrationdialogue.pipeline.common.topics.Topics;

/**
 * The facts of {@code pipeline status}, for the CLI and the search page alike: Kafka, each service's health and
 * consumer lag, Elasticsearch and its document counts. Each probe answers within seconds when a part is down.
 */
public final class StatusProbe {

    /** The services of the pipeline: health port, consumer group and the topic it reads. */
    public static final List<ServiceSpec> SERVICES = List.of(
            new ServiceSpec("ingest-service", Settings.INGEST_HEALTH_PORT, Topics.UPLOADED),
            new ServiceSpec("enrich-service", Settings.ENRICH_HEALTH_PORT, Topics.EXTRACTED),
            new ServiceSpec("index-service", Settings.INDEX_HEALTH_PORT, Topics.ENRICHED),
            new ServiceSpec("search-web", Settings.SEARCH_WEB_PORT, Topics.RECOMMENDATIONS));

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private StatusProbe() {}

    /** A service: its name is also its consumer group. */
    public record ServiceSpec(String name, Setting healthPort, Topic<?, ?> input) {}

    /**
     * @param health  {@code up}, {@code DOWN} (answered, not healthy) or {@code not running}
     * @param details the health answer's body, or why there is none
     * @param lag     records of the input topic not yet committed by the service's group; -1: none committed yet;
     *                -2: unknown (Kafka down)
     */
    public record ServiceState(String name, String health, String details, String input, long lag) {

        public boolean up() {
            return "up".equals(health);
        }
    }

    /** @param detail the cluster id (Kafka) or status colour (Elasticsearch) when up, the reason when down */
    public record Part(String address, boolean up, String detail) {}

    /**
     * @param indexedReports         documents in the reports alias (-1: unknown)
     * @param indexedRecommendations documents in the recommendations alias (-1: unknown)
     */
    public record PipelineStatus(
            Part kafka,
            List<ServiceState> services,
            Part elasticsearch,
            long indexedReports,
            long indexedRecommendations) {

        public boolean healthy() {
            return kafka.up() && elasticsearch.up();
        }
    }

    public static PipelineStatus probe(Config config) {
        KafkaConnection connection = KafkaConnection.from(config);
        String bootstrap = connection.bootstrapServers();
        Part kafka;
        List<ServiceState> services = new ArrayList<>();
        Map<String, Object> adminConfig = connection.clientConfig();
        // Answer within seconds when no broker is there.
        adminConfig.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        adminConfig.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        try (Admin admin = Admin.create(adminConfig)) {
            kafka = new Part(
                    bootstrap, true, admin.describeCluster().clusterId().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS));
            for (ServiceSpec service : SERVICES) {
                services.add(state(service, config, lag(admin, service.name(), service.input())));
            }
        } catch (ExecutionException | TimeoutException e) {
            kafka = new Part(bootstrap, false, summary(e));
            services.clear();
            SERVICES.forEach(service -> services.add(state(service, config, -2)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while asking Kafka", e);
        }
        String url = config.get(Settings.ELASTICSEARCH_URL);
        try (ElasticsearchClient client = ElasticsearchClients.create(config)) {
            String colour = client.cluster().health().status().jsonValue();
            return new PipelineStatus(
                    kafka,
                    services,
                    new Part(url, true, colour),
                    SearchCounts.reports(client),
                    SearchCounts.recommendations(client));
        } catch (IOException | RuntimeException e) {
            return new PipelineStatus(kafka, services, new Part(url, false, summary(e)), -1, -1);
        }
    }

    private static ServiceState state(ServiceSpec service, Config config, long lag) {
        int port = config.getInt(service.healthPort());
        if (port <= 0) {
            return new ServiceState(
                    service.name(),
                    "not running",
                    "no health port (" + service.healthPort().variable() + "=0)",
                    service.input().name(),
                    lag);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                .timeout(Duration.ofSeconds(3))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new ServiceState(
                    service.name(),
                    response.statusCode() == 200 ? "up" : "DOWN",
                    response.body(),
                    service.input().name(),
                    lag);
        } catch (IOException e) {
            return new ServiceState(
                    service.name(),
                    "not running",
                    "no answer on port " + port,
                    service.input().name(),
                    lag);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ServiceState(
                    service.name(),
                    "not running",
                    "interrupted",
                    service.input().name(),
                    lag);
        }
    }

    private static long lag(Admin admin, String group, Topic<?, ?> topic)
            throws ExecutionException, TimeoutException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata()
                .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        Map<TopicPartition, OffsetAndMetadata> ofTopic = committed.entrySet().stream()
                .filter(entry -> entry.getKey().topic().equals(topic.name()) && entry.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        if (ofTopic.isEmpty()) {
            return -1;
        }
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(ofTopic.keySet().stream()
                        .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest())))
                .all()
                .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        return ofTopic.entrySet().stream()
                .mapToLong(entry ->
                        ends.get(entry.getKey()).offset() - entry.getValue().offset())
                .sum();
    }

    /** An error in one line: its message, and its cause's when that adds something. */
    public static String summary(Throwable error) {
        StringBuilder message = new StringBuilder(String.valueOf(error.getMessage()));
        Throwable cause = error.getCause();
        if (cause != null && cause.getMessage() != null && !message.toString().contains(cause.getMessage())) {
            message.append(" (").append(cause.getMessage()).append(')');
        }
        return message.toString();
    }
}
