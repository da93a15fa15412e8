package org.migrationdialogue.pipeline.ingest.kafka;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.migrationdialogue.pipeline.common.events.ExtractedReport;
import org.migrationdialogue.pipeline.common.events.ReportId;
import org.migrationdialogue.pipeline.common.events.UploadEvent;
import org.migrationdialogue.pipeline.common.kafka.KafkaConnection;
import org.migrationdialogue.pipeline.common.service.ServiceRunner;
import org.migrationdialogue.pipeline.common.topics.Topics;
import org.migrationdialogue.pipeline.ingest.IngestService;
import org.migrationdialogue.pipeline.ingest.bucket.FolderBucket;
import org.migrationdialogue.pipeline.ingest.extract.ExtractionSettings;
import org.migrationdialogue.pipeline.ingest.extract.IsolatedExtractor;
import org.migrationdialogue.pipeline.ingest.extract.OcrSettings;
import org.migrationdialogue.pipeline.ingest.extract.OcrStatus;
import org.migrationdialogue.pipeline.ingest.extract.ScannedPages;
import org.migrationdialogue.pipeline.testing.ConsumerGroups;
import org.migrationdialogue.pipeline.testing.RealInfrastructure;
import org.migrationdialogue.pipeline.testing.RealInfrastructureExtension;
import org.migrationdialogue.pipeline.testing.TopicReader;

/**
 * The extraction loop on the real broker: how it fails (a dead letter the broker refuses), and how it holds with
 * extractions far longer than the consumer's max.poll.interval.ms (scans read by OCR, with the Tesseract of this
 * host; skipped, saying so, where it has none): the consumer stays in its group, publishes each report once,
 * commits, and does not stop.
 */
@ExtendWith(RealInfrastructureExtension.class)
class ExtractionLoopIT {

    /** Far shorter than OCR takes for the two scans, one after the other in one worker. */
    private static final Duration MAX_POLL_INTERVAL = Duration.ofSeconds(3);

    private static final Duration PATIENCE = Duration.ofMinutes(6);

    @TempDir
    Path uploads;

    @TempDir
    Path spool;

    @Test
    void shouldLeaveTheOffsetUncommittedAndExitWhenADeadLetterCannotBeSent(RealInfrastructure infra) throws Exception {
        // given an ingest-service whose dead-letter producer refuses anything over 256 bytes, reading from the end
        String bootstrap = infra.kafkaBootstrapServers();
        String group = "ingest-it-dead-letter-fails-" + UUID.randomUUID();
        ConsumerGroups.startAtEnd(bootstrap, group, Topics.UPLOADED.name());
        KafkaProducer<byte[], byte[]> tiny = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 256),
                new ByteArraySerializer(),
                new ByteArraySerializer());
        KafkaProducer<String, ExtractedReport> reports =
                IngestClients.producer(KafkaConnection.plaintext(bootstrap), Topics.EXTRACTED);
        FolderBucket bucket = new FolderBucket("reports", uploads);
        IsolatedExtractor extractor = new IsolatedExtractor(
                ExtractionSettings.defaults().withWorkers(1, "256m").withSpoolDirectory(spool));
        ExecutorService pool = Executors.newFixedThreadPool(1);
        ExtractionLoop loop = new ExtractionLoop(
                IngestClients.uploadConsumer(KafkaConnection.plaintext(bootstrap), group, 4),
                new UploadHandler(bucket, extractor, reports, tiny, Clock.systemUTC()),
                pool);
        ServiceRunner runner = new ServiceRunner(
                new IngestService(
                        Optional.empty(),
                        Optional.empty(),
                        loop,
                        pool,
                        OcrStatus.detect(OcrSettings.defaults()),
                        List.of(extractor, reports, tiny, bucket)),
                0);
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(runner::runUntilStopped);
        try {
            // when a malformed upload event arrives, whose dead letter is larger than that
            RecordMetadata malformed;
            try (var raw = new KafkaProducer<String, byte[]>(
                    Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                    new StringSerializer(),
                    new ByteArraySerializer())) {
                malformed = raw.send(new ProducerRecord<>(
                                Topics.UPLOADED.name(),
                                0,
                                "reports/broken-" + group,
                                ("{\"event\": " + "oops ".repeat(100)).getBytes(StandardCharsets.UTF_8)))
                        .get();
            }
            // then the service fails and exits with the failure code, and the event's offset is not committed
            assertEquals(ServiceRunner.FAILURE_EXIT_CODE, exit.get(120, TimeUnit.SECONDS));
            assertEquals(
                    malformed.offset(),
                    ConsumerGroups.committed(bootstrap, group, new TopicPartition(Topics.UPLOADED.name(), 0)));
        } finally {
            runner.stop();
        }
    }

    @Test
    void shouldStayInItsGroupWhileAPollsExtractionsOutlastTheMaxPollInterval(
            RealInfrastructure infra, @TempDir Path uploads, @TempDir Path spool) throws Exception {
        OcrStatus ocr = OcrStatus.detect(OcrSettings.defaults());
        assumeTrue(ocr.on(), () -> "OCR cannot run on this host: " + ocr.describe());
        // given two two-page scans in the bucket, their upload events published, and one extraction worker
        String run = "loop-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> keys = List.of(run + "/scan-1.pdf", run + "/scan-2.pdf");
        for (String key : keys) {
            Path file = uploads.resolve(key);
            Files.createDirectories(file.getParent());
            Files.write(file, ScannedPages.imageOnlyPdf(List.of(ScannedPages.ENGLISH, ScannedPages.FRENCH)));
        }
        String bootstrap = infra.kafkaBootstrapServers();
        try (KafkaProducer<String, UploadEvent> events =
                IngestClients.producer(KafkaConnection.plaintext(bootstrap), Topics.UPLOADED)) {
            for (String key : keys) {
                UploadEvent event = UploadEvent.created(
                        "reports", key, Files.size(uploads.resolve(key)), null, "application/pdf", Instant.now());
                events.send(new ProducerRecord<>(Topics.UPLOADED.name(), event.kafkaKey(), event))
                        .get();
            }
        }
        String group = "extraction-loop-it-" + run;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (IsolatedExtractor extractor = new IsolatedExtractor(
                        ExtractionSettings.defaults().withWorkers(1, "512m").withSpoolDirectory(spool));
                KafkaProducer<String, ExtractedReport> reports =
                        IngestClients.producer(KafkaConnection.plaintext(bootstrap), Topics.EXTRACTED);
                KafkaProducer<byte[], byte[]> deadLetters =
                        IngestClients.deadLetterProducer(KafkaConnection.plaintext(bootstrap));
                var extracted = TopicReader.of(infra.kafka(), Topics.EXTRACTED.name())) {
            ExtractionLoop loop = new ExtractionLoop(
                    IngestClients.uploadConsumer(KafkaConnection.plaintext(bootstrap), group, 8, MAX_POLL_INTERVAL),
                    new UploadHandler(
                            new FolderBucket("reports", uploads), extractor, reports, deadLetters, Clock.systemUTC()),
                    pool);
            Thread thread = Thread.ofPlatform().name("extraction-loop-it").start(loop);
            // when the scans are extracted, one after the other, each far longer than the max poll interval
            List<String> ids =
                    keys.stream().map(key -> ReportId.of("reports", key)).toList();
            extracted.awaitRecords(
                    seen -> ids.stream().allMatch(id -> !extracted.withKey(id).isEmpty()), PATIENCE);
            // then the loop is still running, committed past both uploads, and published each report once
            await("offsets committed").atMost(PATIENCE).until(() -> lag(bootstrap, group) == 0);
            assertTrue(thread.isAlive());
            extracted.drain(Duration.ofSeconds(2));
            for (String id : ids) {
                assertEquals(1, extracted.withKey(id).size(), id);
            }
            loop.stop();
            thread.join(TimeUnit.MINUTES.toMillis(1));
        } finally {
            pool.shutdownNow();
        }
    }

    /** Records of reports.uploaded the group has not committed yet (all of them while it has committed none). */
    private static long lag(String bootstrap, String group) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata()
                    .get();
            List<TopicPartition> partitions = admin
                    .describeTopics(List.of(Topics.UPLOADED.name()))
                    .allTopicNames()
                    .get()
                    .get(Topics.UPLOADED.name())
                    .partitions()
                    .stream()
                    .map(info -> new TopicPartition(Topics.UPLOADED.name(), info.partition()))
                    .toList();
            var ends = admin.listOffsets(partitions.stream()
                            .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest())))
                    .all()
                    .get();
            return partitions.stream()
                    .mapToLong(partition -> ends.get(partition).offset()
                            - (committed.get(partition) == null
                                    ? 0
                                    : committed.get(partition).offset()))
                    .sum();
        }
    }
}
