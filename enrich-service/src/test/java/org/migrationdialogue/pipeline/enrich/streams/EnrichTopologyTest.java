package org.migrationdialogue.pipeline.enrich.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationdialogue.pipeline.common.config.Config;
import org.migrationdialogue.pipeline.common.config.Settings;
import org.migrationdialogue.pipeline.common.events.EnrichedReport;
import org.migrationdialogue.pipeline.common.events.Enrichment;
import org.migrationdialogue.pipeline.common.events.ExtractedReport;
import org.migrationdialogue.pipeline.common.events.PublishedRecommendation;
import org.migrationdialogue.pipeline.common.events.ReportId;
import org.migrationdialogue.pipeline.common.events.SourceObject;
import org.migrationdialogue.pipeline.common.topics.DeadLetterHeaders;
import org.migrationdialogue.pipeline.common.topics.Topic;
import org.migrationdialogue.pipeline.common.topics.Topics;
import org.migrationdialogue.pipeline.enrich.core.Enricher;
import org.migrationdialogue.pipeline.enrich.core.Reports;

class EnrichTopologyTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private static final String SOM_SEED = "rabat-process-som-rabat-2014-06.txt";
    private static final String PARIS_SEED = "rabat-process-thematic-meeting-crisis-paris-2014-04.txt";
    private static Function<ExtractedReport, Enrichment> enricher;

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, ExtractedReport> extracted;
    private TestInputTopic<String, byte[]> rawExtracted;
    private TestOutputTopic<String, EnrichedReport> enriched;
    private TestOutputTopic<String, PublishedRecommendation> recommendations;
    private TestOutputTopic<byte[], byte[]> deadLetters;

    @BeforeAll
    static void loadEnricher() {
        enricher = Enricher.fromResources()::enrich;
    }

    @BeforeEach
    void startDriver() {
        startDriver(enricher);
    }

    private void startDriver(Function<ExtractedReport, Enrichment> enrichment) {
        Properties config = EnrichStreamsConfig.from(new Config(Map.of(
                Settings.KAFKA_BOOTSTRAP_SERVERS.variable(),
                "unused:9092",
                Settings.STREAMS_STATE_DIR.variable(),
                stateDir.toString())));
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "enrich-topology-test");
        driver = new TopologyTestDriver(
                EnrichTopology.buildTopology(enrichment, Clock.fixed(NOW, ZoneOffset.UTC)), config);
        extracted = driver.createInputTopic(
                Topics.EXTRACTED.name(),
                Topics.EXTRACTED.keySerde().serializer(),
                Topics.EXTRACTED.valueSerde().serializer());
        rawExtracted =
                driver.createInputTopic(Topics.EXTRACTED.name(), new StringSerializer(), new ByteArraySerializer());
        enriched = driver.createOutputTopic(
                Topics.ENRICHED.name(),
                Topics.ENRICHED.keySerde().deserializer(),
                Topics.ENRICHED.valueSerde().deserializer());
        recommendations = driver.createOutputTopic(
                Topics.RECOMMENDATIONS.name(),
                Topics.RECOMMENDATIONS.keySerde().deserializer(),
                Topics.RECOMMENDATIONS.valueSerde().deserializer());
        deadLetters =
                driver.createOutputTopic(Topics.DLQ.name(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void shouldEnrichAnExtractedSeedReport() throws IOException {
        // given the extracted Paris thematic meeting report
        ExtractedReport report = seed("paris.pdf", PARIS_SEED);
        // when it enters the topology
        extracted.pipeInput(report.id(), report);
        // then one enriched report comes out, with the extracted fields kept and enrichment added
        EnrichedReport result = enriched.readValue();
        assertEquals(report.id(), result.id());
        assertEquals(report.text(), result.report().text());
        assertEquals(NOW, result.enrichedAt());
        assertTrue(
                result.enrichment().countries().stream()
                        .anyMatch(country -> country.code().equals("FR")),
                result.enrichment().countries()::toString);
        assertFalse(result.enrichment().recommendations().isEmpty());
        assertTrue(enriched.isEmpty());
    }

    @Test
    void shouldPassTombstonesThrough() {
        // given a deleted report
        String id = ReportId.of("reports", "gone.pdf");
        // when its tombstone enters the topology
        extracted.pipeInput(id, null);
        // then a tombstone comes out on reports.enriched, and no recommendation
        TestRecord<String, EnrichedReport> record = enriched.readRecord();
        assertEquals(id, record.key());
        assertNull(record.value());
        assertTrue(recommendations.isEmpty());
    }

    @Test
    void shouldPublishEachRecommendationOnceWhenAReportIsUploadedTwice() throws IOException {
        // given the Rabat SOM report
        ExtractedReport report = seed("som.pdf", SOM_SEED);
        // when it is extracted twice (a re-upload)
        extracted.pipeInput(report.id(), report);
        extracted.pipeInput(report.id(), report);
        // then every recommendation is published exactly once, keyed by its id
        EnrichedReport result = enriched.readValuesToList().getFirst();
        List<TestRecord<String, PublishedRecommendation>> published = recommendations.readRecordsToList();
        Set<String> expectedIds =
                result.enrichment().recommendations().stream().map(r -> r.id()).collect(Collectors.toSet());
        assertEquals(expectedIds.size(), published.size());
        assertEquals(expectedIds, published.stream().map(TestRecord::key).collect(Collectors.toSet()));
        published.forEach(record -> assertEquals(record.key(), record.value().id()));
        published.forEach(record -> assertEquals(report.id(), record.value().reportId()));
    }

    @Test
    void shouldPublishNothingNewForASecondReportRepeatingTheSameRecommendations() throws IOException {
        // given the Paris report, already processed under one name
        ExtractedReport first = seed("paris.pdf", PARIS_SEED);
        extracted.pipeInput(first.id(), first);
        int firstCount = recommendations.readRecordsToList().size();
        // when the same content arrives under a second name
        ExtractedReport copy = seed("copy-of-paris.pdf", PARIS_SEED);
        extracted.pipeInput(copy.id(), copy);
        // then it is enriched as its own report, but no recommendation is published again
        assertTrue(firstCount > 0);
        assertEquals(2, enriched.readValuesToList().size());
        assertTrue(recommendations.isEmpty());
    }

    @Test
    void shouldSkipMalformedInputAndGoOn() throws IOException {
        // given a record that is not JSON, then a good report
        rawExtracted.pipeInput("r-bad", "{not json".getBytes(StandardCharsets.UTF_8));
        ExtractedReport good = seed("paris.pdf", PARIS_SEED);
        extracted.pipeInput(good.id(), good);
        // then the good one is enriched (the dead letter itself is checked through the real broker: EnrichServiceIT)
        assertEquals(good.id(), enriched.readValue().id());
        assertTrue(enriched.isEmpty());
    }

    @Test
    void shouldPassAScanWhoseTextIsMissingThroughWithItsFlagAndNoEntities() {
        // given a two-page scan extracted where OCR was off: empty text, flagged
        ExtractedReport scan = new ExtractedReport(
                "r-scan",
                source("scans/declaration.pdf"),
                "1",
                "",
                "und",
                2,
                Map.of("ocr", "off: Tesseract is not installed"),
                "",
                List.of(),
                List.of(),
                ExtractedReport.OCR_OFF,
                List.of(1, 2),
                NOW);
        // when it enters the topology
        extracted.pipeInput(scan.id(), scan);
        // then it is enriched to nothing, its flag kept for the index, and nothing is dead-lettered
        EnrichedReport result = enriched.readValue();
        assertEquals(ExtractedReport.OCR_OFF, result.report().textMissing());
        assertEquals(List.of(1, 2), result.report().textMissingPages());
        assertTrue(result.enrichment().countries().isEmpty());
        assertTrue(result.enrichment().recommendations().isEmpty());
        assertTrue(deadLetters.isEmpty());
        assertTrue(recommendations.isEmpty());
    }

    @Test
    void shouldSendAReportEnrichmentCannotProcessToTheDeadLetterTopic() {
        // given a well-formed record without text
        ExtractedReport empty = new ExtractedReport(
                "r-no-text", source("no-text.pdf"), "0", "Untitled", "en", 1, Map.of(), null, List.of(), NOW);
        // when it enters the topology
        extracted.pipeInput(empty.id(), empty);
        // then it is dead-lettered by the processing handler, and nothing is enriched
        TestRecord<byte[], byte[]> dead = deadLetters.readRecord();
        assertEquals(DeadLetterProcessingHandler.STAGE, header(dead, DeadLetterHeaders.STAGE));
        assertTrue(header(dead, DeadLetterHeaders.ERROR_MESSAGE).contains("has no text"));
        assertTrue(enriched.isEmpty());
    }

    @Test
    void shouldDeadLetterAReportWhoseEnrichedFormWouldNotFitInOneRecordAndGoOn() throws IOException {
        // given a topology whose enrichment finds nothing (what it finds is not the point: any enriched form is
        // larger than the extracted report) and an extracted report whose record is just under the 10 MB limit
        closeDriver();
        startDriver(report -> Enrichment.NOTHING);
        ExtractedReport large = sized("large.pdf", Topic.MAX_MESSAGE_BYTES - 300);
        ExtractedReport next = seed("paris.pdf", PARIS_SEED);
        // when it enters the topology, then a small report
        extracted.pipeInput(large.id(), large);
        extracted.pipeInput(next.id(), next);
        // then the large one is dead-lettered with the reason, nothing of it is published, and the next one goes on
        TestRecord<byte[], byte[]> dead = deadLetters.readRecord();
        assertEquals(large.id(), new String(dead.key(), StandardCharsets.UTF_8));
        assertEquals(DeadLetterProcessingHandler.STAGE, header(dead, DeadLetterHeaders.STAGE));
        assertTrue(
                header(dead, DeadLetterHeaders.ERROR_MESSAGE).contains("holds at most"),
                header(dead, DeadLetterHeaders.ERROR_MESSAGE));
        assertEquals(
                List.of(next.id()),
                enriched.readKeyValuesToList().stream().map(kv -> kv.key).toList());
        assertTrue(recommendations.isEmpty());
    }

    /** An extracted report whose JSON record is exactly {@code bytes} long. */
    static ExtractedReport sized(String key, int bytes) {
        ExtractedReport empty = new ExtractedReport(
                ReportId.of("reports", key), source(key), "0", "Large", "en", 1, Map.of(), "", List.of(), NOW);
        int framing = Topics.EXTRACTED.valueSerde().serializer().serialize(Topics.EXTRACTED.name(), empty).length;
        return empty.withText("a".repeat(bytes - framing), List.of());
    }

    private static String header(TestRecord<byte[], byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static ExtractedReport seed(String key, String seedFile) throws IOException {
        ExtractedReport cleaned = Reports.of(Files.readString(Path.of("..", "seeds", seedFile)), "en");
        return new ExtractedReport(
                ReportId.of("reports", key),
                source(key),
                cleaned.contentSha256(),
                "Seed",
                "en",
                null,
                Map.of(),
                cleaned.text(),
                cleaned.blocks(),
                NOW);
    }

    static SourceObject source(String key) {
        return new SourceObject("reports", key, "\"1\"", 1000, "application/pdf", NOW);
    }
}
