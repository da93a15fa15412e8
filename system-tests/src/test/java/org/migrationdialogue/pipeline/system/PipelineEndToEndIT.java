package org.migrationdialogue.pipeline.system;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.migrationdialogue.pipeline.common.events.PublishedRecommendation;
import org.migrationdialogue.pipeline.common.serde.JsonSerde;
import org.migrationdialogue.pipeline.common.topics.Topics;
import org.migrationdialogue.pipeline.ingest.extract.PublicFixture;
import org.migrationdialogue.pipeline.testing.PdfReport;

/**
 * The user's loop through {@code pipeline up}, with Kafka, Elasticsearch and the three services as separate
 * processes: seeds on first start, drop a PDF and find it, replace it, delete it, the same content under a second
 * name, Ctrl-C in the middle of an ingest followed by a new {@code up}, and real documents of every older format.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineEndToEndIT {

    private static final Duration PATIENCE = Duration.ofMinutes(4);
    private final String run = "e2e" + UUID.randomUUID().toString().substring(0, 6);
    private PipelineUnderTest pipeline;
    private Probe probe;

    @BeforeAll
    void up() throws IOException {
        pipeline = new PipelineUnderTest();
        pipeline.up();
        probe = new Probe(pipeline);
    }

    @AfterAll
    void down() throws Exception {
        probe.close();
        pipeline.close();
    }

    @Test
    @Order(1)
    void shouldIngestTheSeedsOnFirstStart() {
        // given a first ./pipeline up, then the two seed reports are indexed, enriched, with recommendations published
        await().atMost(PATIENCE).until(() -> probe.reports() == 2);
        assertTrue(probe.records(Topics.RECOMMENDATIONS.name()).size() > 10);
    }

    @Test
    @Order(2)
    void shouldFindADroppedPdfWithItsEntitiesAndPublishItsNewRecommendations() throws Exception {
        // given a new report as a PDF
        String key = "e2e/dakar-meeting.pdf";
        // when it is dropped into the upload folder
        PdfReport.drop(pipeline.uploads().resolve(key), "Thematic meeting in Dakar " + run, report(run, "first"));
        // then it is searchable with its countries, organisations and themes
        ObjectNode report = awaitReport(key);
        assertTrue(
                codes(report.path("countries"), "code").containsAll(Set.of("SN", "ML")),
                report.path("countries")::toString);
        assertTrue(
                codes(report.path("organisations"), "acronym").contains("ECOWAS"),
                report.path("organisations")::toString);
        assertTrue(report.path("themes").size() > 0);
        assertTrue(cli("search", run).contains("Thematic meeting in Dakar " + run));
        // and its new recommendations are on the topic, once each
        await().atMost(PATIENCE).until(() -> recommendationsOf(run).size() == 2);
    }

    @Test
    @Order(3)
    void shouldFollowANewVersionOfTheSameFile() throws Exception {
        // given the indexed Dakar report, when a new version replaces the file
        String key = "e2e/dakar-meeting.pdf";
        PdfReport.drop(pipeline.uploads().resolve(key), "Thematic meeting in Dakar " + run, report(run, "second"));
        // then the index follows: the report document shows the new text, and the new recommendation is published
        await().atMost(PATIENCE)
                .until(() -> awaitReport(key).path("text").asText().contains("second version"));
        await().atMost(PATIENCE).until(() -> recommendationsOf(run).size() == 3);
    }

    @Test
    @Order(4)
    void shouldRemoveADeletedReportFromTheIndex() throws IOException {
        // given the indexed Dakar report, when its file is deleted
        Files.delete(pipeline.uploads().resolve("e2e/dakar-meeting.pdf"));
        // then it is gone from Elasticsearch
        await().atMost(PATIENCE)
                .until(() -> probe.reportOfKey("e2e/dakar-meeting.pdf").isEmpty());
    }

    @Test
    @Order(5)
    void shouldPublishNoDuplicateRecommendationForTheSameContentUnderASecondName() throws Exception {
        // given the second version's content, dropped again under another name
        String key = "e2e/copy-of-dakar-meeting.pdf";
        PdfReport.drop(pipeline.uploads().resolve(key), "Thematic meeting in Dakar " + run, report(run, "second"));
        // then it is indexed as a report of its own, but no recommendation is published a second time
        awaitReport(key);
        List<ConsumerRecord<String, byte[]>> all = probe.records(Topics.RECOMMENDATIONS.name());
        assertEquals(3, recommendationsOf(run).size());
        assertEquals(
                all.size(), all.stream().map(ConsumerRecord::key).distinct().count(), "no duplicate keys");
    }

    @Test
    @Order(6)
    void shouldLoseAndDuplicateNothingWhenStoppedMidIngestAndStartedAgain() throws Exception {
        // given six new reports dropped at once
        long before = probe.reports();
        List<String> runs =
                IntStream.range(0, 6).mapToObj(i -> run + "batch" + i).toList();
        for (String batch : runs) {
            PdfReport.drop(
                    pipeline.uploads().resolve("e2e/batch/" + batch + ".pdf"),
                    "Batch report " + batch,
                    report(batch, "first"));
        }
        // when Ctrl-C stops everything in the middle of the ingest, and ./pipeline up runs again
        await().atMost(PATIENCE)
                .until(() -> probe.records(Topics.UPLOADED.name()).stream()
                        .anyMatch(record -> record.key().contains("e2e/batch/")));
        pipeline.interrupt();
        pipeline.up();
        // then every report is indexed once and every recommendation is on the topic exactly once
        await().atMost(PATIENCE).until(() -> probe.reports() == before + runs.size());
        for (String batch : runs) {
            await().atMost(PATIENCE).until(() -> recommendationsOf(batch).size() == 2);
        }
        List<ConsumerRecord<String, byte[]>> all = probe.records(Topics.RECOMMENDATIONS.name());
        assertEquals(
                all.size(), all.stream().map(ConsumerRecord::key).distinct().count(), "no duplicate recommendation");
    }

    @Test
    @Order(7)
    void shouldMakeRealDocumentsOfEachFormatSearchable() throws Exception {
        // given real documents not written by us: .doc, .ppt, .xls, .rtf, .odt, .epub and a two-column PDF
        List<PublicFixture> fixtures = PublicFixture.all();
        // when they are dropped into the upload folder at once
        for (PublicFixture fixture : fixtures) {
            Path target = pipeline.uploads().resolve("e2e/formats/" + run + "/" + fixture.file());
            Files.createDirectories(target.getParent());
            Path partial = target.resolveSibling("." + fixture.file() + ".partial");
            Files.write(partial, fixture.content());
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        }
        // then a phrase of each is found by a phrase search in Elasticsearch
        for (PublicFixture fixture : fixtures) {
            String key = "e2e/formats/" + run + "/" + fixture.file();
            await().atMost(PATIENCE).until(() -> probe.findsPhrase(key, fixture.phrase()));
        }
    }

    private ObjectNode awaitReport(String key) {
        List<ObjectNode> found = new ArrayList<>();
        await().atMost(PATIENCE)
                .until(() -> probe.reportOfKey(key).map(found::add).isPresent());
        return found.getLast();
    }

    private List<PublishedRecommendation> recommendationsOf(String marker) {
        return probe.records(Topics.RECOMMENDATIONS.name()).stream()
                .map(record -> JsonSerde.of(PublishedRecommendation.class).deserialize(record.topic(), record.value()))
                .filter(recommendation -> recommendation.text().contains(marker))
                .toList();
    }

    private static Set<String> codes(JsonNode items, String field) {
        Set<String> values = new java.util.HashSet<>();
        items.forEach(item -> values.add(item.path(field).asText()));
        return values;
    }

    /** A short meeting report whose recommendations carry a marker, so they are new to the pipeline. */
    private static List<String> report(String marker, String version) {
        List<String> lines = new ArrayList<>(List.of(
                "Thematic Meeting on Migration and Development",
                "Summary of debates - 3 and 4 March 2025, Dakar, Senegal",
                "",
                "This " + version + " version of the report summarises the thematic meeting of the Rabat Process held",
                "in Dakar. Delegations from Senegal, Mali, Morocco and France, the Economic Community of West",
                "African States (ECOWAS) and the International Organization for Migration (IOM) discussed the",
                "contribution of the diaspora to development, remittances and the protection of migrants.",
                "",
                "CONCLUSIONS AND RECOMMENDATIONS OF THE CO-CHAIRS",
                "",
                "1. Strengthen the exchange of data on migration flows between Senegal and Mali (" + marker + ");",
                "2. Support diaspora investment in local development through ECOWAS and IOM programmes (" + marker
                        + ");"));
        if ("second".equals(version)) {
            lines.add("3. Train consular staff in the protection of migrants in crisis situations (" + marker + ").");
        }
        return lines;
    }

    /** Runs a {@code pipeline} subcommand against the pipeline under test and returns what it printed. */
    private String cli(String... arguments) throws IOException, InterruptedException {
        return CliProcess.run(
                pipeline.repoRoot(),
                pipeline.cliEnvironment(),
                pipeline.uploads().getParent().resolve("logs"),
                arguments);
    }
}
