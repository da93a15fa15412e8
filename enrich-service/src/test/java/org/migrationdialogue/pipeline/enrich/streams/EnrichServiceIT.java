package org.migrationdialogue.pipeline.enrich.streams;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.migrationdialogue.pipeline.common.config.Config;
import org.migrationdialogue.pipeline.common.config.Settings;
import org.migrationdialogue.pipeline.common.events.EnrichedReport;
import org.migrationdialogue.pipeline.common.events.ExtractedReport;
import org.migrationdialogue.pipeline.common.events.ReportId;
import org.migrationdialogue.pipeline.common.events.SourceObject;
import org.migrationdialogue.pipeline.common.serde.JsonSerde;
import org.migrationdialogue.pipeline.common.topics.DeadLetterHeaders;
import org.migrationdialogue.pipeline.common.topics.Topics;
import org.migrationdialogue.pipeline.enrich.core.Enricher;
import org.migrationdialogue.pipeline.enrich.core.Reports;
import org.migrationdialogue.pipeline.testing.RealInfrastructure;
import org.migrationdialogue.pipeline.testing.RealInfrastructureExtension;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(RealInfrastructureExtension.class)
class EnrichServiceIT {

    private static final List<String> SEEDS = List.of("rabat-process-som-rabat-2014-06.txt",
            "rabat-process-thematic-meeting-crisis-paris-2014-04.txt");

    @TempDir
    Path stateDir;

    @Test
    void shouldPublishEachSeedRecommendationExactlyOnceWhenTheSeedsAreUploadedTwice(RealInfrastructure infra)
            throws IOException {
        // given the enrich-service running with exactly-once against the real broker
        Config config = new Config(Map.of(Settings.KAFKA_BOOTSTRAP_SERVERS.variable(), infra.kafkaBootstrapServers(),
                Settings.STREAMS_STATE_DIR.variable(), stateDir.toString()));
        try (EnrichService service = new EnrichService(EnrichTopology.buildTopology(Enricher.fromResources()::enrich,
                Clock.systemUTC()), EnrichStreamsConfig.from(config))) {
            service.start();
            // when both seeds are extracted twice under their own names, and once more under other names,
            // with a malformed record in between
            List<ExtractedReport> reports = new ArrayList<>();
            for (String seed : SEEDS) {
                reports.add(seed(seed, seed));
                reports.add(seed(seed, seed));
                reports.add(seed("copy-of-" + seed, seed));
            }
            publish(infra, reports);
            publishRaw(infra, "r-malformed", "{\"id\": oops");

            // then each enriched report is there, and each distinct recommendation is published exactly once
            Set<String> reportIds = reports.stream().map(ExtractedReport::id).collect(Collectors.toSet());
            Map<String, EnrichedReport> enriched = new HashMap<>();
            readCommitted(infra, Topics.ENRICHED.name(), records -> records.forEach(record -> enriched.put(record.key(),
                    JsonSerde.of(EnrichedReport.class).deserialize(record.topic(), record.value()))),
                    () -> enriched.keySet().containsAll(reportIds));
            Set<String> expected = enriched.values().stream().flatMap(report -> report.enrichment().recommendations().stream())
                    .map(item -> item.id()).collect(Collectors.toSet());
            assertTrue(expected.size() >= 10, "the seeds hold at least ten recommendations, found " + expected.size());
            List<String> published = new ArrayList<>();
            readCommitted(infra, Topics.RECOMMENDATIONS.name(), records -> records.forEach(record -> published.add(record.key())),
                    () -> published.size() >= expected.size());
            assertEquals(expected, Set.copyOf(published));
            assertEquals(expected.size(), published.size(), "no recommendation published twice");

            // and the malformed record is in the dead-letter topic with its reason
            List<ConsumerRecord<String, byte[]>> dead = new ArrayList<>();
            readCommitted(infra, Topics.DLQ.name(), records -> records.forEach(record -> {
                if ("r-malformed".equals(record.key())) {
                    dead.add(record);
                }
            }), () -> !dead.isEmpty());
            String reason = new String(dead.getFirst().headers().lastHeader(DeadLetterHeaders.ERROR_MESSAGE).value(),
                    StandardCharsets.UTF_8);
            assertTrue(reason.contains("Malformed ExtractedReport"), reason);
        }
    }

    private static ExtractedReport seed(String key, String seed) throws IOException {
        ExtractedReport cleaned = Reports.of(Files.readString(Path.of("..", "seeds", seed)), "en");
        Instant now = Instant.now();
        return new ExtractedReport(ReportId.of("reports", key), new SourceObject("reports", key, "\"1\"",
                cleaned.text().length(), "text/plain", now), cleaned.contentSha256(), seed, "en", null, Map.of(),
                cleaned.text(), cleaned.blocks(), now);
    }

    private static void publish(RealInfrastructure infra, List<ExtractedReport> reports) {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                infra.kafkaBootstrapServers()), new StringSerializer(), JsonSerde.of(ExtractedReport.class))) {
            reports.forEach(report -> producer.send(new ProducerRecord<>(Topics.EXTRACTED.name(), report.id(), report)));
        }
    }

    private static void publishRaw(RealInfrastructure infra, String key, String value) {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                infra.kafkaBootstrapServers()), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.EXTRACTED.name(), key, value.getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static void readCommitted(RealInfrastructure infra, String topic,
                                      java.util.function.Consumer<Iterable<ConsumerRecord<String, byte[]>>> sink,
                                      java.util.function.BooleanSupplier done) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "enrich-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(120)).until(() -> {
                sink.accept(consumer.poll(Duration.ofMillis(500)));
                return done.getAsBoolean();
            });
            // a little longer: a duplicate would arrive right behind the last expected record
            consumer.poll(Duration.ofSeconds(2)).forEach(record -> sink.accept(List.of(record)));
        }
    }
}
