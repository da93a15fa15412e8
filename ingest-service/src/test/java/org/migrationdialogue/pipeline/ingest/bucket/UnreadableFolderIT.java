package org.migrationdialogue.pipeline.ingest.bucket;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.migrationdialogue.pipeline.common.config.Settings;
import org.migrationdialogue.pipeline.common.events.ReportId;
import org.migrationdialogue.pipeline.common.events.UploadEvent;
import org.migrationdialogue.pipeline.common.topics.DeadLetterHeaders;
import org.migrationdialogue.pipeline.common.topics.Topics;
import org.migrationdialogue.pipeline.ingest.IngestProcess;
import org.migrationdialogue.pipeline.ingest.TopicReader;
import org.migrationdialogue.pipeline.ingest.UploadFolder;
import org.migrationdialogue.pipeline.ingest.kafka.IngestClients;
import org.migrationdialogue.pipeline.testing.RealInfrastructure;
import org.migrationdialogue.pipeline.testing.RealInfrastructureExtension;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What needs the service in a process of its own ({@link IngestProcess}): a folder it may not read (file permissions,
 * which bind it even when the tests run as root), and a scanner that dies, which must end the process so that its
 * supervisor restarts it.
 */
@ExtendWith(RealInfrastructureExtension.class)
class UnreadableFolderIT {

    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @TempDir
    Path scratch;
    private RealInfrastructure infra;
    private Path uploads;
    private Path state;
    private String run;

    @BeforeEach
    void folders(RealInfrastructure infra) throws IOException {
        this.infra = infra;
        this.uploads = Files.createDirectories(scratch.resolve("uploads"));
        this.state = Files.createDirectories(scratch.resolve("state"));
        this.run = "unreadable-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void shouldIngestTheRestOfTheBucketAndDeadLetterAFolderItMayNotRead() throws Exception {
        // given a report in a folder the service may read, and one in a folder nobody may read (chmod 000)
        String good = run + "/open/good.txt";
        new UploadFolder(uploads).drop(good, UploadFolder.seedReport());
        String locked = run + "/locked/minutes.txt";
        Path lockedFolder = new UploadFolder(uploads).drop(locked, UploadFolder.seedReport()).getParent();
        Files.setPosixFilePermissions(lockedFolder, PosixFilePermissions.fromString("---------"));
        try (IngestProcess service = IngestProcess.start(settings(), scratch.resolve("ingest.log"));
             TopicReader extracted = reader(Topics.EXTRACTED.name()); TopicReader dead = reader(Topics.DLQ.name());
             KafkaProducer<String, UploadEvent> uploaded = IngestClients.producer(infra.kafkaBootstrapServers(), Topics.UPLOADED)) {
            // when the service lists the bucket, and an upload event names the file in the locked folder
            uploaded.send(new ProducerRecord<>(Topics.UPLOADED.name(), "reports/" + locked,
                    UploadEvent.created("reports", locked, 100, "\"1-1\"", null, Instant.now()))).get();
            // then the readable report is extracted, the locked folder is dead-lettered at the scan, the event at the
            // fetch, both saying permission is denied, and the service is up
            extracted.awaitRecords(seen -> !extracted.withKey(ReportId.of("reports", good)).isEmpty(), PATIENCE);
            String folderKey = "reports/" + run + "/locked/";
            dead.awaitRecords(seen -> !dead.withKey(folderKey).isEmpty() && !dead.withKey("reports/" + locked).isEmpty(), PATIENCE);
            assertDeadLetter(dead.withKey(folderKey).getFirst(), "ingest.scan", "permission denied");
            assertDeadLetter(dead.withKey("reports/" + locked).getFirst(), "ingest.fetch", "permission denied");
            assertTrue(service.health().orElseThrow().contains("\"up\":true"), service.health().orElseThrow());
        } finally {
            Files.setPosixFilePermissions(lockedFolder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void shouldExitSoThatItIsRestartedWhenTheScannerCannotWriteItsCheckpoint() throws Exception {
        // given a state folder whose checkpoint cannot be written: the disk is full (the temporary file of the
        // checkpoint is /dev/full, where every write fails with ENOSPC)
        Files.createSymbolicLink(state.resolve("checkpoint-reports.json.tmp"), Path.of("/dev/full"));
        try (IngestProcess service = IngestProcess.start(settings(), scratch.resolve("ingest.log"))) {
            // when a report arrives, and the scanner publishes it and saves its checkpoint
            new UploadFolder(uploads).drop(run + "/report.txt", UploadFolder.seedReport());
            // then the scanner stops, and with it the service, with the failure exit code, saying why
            await().atMost(PATIENCE).until(() -> !service.isAlive());
            assertEquals(3, service.exitCode(), service.output());
            assertTrue(service.output().contains("No space left on device"), service.output());
            assertTrue(service.output().contains("Bucket scanner of reports stopped"), service.output());
        }
    }

    private Map<String, String> settings() {
        return Map.of(Settings.KAFKA_BOOTSTRAP_SERVERS.variable(), infra.kafkaBootstrapServers(),
                Settings.UPLOAD_DIR.variable(), uploads.toString(),
                Settings.INGEST_STATE_DIR.variable(), state.toString(),
                Settings.EXTRACTION_WORKERS.variable(), "1");
    }

    private static void assertDeadLetter(ConsumerRecord<String, byte[]> letter, String stage, String reason) {
        assertEquals(stage, TopicReader.header(letter, DeadLetterHeaders.STAGE));
        assertTrue(TopicReader.header(letter, DeadLetterHeaders.ERROR_MESSAGE).contains(reason),
                TopicReader.header(letter, DeadLetterHeaders.ERROR_MESSAGE));
    }

    private TopicReader reader(String topic) {
        return new TopicReader(infra.kafkaBootstrapServers(), topic);
    }
}
