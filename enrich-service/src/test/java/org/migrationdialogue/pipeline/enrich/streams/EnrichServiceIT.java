package org.migrationdialogue.pipeline.enrich.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.migrationdialogue.pipeline.common.config.Config;
import org.migrationdialogue.pipeline.common.config.Settings;
import org.migrationdialogue.pipeline.common.events.EnrichedReport;
import org.migrationdialogue.pipeline.common.events.Enrichment;
import org.migrationdialogue.pipeline.common.events.ExtractedReport;
import org.migrationdialogue.pipeline.common.events.ReportId;
import org.migrationdialogue.pipeline.common.events.SourceObject;
import org.migrationdialogue.pipeline.common.serde.JsonSerde;
import org.migrationdialogue.pipeline.common.service.ServiceRunner;
import org.migrationdialogue.pipeline.common.topics.DeadLetterHeaders;
import org.migrationdialogue.pipeline.common.topics.Topic;
import org.migrationdialogue.pipeline.common.topics.Topics;
import org.migrationdialogue.pipeline.enrich.core.Enricher;
import org.migrationdialogue.pipeline.enrich.core.Reports;
import org.migrationdialogue.pipeline.testing.ConsumerGroups;
import org.migrationdialogue.pipeline.testing.RealInfrastructure;
import org.migrationdialogue.pipeline.testing.RealInfrastructureExtension;
import org.migrationdialogue.pipeline.testing.TopicReader;

@ExtendWith(RealInfrastructureExtension.class)
class EnrichServiceIT {

    /** The enrich-service under load of the other builds takes its time. */
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private static final List<String> SEEDS =
            List.of("rabat-process-som-rabat-2014-06.txt", "rabat-process-thematic-meeting-crisis-paris-2014-04.txt");

    @TempDir
    Path stateDir;

    @Test
    void shouldPublishEachSeedRecommendationExactlyOnceWhenTheSeedsAreUploadedTwice(RealInfrastructure infra)
            throws IOException {
        // given the enrich-service running with exactly-once against the real broker
        Config config = new Config(Map.of(
                Settings.KAFKA_BOOTSTRAP_SERVERS.variable(),
                infra.kafkaBootstrapServers(),
                Settings.STREAMS_STATE_DIR.variable(),
                stateDir.toString()));
        try (EnrichService service = new EnrichService(
                EnrichTopology.buildTopology(Enricher.fromResources()::enrich, Clock.systemUTC()),
                EnrichStreamsConfig.from(config))) {
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
            try (var reader = TopicReader.of(infra.kafka(), Topics.ENRICHED.name())) {
                reader.awaitRecords(seen -> keys(seen).containsAll(reportIds), PATIENCE)
                        .forEach(record -> enriched.put(
                                record.key(),
                                JsonSerde.of(EnrichedReport.class).deserialize(record.topic(), record.value())));
            }
            Set<String> expected = enriched.values().stream()
                    .flatMap(report -> report.enrichment().recommendations().stream())
                    .map(item -> item.id())
                    .collect(Collectors.toSet());
            assertTrue(expected.size() >= 10, "the seeds hold at least ten recommendations, found " + expected.size());
            List<String> published;
            try (var reader = TopicReader.of(infra.kafka(), Topics.RECOMMENDATIONS.name())) {
                reader.awaitRecords(seen -> seen.size() >= expected.size(), PATIENCE);
                // a little longer: a duplicate would arrive right behind the last expected record
                reader.drain(Duration.ofSeconds(2));
                published = reader.records().stream().map(ConsumerRecord::key).toList();
            }
            assertEquals(expected, Set.copyOf(published));
            assertEquals(expected.size(), published.size(), "no recommendation published twice");

            // and the malformed record is in the dead-letter topic with its reason
            try (var dead = TopicReader.of(infra.kafka(), Topics.DLQ.name())) {
                String reason = TopicReader.header(
                        dead.awaitKey("r-malformed", PATIENCE).getFirst(), DeadLetterHeaders.ERROR_MESSAGE);
                assertTrue(reason.contains("Malformed ExtractedReport"), reason);
            }
        }
    }

    @Test
    void shouldDeadLetterAReportWhoseEnrichedFormDoesNotFitAndGoOnWithItsPartition(RealInfrastructure infra)
            throws Exception {
        // given the enrich-service, exactly-once against the real broker, reading reports.extracted from its end
        // (its enrichment finds nothing: what it finds is not the point, any enriched form outgrows the report)
        String app = "enrich-it-oversized-" + UUID.randomUUID();
        ConsumerGroups.startAtEnd(infra.kafkaBootstrapServers(), app, Topics.EXTRACTED.name());
        try (EnrichService service = new EnrichService(
                EnrichTopology.buildTopology(report -> Enrichment.NOTHING, Clock.systemUTC()),
                config(infra, app, Topics.DLQ.name()))) {
            service.start();
            // when an extracted report just under the 10 MB limit arrives, then a small one on the same partition
            ExtractedReport large = EnrichTopologyTest.sized("large-" + app, Topic.MAX_MESSAGE_BYTES - 300);
            ExtractedReport next = seed("after-large-" + app, SEEDS.getFirst());
            byte[] largeValue = Topics.EXTRACTED.valueSerde().serializer().serialize(Topics.EXTRACTED.name(), large);
            publishToPartition(infra, 0, List.of(large, next));
            // then the small one is enriched: the partition goes on
            try (var enriched = TopicReader.of(infra.kafka(), Topics.ENRICHED.name())) {
                enriched.awaitKey(next.id(), PATIENCE);
                enriched.drain(Duration.ofSeconds(2));
                assertTrue(enriched.withKey(large.id()).isEmpty(), "nothing of the large report is published");
            }
            // and the large one is on reports.dlq with the reason, cut to fit, saying how long it was
            List<ConsumerRecord<String, byte[]>> dead;
            try (var reader = TopicReader.of(infra.kafka(), Topics.DLQ.name())) {
                dead = reader.awaitKey(large.id(), PATIENCE);
            }
            assertEquals(1, dead.size());
            String reason = TopicReader.header(dead.getFirst(), DeadLetterHeaders.ERROR_MESSAGE);
            assertTrue(reason.contains("holds at most"), reason);
            assertEquals(
                    Integer.toString(largeValue.length),
                    TopicReader.header(dead.getFirst(), DeadLetterHeaders.VALUE_TRUNCATED));
            assertTrue(
                    service.failure().isEmpty() && service.health().up(),
                    service.health().details()::toString);
        }
    }

    @Test
    void shouldLeaveTheOffsetUncommittedAndExitWhenADeadLetterCannotBeSent(RealInfrastructure infra) throws Exception {
        // given the enrich-service whose dead-letter topic takes no record over 1 KB, reading from the end
        String app = "enrich-it-dead-letter-fails-" + UUID.randomUUID();
        String smallDeadLetters = app + "-dlq";
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers()))) {
            admin.createTopics(List.of(
                            new NewTopic(smallDeadLetters, 1, (short) 1).configs(Map.of("max.message.bytes", "1024"))))
                    .all()
                    .get(30, TimeUnit.SECONDS);
        }
        ConsumerGroups.startAtEnd(infra.kafkaBootstrapServers(), app, Topics.EXTRACTED.name());
        ServiceRunner runner = new ServiceRunner(
                new EnrichService(
                        EnrichTopology.buildTopology(report -> Enrichment.NOTHING, Clock.systemUTC()),
                        config(infra, app, smallDeadLetters)),
                0);
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(runner::runUntilStopped);
        try {
            // when a report without text arrives (poison), whose dead letter is larger than that, even compressed
            byte[] noise = new byte[6 * 1024];
            new Random(7).nextBytes(noise);
            Instant now = Instant.now();
            ExtractedReport poison = new ExtractedReport(
                    ReportId.of("reports", app),
                    new SourceObject("reports", app, "\"1\"", 1, "text/plain", now),
                    "0",
                    Base64.getEncoder().encodeToString(noise),
                    "en",
                    null,
                    Map.of(),
                    null,
                    List.of(),
                    now);
            RecordMetadata published =
                    publishToPartition(infra, 0, List.of(poison)).getFirst();
            // then the service fails and exits with the failure code, and the poison's offset is not committed
            assertEquals(ServiceRunner.FAILURE_EXIT_CODE, exit.get(180, TimeUnit.SECONDS));
            assertEquals(
                    published.offset(),
                    ConsumerGroups.committed(
                            infra.kafkaBootstrapServers(), app, new TopicPartition(Topics.EXTRACTED.name(), 0)));
        } finally {
            runner.stop();
        }
    }

    /** The service's configuration, as another application (its own group and stores) with a given DLQ topic. */
    private Properties config(RealInfrastructure infra, String applicationId, String deadLetterTopic) {
        Properties props = EnrichStreamsConfig.from(new Config(Map.of(
                Settings.KAFKA_BOOTSTRAP_SERVERS.variable(), infra.kafkaBootstrapServers(),
                Settings.STREAMS_STATE_DIR.variable(),
                        stateDir.resolve(applicationId).toString())));
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, deadLetterTopic);
        return props;
    }

    private static List<RecordMetadata> publishToPartition(
            RealInfrastructure infra, int partition, List<ExtractedReport> reports) throws Exception {
        List<RecordMetadata> published = new ArrayList<>();
        try (var producer = new KafkaProducer<>(
                Map.<String, Object>of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        infra.kafkaBootstrapServers(),
                        ProducerConfig.MAX_REQUEST_SIZE_CONFIG,
                        Topic.MAX_MESSAGE_BYTES,
                        ProducerConfig.COMPRESSION_TYPE_CONFIG,
                        "zstd"),
                new StringSerializer(),
                JsonSerde.of(ExtractedReport.class))) {
            for (ExtractedReport report : reports) {
                published.add(
                        producer.send(new ProducerRecord<>(Topics.EXTRACTED.name(), partition, report.id(), report))
                                .get());
            }
        }
        return published;
    }

    private static ExtractedReport seed(String key, String seed) throws IOException {
        ExtractedReport cleaned = Reports.of(Files.readString(Path.of("..", "seeds", seed)), "en");
        Instant now = Instant.now();
        return new ExtractedReport(
                ReportId.of("reports", key),
                new SourceObject("reports", key, "\"1\"", cleaned.text().length(), "text/plain", now),
                cleaned.contentSha256(),
                seed,
                "en",
                null,
                Map.of(),
                cleaned.text(),
                cleaned.blocks(),
                now);
    }

    private static void publish(RealInfrastructure infra, List<ExtractedReport> reports) {
        try (var producer = new KafkaProducer<>(
                Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers()),
                new StringSerializer(),
                JsonSerde.of(ExtractedReport.class))) {
            reports.forEach(
                    report -> producer.send(new ProducerRecord<>(Topics.EXTRACTED.name(), report.id(), report)));
        }
    }

    private static void publishRaw(RealInfrastructure infra, String key, String value) {
        try (var producer = new KafkaProducer<>(
                Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers()),
                new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.EXTRACTED.name(), key, value.getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static Set<String> keys(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(ConsumerRecord::key).collect(Collectors.toSet());
    }
}
