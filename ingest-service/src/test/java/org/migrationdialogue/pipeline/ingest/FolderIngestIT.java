package org.migrationdialogue.pipeline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.migrationdialogue.pipeline.common.config.Config;
import org.migrationdialogue.pipeline.common.config.Settings;
import org.migrationdialogue.pipeline.common.events.ExtractedReport;
import org.migrationdialogue.pipeline.common.events.ReportId;
import org.migrationdialogue.pipeline.common.serde.JsonSerde;
import org.migrationdialogue.pipeline.common.topics.DeadLetterHeaders;
import org.migrationdialogue.pipeline.common.topics.Topics;
import org.migrationdialogue.pipeline.ingest.extract.BadInput;
import org.migrationdialogue.pipeline.ingest.extract.BadInputCorpus;
import org.migrationdialogue.pipeline.ingest.extract.GoodFixture;
import org.migrationdialogue.pipeline.ingest.extract.ObjectContent;
import org.migrationdialogue.pipeline.testing.RealInfrastructure;
import org.migrationdialogue.pipeline.testing.RealInfrastructureExtension;
import org.migrationdialogue.pipeline.testing.TopicReader;

/** From a file in the upload folder to its record on reports.extracted (or reports.dlq), through the real broker. */
@ExtendWith(RealInfrastructureExtension.class)
class FolderIngestIT {

    private static final Duration PATIENCE = Duration.ofSeconds(120);
    /** Cases whose failure depends on limits the service takes from the object's metadata, not from a file. */
    private static final Set<String> NOT_FILE_CASES =
            Set.of("declared size over the limit", "stream longer than the limit, size unknown", "huge single line");

    @TempDir
    Path uploads;

    @TempDir
    Path state;

    private RealInfrastructure infra;
    private IngestService service;
    private String run;

    @BeforeEach
    void startService(RealInfrastructure infra) {
        this.infra = infra;
        this.run = "run-" + UUID.randomUUID().toString().substring(0, 8);
        service = IngestMain.create(
                new Config(Map.of(
                        Settings.KAFKA_BOOTSTRAP_SERVERS.variable(), infra.kafkaBootstrapServers(),
                        Settings.UPLOAD_DIR.variable(), uploads.toString(),
                        Settings.INGEST_STATE_DIR.variable(), state.toString(),
                        Settings.MAX_UPLOAD_BYTES.variable(), Long.toString(2L * 1024 * 1024),
                        Settings.PARSE_TIMEOUT_SECONDS.variable(), "60")),
                Clock.systemUTC());
        service.start();
    }

    @AfterEach
    void stopService() {
        service.close();
    }

    @Test
    void shouldPublishOneExtractedReportForEachFixtureTypeDroppedIntoTheFolder() throws IOException {
        // given every good fixture (PDF, DOCX, ODT, RTF, HTML, Markdown, text, French HTML)
        Map<String, GoodFixture> byReportId = new LinkedHashMap<>();
        for (GoodFixture fixture : GoodFixture.all()) {
            String key = run + "/" + fixture.key();
            byReportId.put(ReportId.of("reports", key), fixture);
            // when it is dropped into the folder
            drop(key, fixture.content());
        }
        // then each yields exactly one extracted report with its title, language and clean text
        try (var reader = TopicReader.of(infra.kafka(), Topics.EXTRACTED.name())) {
            reader.awaitRecords(
                    seen -> byReportId.keySet().stream()
                            .allMatch(id -> !reader.withKey(id).isEmpty()),
                    PATIENCE);
            reader.drain(Duration.ofSeconds(2));
            for (var entry : byReportId.entrySet()) {
                List<ConsumerRecord<String, byte[]>> records = reader.withKey(entry.getKey());
                assertEquals(1, records.size(), entry.getValue().key());
                ExtractedReport report = JsonSerde.of(ExtractedReport.class)
                        .deserialize("t", records.getFirst().value());
                assertExtractedAsExpected(entry.getValue(), report);
            }
        }
    }

    private static void assertExtractedAsExpected(GoodFixture fixture, ExtractedReport report) {
        assertEquals(fixture.title(), report.title(), fixture.key());
        assertEquals(fixture.language(), report.language(), fixture.key());
        assertEquals(fixture.pageCount(), report.pageCount(), fixture.key());
        assertEquals(fixture.contentType(), report.source().contentType(), fixture.key());
        assertTrue(report.text().contains(fixture.sentence()), fixture.key());
        assertFalse(report.text().contains("Project funded by the European Union"), fixture.key());
        assertEquals(ReportId.sha256Hex(fixture.content()), report.contentSha256(), fixture.key());
    }

    @Test
    void shouldSendEveryBadInputToTheDeadLetterTopicWithItsReasonAndGoOn(@TempDir Path scratch) throws IOException {
        // given the bad-input corpus dropped into the folder, then a good report
        Map<String, BadInput> byKey = new LinkedHashMap<>();
        int n = 0;
        for (BadInput bad : BadInputCorpus.all()) {
            if (!NOT_FILE_CASES.contains(bad.name())) {
                ObjectContent content = bad.maker().make(scratch);
                String key =
                        run + "/bad-" + (n++) + "/" + Path.of(content.key()).getFileName();
                try (InputStream in = content.source().open()) {
                    drop(key, in);
                }
                byKey.put("reports/" + key, bad);
            }
        }
        String goodKey = run + "/after-the-bad-ones.txt";
        drop(goodKey, Files.readAllBytes(Path.of("..", "seeds", "rabat-process-som-rabat-2014-06.txt")));

        // then each bad file is one dead letter whose reason says what is wrong, and the good one is extracted
        try (var dead = TopicReader.of(infra.kafka(), Topics.DLQ.name());
                var extracted = TopicReader.of(infra.kafka(), Topics.EXTRACTED.name())) {
            extracted.awaitRecords(
                    seen -> !extracted.withKey(ReportId.of("reports", goodKey)).isEmpty(), PATIENCE);
            dead.awaitRecords(
                    seen -> byKey.keySet().stream()
                            .allMatch(key -> !dead.withKey(key).isEmpty()),
                    PATIENCE);
            dead.drain(Duration.ofSeconds(2));
            for (var entry : byKey.entrySet()) {
                List<ConsumerRecord<String, byte[]>> letters = dead.withKey(entry.getKey());
                assertEquals(1, letters.size(), entry.getValue().name());
                String reason = TopicReader.header(letters.getFirst(), DeadLetterHeaders.ERROR_MESSAGE);
                assertTrue(
                        reason.contains(entry.getValue().reasonFragment()),
                        entry.getValue().name() + ": " + reason);
                assertTrue(TopicReader.header(letters.getFirst(), DeadLetterHeaders.STAGE)
                        .startsWith("ingest."));
            }
            assertTrue(byKey.size() >= 19, "the corpus has at least 19 file cases");
        }
    }

    @Test
    void shouldPublishATombstoneWhenAFileIsDeleted() throws IOException {
        // given an extracted report
        String key = run + "/to-delete.txt";
        String reportId = ReportId.of("reports", key);
        drop(
                key,
                Files.readAllBytes(Path.of("..", "seeds", "rabat-process-thematic-meeting-crisis-paris-2014-04.txt")));
        try (var reader = TopicReader.of(infra.kafka(), Topics.EXTRACTED.name())) {
            reader.awaitRecords(seen -> reader.withKey(reportId).size() == 1, PATIENCE);
            // when the file is deleted
            Files.delete(uploads.resolve(key));
            // then a tombstone follows the report
            reader.awaitRecords(seen -> reader.withKey(reportId).size() == 2, PATIENCE);
            assertNull(reader.withKey(reportId).get(1).value());
        }
    }

    @Test
    void shouldIgnoreHiddenAndTemporaryFiles() throws IOException {
        // given a hidden file and a partial download next to a real report
        drop(run + "/.hidden.txt", "hidden".getBytes(StandardCharsets.UTF_8));
        drop(run + "/download.pdf.part", "partial".getBytes(StandardCharsets.UTF_8));
        String key = run + "/real.txt";
        drop(key, Files.readAllBytes(Path.of("..", "seeds", "rabat-process-som-rabat-2014-06.txt")));
        // then only the real report is uploaded
        try (var reader = TopicReader.of(infra.kafka(), Topics.UPLOADED.name())) {
            reader.awaitRecords(seen -> !reader.withKey("reports/" + key).isEmpty(), PATIENCE);
            reader.drain(Duration.ofSeconds(2));
            assertTrue(reader.withKey("reports/" + run + "/.hidden.txt").isEmpty());
            assertTrue(reader.withKey("reports/" + run + "/download.pdf.part").isEmpty());
        }
    }

    @Test
    void shouldSendAMalformedUploadEventToTheDeadLetterTopic() {
        // given a record on reports.uploaded that is neither an upload event nor an S3 notification
        String key = "reports/" + run + "/garbage-event";
        try (var producer = new KafkaProducer<String, byte[]>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers()),
                new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(
                    new ProducerRecord<>(Topics.UPLOADED.name(), key, "[1, 2, 3]".getBytes(StandardCharsets.UTF_8)));
        }
        // then it is dead-lettered at the event stage with a clear reason
        try (var dead = TopicReader.of(infra.kafka(), Topics.DLQ.name())) {
            List<ConsumerRecord<String, byte[]>> letters = new ArrayList<>();
            dead.awaitRecords(seen -> !dead.withKey(key).isEmpty(), PATIENCE);
            letters.addAll(dead.withKey(key));
            assertEquals("ingest.event", TopicReader.header(letters.getFirst(), DeadLetterHeaders.STAGE));
            assertTrue(TopicReader.header(letters.getFirst(), DeadLetterHeaders.ERROR_MESSAGE)
                    .contains("not a JSON object"));
        }
    }

    private void drop(String key, byte[] content) throws IOException {
        new UploadFolder(uploads).drop(key, content);
    }

    private void drop(String key, InputStream content) throws IOException {
        new UploadFolder(uploads).drop(key, content);
    }
}
