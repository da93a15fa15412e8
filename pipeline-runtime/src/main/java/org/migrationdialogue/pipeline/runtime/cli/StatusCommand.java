package org.migrationdialogue.pipeline.runtime.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.migrationdialogue.pipeline.common.kafka.KafkaConnection;
import org.migrationdialogue.pipeline.common.config.Config;
import org.migrationdialogue.pipeline.common.config.Setting;
import org.migrationdialogue.pipeline.common.config.Settings;
import org.migrationdialogue.pipeline.common.search.ElasticsearchClients;
import org.migrationdialogue.pipeline.common.topics.Topic;
import org.migrationdialogue.pipeline.common.topics.Topics;
import picocli.CommandLine.Command;

import java.io.PrintStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** {@code pipeline status}: health of each component, consumer lag per service, document counts, DLQ size. */
@Command(name = "status", description = "Health of Kafka, Elasticsearch and each service; consumer lag; counts; DLQ size.")
final class StatusCommand implements Callable<Integer> {

    private static final Map<String, Topic<?, ?>> INPUT_OF = new LinkedHashMap<>();

    static {
        INPUT_OF.put("ingest-service", Topics.UPLOADED);
        INPUT_OF.put("enrich-service", Topics.EXTRACTED);
        INPUT_OF.put("index-service", Topics.ENRICHED);
    }

    private static final Map<String, Setting> HEALTH_PORT = Map.of("ingest-service", Settings.INGEST_HEALTH_PORT,
            "enrich-service", Settings.ENRICH_HEALTH_PORT, "index-service", Settings.INDEX_HEALTH_PORT);

    private final PrintStream out = System.out;

    @Override
    public Integer call() throws Exception {
        Config config = PipelineHome.current().config();
        KafkaConnection kafka = KafkaConnection.from(config);
        String bootstrap = kafka.bootstrapServers();
        Map<String, Object> adminConfig = kafka.clientConfig();
        // Answer within seconds when no broker is there.
        adminConfig.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        adminConfig.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000);
        boolean healthy = true;
        try (Admin admin = Admin.create(adminConfig)) {
            String cluster = admin.describeCluster().clusterId().get(5, TimeUnit.SECONDS);
            out.println("Kafka          up at " + bootstrap + " (cluster " + cluster + ")");
            printServices(admin, config);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            out.println("Kafka          DOWN at " + bootstrap + ": " + FriendlyErrors.message(e)
                    + " (is ./pipeline up running?)");
            healthy = false;
        }
        healthy &= printElasticsearch(config);
        if (healthy) {
            printCounts(kafka, config);
        }
        return healthy ? 0 : 1;
    }

    private void printServices(Admin admin, Config config) throws Exception {
        for (var service : INPUT_OF.entrySet()) {
            long lag = lag(admin, service.getKey(), service.getValue());
            int port = config.getInt(HEALTH_PORT.get(service.getKey()));
            Optional<ServiceHealth> health = ServiceHealth.fetch(port, Duration.ofSeconds(3));
            out.printf("%-14s %s   lag on %s: %s%n", service.getKey(), health.map(StatusCommand::describe)
                            .orElse("not running (no answer on port " + port + ")"),
                    service.getValue().name(), lag < 0 ? "no offsets committed yet" : lag);
            if (service.getKey().equals("ingest-service")) {
                health.ifPresent(answer -> IngestNotices.of(answer.json()).forEach(notice -> out.println("  " + notice)));
            }
        }
    }

    private static String describe(ServiceHealth health) {
        return (health.up() ? "up  " : "DOWN") + " " + health.body();
    }

    private static long lag(Admin admin, String group, Topic topic) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetAndMetadata> ofTopic = committed.entrySet().stream()
                .filter(entry -> entry.getKey().topic().equals(topic.name()) && entry.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        if (ofTopic.isEmpty()) {
            return -1;
        }
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(ofTopic.keySet().stream()
                .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest()))).all().get(5, TimeUnit.SECONDS);
        return ofTopic.entrySet().stream().mapToLong(entry -> ends.get(entry.getKey()).offset() - entry.getValue().offset()).sum();
    }

    private boolean printElasticsearch(Config config) {
        String url = config.get(Settings.ELASTICSEARCH_URL);
        try (ElasticsearchClient client = ElasticsearchClients.create(config)) {
            var health = client.cluster().health();
            out.println("Elasticsearch  up at " + url + " (status " + health.status().jsonValue() + ")");
            out.println("Indexed        reports: " + SearchCounts.reports(client) + "   recommendations: "
                    + SearchCounts.recommendations(client));
            return true;
        } catch (java.io.IOException | RuntimeException e) {
            out.println("Elasticsearch  DOWN at " + url + ": " + FriendlyErrors.message(e)
                    + " (is ./pipeline up running?)");
            return false;
        }
    }

    private void printCounts(KafkaConnection kafka, Config config) {
        try (TopicCounter counter = new TopicCounter(kafka)) {
            counter.catchUp(Duration.ofSeconds(20));
            out.println("Topics         uploads " + counter.records(Topics.UPLOADED) + " · extracted reports "
                    + counter.liveKeys(Topics.EXTRACTED) + " · enriched reports " + counter.liveKeys(Topics.ENRICHED)
                    + " · recommendations " + counter.records(Topics.RECOMMENDATIONS));
            out.println("Dead letters   " + counter.records(Topics.DLQ) + " on " + Topics.DLQ.name());
        }
    }
}
