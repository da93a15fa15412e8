package org.migrationdialogue.pipeline.ingest.bucket;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.migrationdialogue.pipeline.common.config.Config;
import org.migrationdialogue.pipeline.common.config.Settings;
import org.migrationdialogue.pipeline.common.events.ReportId;
import org.migrationdialogue.pipeline.common.events.UploadEvent;
import org.migrationdialogue.pipeline.common.serde.Json;
import org.migrationdialogue.pipeline.common.topics.DeadLetterHeaders;
import org.migrationdialogue.pipeline.common.topics.Topics;
import org.migrationdialogue.pipeline.ingest.IngestMain;
import org.migrationdialogue.pipeline.ingest.IngestProcess;
import org.migrationdialogue.pipeline.ingest.IngestService;
import org.migrationdialogue.pipeline.ingest.UploadFolder;
import org.migrationdialogue.pipeline.ingest.kafka.IngestClients;
import org.migrationdialogue.pipeline.testing.ConsumerGroups;
import org.migrationdialogue.pipeline.testing.RealInfrastructure;
import org.migrationdialogue.pipeline.testing.RealInfrastructureExtension;
import org.migrationdialogue.pipeline.testing.TopicReader;

/**
 * The folder bucket against what a real folder can hold and do (a linked root, a root that goes missing, a mass
 * delete, names that are not UTF-8, modification times in the future, symbolic links inside, keys the file system
 * refuses, a folder the service may not read, a full disk), through the real broker: nothing is lost, nothing outside
 * the folder is read, and the service goes on, or exits to be restarted. What needs file permissions or the exit of
 * the process runs the service in a process of its own ({@link IngestProcess}); the rest runs it in the test JVM.
 */
@ExtendWith(RealInfrastructureExtension.class)
class FolderBucketIT {

    private static final Duration PATIENCE = Duration.ofSeconds(120);
    /** Long enough for several scans (each change in the folder is scanned as it happens). */
    private static final Duration QUIET = Duration.ofSeconds(7);

    private static final String SECRET = "secret outside the bucket";

    @TempDir
    Path scratch;

    private RealInfrastructure infra;
    private Path uploads;
    private Path state;
    private String run;
    private IngestService service;

    @BeforeEach
    void folders(RealInfrastructure infra) throws IOException {
        this.infra = infra;
        this.uploads = Files.createDirectories(scratch.resolve("uploads"));
        this.state = Files.createDirectories(scratch.resolve("state"));
        this.run = "hardening-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void stopService() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void shouldFollowAnUploadFolderThatIsASymbolicLinkAndDeleteNothingItPublished() throws IOException {
        // given a report published from the real folder
        Path real = Files.createDirectories(scratch.resolve("mounted-volume"));
        String first = run + "/first.txt";
        new UploadFolder(real).drop(first, UploadFolder.seedReport());
        start(real, Map.of());
        try (var extracted = reader(Topics.EXTRACTED.name())) {
            extracted.awaitRecords(seen -> extracted.withKey(id(first)).size() == 1, PATIENCE);
            service.close();
            // when the service is started again on a symbolic link to that folder, and a second report arrives
            Path link = Files.createSymbolicLink(scratch.resolve("uploads-link"), real);
            start(link, Map.of());
            String second = run + "/second.txt";
            new UploadFolder(link).drop(second, UploadFolder.seedReport());
            // then the second is extracted, and the first gets no tombstone
            extracted.awaitRecords(seen -> extracted.withKey(id(second)).size() == 1, PATIENCE);
            extracted.drain(QUIET);
            assertEquals(1, extracted.withKey(id(first)).size(), "no tombstone for the report published before");
        }
    }

    @Test
    void shouldPublishNothingWhileTheUploadFolderIsMissingAndSaySoInHealth() throws IOException {
        // given a report published from the folder, by a service that reads only this test's uploads (the upload
        // events other tests left to its group would name keys of other folders: while this one is missing, their
        // extraction meets an unreachable bucket and ends the loop, as an outage must)
        ConsumerGroups.startAtEnd(infra.kafkaBootstrapServers(), IngestClients.GROUP_ID, Topics.UPLOADED.name());
        String first = run + "/first.txt";
        new UploadFolder(uploads).drop(first, UploadFolder.seedReport());
        start(uploads, Map.of());
        try (var extracted = reader(Topics.EXTRACTED.name())) {
            extracted.awaitRecords(seen -> extracted.withKey(id(first)).size() == 1, PATIENCE);
            // when the folder goes away (an unmounted volume) while the service runs
            Path away = Files.move(uploads, scratch.resolve("uploads-away"));
            // then the service is down, saying the folder does not exist
            await().atMost(PATIENCE).until(() -> !service.health().up());
            assertTrue(
                    String.valueOf(service.health().details().get("bucket_error"))
                            .contains("does not exist"),
                    service.health().details().toString());
            // and when it is restarted while the folder is still missing, it does not create it again
            service.close();
            start(uploads, Map.of());
            await().atMost(PATIENCE).until(() -> service.health().details().containsKey("bucket_error"));
            assertFalse(Files.exists(uploads), "the missing upload folder is not created again");
            extracted.drain(QUIET);
            assertEquals(1, extracted.withKey(id(first)).size(), "no tombstone while the folder is missing");
            // and once the folder is back, it is up again and goes on with new reports, still without a tombstone
            Files.move(away, uploads);
            String second = run + "/second.txt";
            new UploadFolder(uploads).drop(second, UploadFolder.seedReport());
            extracted.awaitRecords(seen -> extracted.withKey(id(second)).size() == 1, PATIENCE);
            await().atMost(PATIENCE).until(() -> service.health().up());
            assertEquals(1, extracted.withKey(id(first)).size());
        }
    }

    @Test
    void shouldHoldAMassDeleteUntilItIsConfirmed() throws IOException {
        // given four published reports (the guard holds more than 2 deletes that are more than half of the bucket)
        List<String> keys = List.of(run + "/a.txt", run + "/b.txt", run + "/c.txt", run + "/d.txt");
        for (String key : keys) {
            new UploadFolder(uploads).drop(key, UploadFolder.seedReport());
        }
        start(uploads, Map.of(Settings.MASS_DELETE_MIN_OBJECTS.variable(), "2"));
        try (var extracted = reader(Topics.EXTRACTED.name())) {
            extracted.awaitRecords(
                    seen -> keys.stream()
                            .allMatch(key -> extracted.withKey(id(key)).size() == 1),
                    PATIENCE);
            // when all four disappear at once (their folder is moved away, as by an unmount), and a new report arrives
            Files.move(uploads.resolve(run), scratch.resolve("moved-away"));
            String newcomer = run + "-new/new.txt";
            new UploadFolder(uploads).drop(newcomer, UploadFolder.seedReport());
            // then the new report is extracted, the deletes are held and reported, and no tombstone is published
            extracted.awaitRecords(seen -> extracted.withKey(id(newcomer)).size() == 1, PATIENCE);
            await().atMost(PATIENCE).until(() -> service.health().details().containsKey("held_deletes"));
            JsonNode held = Json.mapper().valueToTree(service.health().details().get("held_deletes"));
            assertEquals(4, held.get("count").asInt());
            assertEquals(4, held.get("published").asInt());
            assertTrue(service.health().up(), "holding deletes, the service still works");
            extracted.drain(QUIET);
            keys.forEach(key -> assertEquals(1, extracted.withKey(id(key)).size(), key + " has no tombstone yet"));
            // and when the held set is confirmed by its token, the four tombstones follow
            Files.writeString(
                    Path.of(held.get("confirm_file").asText()),
                    held.get("token").asText());
            extracted.awaitRecords(
                    seen -> keys.stream()
                            .allMatch(key -> extracted.withKey(id(key)).size() == 2),
                    PATIENCE);
            keys.forEach(key -> assertNull(extracted.withKey(id(key)).get(1).value()));
            await().atMost(PATIENCE).until(() -> !service.health().details().containsKey("held_deletes"));
        }
    }

    @Test
    void shouldDeadLetterWhatTheListingCannotIngestIngestTheRestAndFollowNoLink() throws Exception {
        // given a good report, one whose modification time is a day ahead, two whose names are not UTF-8 and decode to
        // the same text, a link to a file outside the bucket and a link to a folder outside it
        Path outside = Files.createDirectories(scratch.resolve("outside"));
        Files.writeString(
                outside.resolve("secret.txt"),
                SECRET + ". " + new String(UploadFolder.seedReport(), StandardCharsets.UTF_8));
        Path folder = Files.createDirectories(uploads.resolve(run));
        String good = run + "/good.txt";
        new UploadFolder(uploads).drop(good, UploadFolder.seedReport());
        String ahead = run + "/ahead.txt";
        Files.setLastModifiedTime(
                new UploadFolder(uploads).drop(ahead, UploadFolder.seedReport()),
                FileTime.from(Instant.now().plus(Duration.ofDays(1))));
        writeWithRawName(folder, "r\\xe9union.txt");
        writeWithRawName(folder, "r\\xe8union.txt");
        Files.createSymbolicLink(folder.resolve("link.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(folder.resolve("linked-folder"), outside);
        Map<String, String> expectedReasons = Map.of(
                run + "/r%E9union.txt",
                "not valid UTF-8",
                run + "/r%E8union.txt",
                "not valid UTF-8",
                run + "/link.txt",
                "symbolic link",
                run + "/linked-folder",
                "symbolic link");
        // when the service lists the folder
        start(uploads, Map.of());
        try (var extracted = reader(Topics.EXTRACTED.name());
                var dead = reader(Topics.DLQ.name())) {
            // then the two good reports are extracted, each problem is dead-lettered once at the scan, with its reason
            extracted.awaitRecords(
                    seen -> !extracted.withKey(id(good)).isEmpty()
                            && !extracted.withKey(id(ahead)).isEmpty(),
                    PATIENCE);
            awaitDeadLetters(dead, "ingest.scan", expectedReasons);
            // and the scanner is alive, and nothing outside the bucket was read
            assertTrue(service.health().up(), service.health().details().toString());
            assertEquals("watching", service.health().details().get("scanner"));
            assertNothingExtractedContains(extracted, SECRET);
            // and a restart does not dead-letter them again
            service.close();
            start(uploads, Map.of());
            dead.drain(QUIET);
            expectedReasons
                    .keySet()
                    .forEach(key ->
                            assertEquals(1, dead.withKey("reports/" + key).size(), key));
        }
    }

    @Test
    void shouldDeadLetterAnUploadEventWhoseFileCannotBeReadAndGoOn() throws Exception {
        // given a folder with a file, a symbolic link looping onto itself and a link to a folder outside the bucket
        Path outside = Files.createDirectories(scratch.resolve("outside"));
        Files.writeString(
                outside.resolve("secret.txt"),
                SECRET + ". " + new String(UploadFolder.seedReport(), StandardCharsets.UTF_8));
        Path folder = Files.createDirectories(uploads.resolve(run));
        Files.writeString(folder.resolve("file.txt"), "a file");
        Files.createSymbolicLink(folder.resolve("loop"), folder.resolve("loop"));
        Files.createSymbolicLink(folder.resolve("outside"), outside);
        String good = run + "/good.txt";
        new UploadFolder(uploads).drop(good, UploadFolder.seedReport());
        // and upload events (as a notification or another scanner would send them) for keys the file system refuses
        Map<String, String> expectedReasons = Map.of(
                run + "/" + "x".repeat(300) + ".pdf", "File name too long",
                run + "/file.txt/inner.pdf", "not a folder",
                run + "/loop/report.pdf", "symbolic link",
                run + "/outside/secret.txt", "symbolic link");
        start(uploads, Map.of(Settings.BUCKET_SCANNER.variable(), "false"));
        try (var extracted = reader(Topics.EXTRACTED.name());
                var dead = reader(Topics.DLQ.name());
                KafkaProducer<String, UploadEvent> uploaded = IngestClients.producer(infra.kafka(), Topics.UPLOADED)) {
            // when they arrive, followed by the event of a good report
            for (String key : expectedReasons.keySet()) {
                send(uploaded, UploadEvent.created("reports", key, 100, "\"1-1\"", null, Instant.now()));
            }
            send(uploaded, UploadEvent.created("reports", good, 100, "\"1-1\"", null, Instant.now()));
            // then each is dead-lettered at the fetch with the file system's reason, and the good one is extracted
            extracted.awaitRecords(seen -> !extracted.withKey(id(good)).isEmpty(), PATIENCE);
            awaitDeadLetters(dead, "ingest.fetch", expectedReasons);
            // and the service is still up, and read nothing outside the bucket
            assertTrue(service.health().up(), service.health().details().toString());
            assertNothingExtractedContains(extracted, SECRET);
        }
    }

    @Test
    void shouldIngestTheRestOfTheBucketAndDeadLetterAFolderItMayNotRead() throws Exception {
        // given a report in a folder the service may read, and one in a folder nobody may read (chmod 000)
        String good = run + "/open/good.txt";
        new UploadFolder(uploads).drop(good, UploadFolder.seedReport());
        String locked = run + "/locked/minutes.txt";
        Path lockedFolder = new UploadFolder(uploads)
                .drop(locked, UploadFolder.seedReport())
                .getParent();
        Files.setPosixFilePermissions(lockedFolder, PosixFilePermissions.fromString("---------"));
        try (IngestProcess service = IngestProcess.start(processSettings(), scratch.resolve("ingest.log"));
                var extracted = reader(Topics.EXTRACTED.name());
                var dead = reader(Topics.DLQ.name());
                KafkaProducer<String, UploadEvent> uploaded = IngestClients.producer(infra.kafka(), Topics.UPLOADED)) {
            // when the service lists the bucket, and an upload event names the file in the locked folder
            uploaded.send(new ProducerRecord<>(
                            Topics.UPLOADED.name(),
                            "reports/" + locked,
                            UploadEvent.created("reports", locked, 100, "\"1-1\"", null, Instant.now())))
                    .get();
            // then the readable report is extracted, the locked folder is dead-lettered at the scan, the event at the
            // fetch, both saying permission is denied, and the service is up
            extracted.awaitRecords(
                    seen -> !extracted.withKey(ReportId.of("reports", good)).isEmpty(), PATIENCE);
            awaitDeadLetters(dead, "ingest.scan", Map.of(run + "/locked/", "permission denied"));
            awaitDeadLetters(dead, "ingest.fetch", Map.of(locked, "permission denied"));
            assertTrue(
                    service.health().orElseThrow().contains("\"up\":true"),
                    service.health().orElseThrow());
        } finally {
            Files.setPosixFilePermissions(lockedFolder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void shouldSayInHealthThatAnUploadFolderItMayNotReadCannotBeListed() throws Exception {
        // given an upload folder nobody may read (chmod 000)
        Files.setPosixFilePermissions(uploads, PosixFilePermissions.fromString("---------"));
        try (IngestProcess service = IngestProcess.start(processSettings(), scratch.resolve("ingest.log"))) {
            // when the service starts on it, then its health is down, saying the folder cannot be read
            await().atMost(PATIENCE)
                    .until(() -> service.health()
                            .filter(body -> body.contains("bucket_error"))
                            .isPresent());
            String health = service.health().orElseThrow();
            assertTrue(health.contains("\"up\":false") && health.contains("cannot be read: permission denied"), health);
        } finally {
            Files.setPosixFilePermissions(uploads, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void shouldExitSoThatItIsRestartedWhenTheScannerCannotWriteItsCheckpoint() throws Exception {
        try (IngestProcess service = IngestProcess.start(processSettings(), scratch.resolve("ingest.log"))) {
            // given a running service whose checkpoint cannot be written any more: the disk is full (its journal and
            // the temporary file of its snapshot are /dev/full, where every write fails with ENOSPC)
            await().atMost(PATIENCE).until(() -> service.health().isPresent());
            Files.createSymbolicLink(state.resolve("checkpoint-reports.json.journal"), Path.of("/dev/full"));
            Files.createSymbolicLink(state.resolve("checkpoint-reports.json.tmp"), Path.of("/dev/full"));
            // when a report arrives, and the scanner publishes it and saves its checkpoint
            new UploadFolder(uploads).drop(run + "/report.txt", UploadFolder.seedReport());
            // then the scanner stops, and with it the service, with the failure exit code, saying why
            await().atMost(PATIENCE).until(() -> !service.isAlive());
            assertEquals(3, service.exitCode(), service.output());
            assertTrue(service.output().contains("No space left on device"), service.output());
            assertTrue(service.output().contains("Bucket scanner of reports stopped"), service.output());
        }
    }

    /** The settings of a service in a process of its own, on this test's folders. */
    private Map<String, String> processSettings() {
        return Map.of(
                Settings.KAFKA_BOOTSTRAP_SERVERS.variable(),
                infra.kafkaBootstrapServers(),
                Settings.UPLOAD_DIR.variable(),
                uploads.toString(),
                Settings.INGEST_STATE_DIR.variable(),
                state.toString(),
                Settings.EXTRACTION_WORKERS.variable(),
                "1");
    }

    /** Waits for one dead letter per key, at the stage, whose reason says what is expected. */
    private static void awaitDeadLetters(
            TopicReader<String, byte[]> dead, String stage, Map<String, String> expectedReasons) {
        dead.awaitRecords(
                seen -> expectedReasons.keySet().stream()
                        .allMatch(key -> !dead.withKey("reports/" + key).isEmpty()),
                PATIENCE);
        for (var expected : expectedReasons.entrySet()) {
            ConsumerRecord<String, byte[]> letter =
                    dead.withKey("reports/" + expected.getKey()).getFirst();
            assertEquals(stage, TopicReader.header(letter, DeadLetterHeaders.STAGE));
            assertTrue(
                    TopicReader.header(letter, DeadLetterHeaders.ERROR_MESSAGE).contains(expected.getValue()),
                    TopicReader.header(letter, DeadLetterHeaders.ERROR_MESSAGE));
        }
    }

    private void start(Path uploadDir, Map<String, String> settings) {
        Map<String, String> environment = new HashMap<>(Map.of(
                Settings.KAFKA_BOOTSTRAP_SERVERS.variable(), infra.kafkaBootstrapServers(),
                Settings.UPLOAD_DIR.variable(), uploadDir.toString(),
                Settings.INGEST_STATE_DIR.variable(), state.toString(),
                Settings.EXTRACTION_WORKERS.variable(), "1"));
        environment.putAll(settings);
        service = IngestMain.create(new Config(environment), Clock.systemUTC());
        service.start();
    }

    /** Creates a file whose name has bytes that are not UTF-8 (Java cannot name one; the shell can). */
    private static void writeWithRawName(Path folder, String printfName) throws IOException, InterruptedException {
        Process shell = new ProcessBuilder("bash", "-c", "printf 'a report' > \"$(printf '" + printfName + "')\"")
                .directory(folder.toFile())
                .inheritIO()
                .start();
        assertEquals(0, shell.waitFor());
    }

    private static void send(KafkaProducer<String, UploadEvent> producer, UploadEvent event) throws Exception {
        producer.send(new ProducerRecord<>(Topics.UPLOADED.name(), event.kafkaKey(), event))
                .get();
    }

    private static void assertNothingExtractedContains(TopicReader<String, byte[]> extracted, String text) {
        extracted.drain(Duration.ofSeconds(1));
        assertFalse(
                extracted.awaitRecords(seen -> true, PATIENCE).stream()
                        .anyMatch(record -> record.value() != null
                                && new String(record.value(), StandardCharsets.UTF_8).contains(text)),
                "no extracted report holds text from outside the bucket");
    }

    private TopicReader<String, byte[]> reader(String topic) {
        return TopicReader.of(infra.kafka(), topic);
    }

    private static String id(String key) {
        return ReportId.of("reports", key);
    }
}
