package org.migrationdialogue.pipeline.index.kafka;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.migrationdialogue.pipeline.common.events.ContractSamples;
import org.migrationdialogue.pipeline.common.events.CountryMention;
import org.migrationdialogue.pipeline.common.events.EnrichedReport;
import org.migrationdialogue.pipeline.common.events.Enrichment;
import org.migrationdialogue.pipeline.common.events.ExtractedReport;
import org.migrationdialogue.pipeline.common.events.Recommendation;
import org.migrationdialogue.pipeline.common.events.ReportId;
import org.migrationdialogue.pipeline.common.kafka.KafkaConnection;
import org.migrationdialogue.pipeline.common.search.ElasticsearchClients;
import org.migrationdialogue.pipeline.common.search.IndexAliases;
import org.migrationdialogue.pipeline.common.serde.JsonSerde;
import org.migrationdialogue.pipeline.common.service.ServiceRunner;
import org.migrationdialogue.pipeline.common.topics.DeadLetterHeaders;
import org.migrationdialogue.pipeline.common.topics.Topic;
import org.migrationdialogue.pipeline.common.topics.Topics;
import org.migrationdialogue.pipeline.index.IndexService;
import org.migrationdialogue.pipeline.index.elastic.ElasticsearchReportIndex;
import org.migrationdialogue.pipeline.testing.ConsumerGroups;
import org.migrationdialogue.pipeline.testing.InfrastructureControl;
import org.migrationdialogue.pipeline.testing.RealInfrastructure;
import org.migrationdialogue.pipeline.testing.RealInfrastructureExtension;
import org.migrationdialogue.pipeline.testing.TopicReader;

@ExtendWith(RealInfrastructureExtension.class)
class IndexingLoopIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private RealInfrastructure infra;
    private ElasticsearchClient client;
    private KafkaProducer<String, EnrichedReport> producer;
    private IndexingLoop loop;
    private Thread thread;

    @BeforeEach
    void startLoop(RealInfrastructure infra) {
        this.infra = infra;
        client = ElasticsearchClients.create(infra.elasticsearchUrl());
        producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers()),
                new StringSerializer(),
                JsonSerde.of(EnrichedReport.class));
        loop = newLoop("index-it-" + UUID.randomUUID());
        thread = new Thread(loop, "index-loop-it");
        thread.start();
    }

    private IndexingLoop newLoop(String group) {
        return new IndexingLoop(
                IndexClients.consumer(infra.kafka(), group),
                IndexClients.deadLetterProducer(infra.kafka()),
                new ElasticsearchReportIndex(client),
                Clock.systemUTC(),
                BatchLimits.DEFAULT);
    }

    @AfterEach
    void stopLoop() throws InterruptedException {
        loop.stop();
        thread.join();
        producer.close();
    }

    @Test
    void shouldIndexAReportAndItsRecommendations() {
        // given an enriched report with two recommendations
        EnrichedReport report = report("index", List.of("Share data on migrants in crisis;", "Train consular staff;"));
        // when it is published on reports.enriched
        publish(report);
        // then the report and both recommendations are searchable
        await().atMost(PATIENCE).until(() -> reportCount(report.id()) == 1 && recommendationCount(report.id()) == 2);
    }

    @Test
    void shouldLeaveCountsUnchangedWhenTheTopicIsReplayed() throws IOException {
        // given a report indexed once
        EnrichedReport report = report("replay", List.of("Strengthen return cooperation;"));
        publish(report);
        await().atMost(PATIENCE).until(() -> reportCount(report.id()) == 1 && recommendationCount(report.id()) == 1);
        // when the same record comes again and a second consumer group replays the whole topic
        publish(report);
        IndexingLoop replay = newLoop("index-it-replay-" + UUID.randomUUID());
        Thread replaying = new Thread(replay, "index-replay-it");
        replaying.start();
        String marker = publishMarker();
        await().atMost(PATIENCE).until(() -> reportCount(marker) == 1);
        replay.stop();
        // then there is still one report document and one recommendation document
        assertEquals(1, reportCount(report.id()));
        assertEquals(1, recommendationCount(report.id()));
    }

    @Test
    void shouldReplaceRecommendationsWhenANewVersionArrives() {
        // given a report with two recommendations, indexed
        EnrichedReport first = report("update", List.of("Old recommendation one;", "Old recommendation two;"));
        publish(first);
        await().atMost(PATIENCE).until(() -> recommendationCount(first.id()) == 2);
        // when a new version with one different recommendation replaces it
        EnrichedReport second = withRecommendations(first, List.of("The only new recommendation;"));
        publish(second);
        // then only the new recommendation is left
        await().atMost(PATIENCE)
                .until(() -> recommendationCount(first.id()) == 1
                        && recommendationTexts(first.id()).equals(List.of("The only new recommendation;")));
    }

    @Test
    void shouldDeleteTheReportAndItsRecommendationsOnATombstone() {
        // given an indexed report
        EnrichedReport report = report("delete", List.of("Recommendation to delete;"));
        publish(report);
        await().atMost(PATIENCE).until(() -> reportCount(report.id()) == 1 && recommendationCount(report.id()) == 1);
        // when its tombstone arrives
        producer.send(new ProducerRecord<>(Topics.ENRICHED.name(), report.id(), null));
        producer.flush();
        // then the report and its recommendations are gone
        await().atMost(PATIENCE).until(() -> reportCount(report.id()) == 0 && recommendationCount(report.id()) == 0);
    }

    @Test
    void shouldSendAMalformedRecordToTheDeadLetterTopicAndGoOn() {
        // given a record that is not an enriched report, followed by a good one
        String badKey = "r-malformed-" + UUID.randomUUID();
        try (var raw = new KafkaProducer<String, byte[]>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers()),
                new StringSerializer(),
                new ByteArraySerializer())) {
            raw.send(new ProducerRecord<>(
                    Topics.ENRICHED.name(), badKey, "{\"id\": [oops".getBytes(StandardCharsets.UTF_8)));
        }
        EnrichedReport good = report("after-malformed", List.of());
        publish(good);
        // then the bad one is in the DLQ with its reason, and the good one is indexed
        await().atMost(PATIENCE).until(() -> reportCount(good.id()) == 1);
        ConsumerRecord<String, byte[]> dead = awaitDeadLetter(badKey);
        assertEquals("index", TopicReader.header(dead, DeadLetterHeaders.STAGE));
        assertTrue(TopicReader.header(dead, DeadLetterHeaders.ERROR_MESSAGE).contains("Malformed EnrichedReport"));
    }

    @Test
    void shouldSendADocumentElasticsearchRejectsToTheDeadLetterTopic() {
        // given a report whose country code is an immense term Elasticsearch refuses to index
        EnrichedReport base = report("rejected", List.of());
        EnrichedReport rejected = withCountries(base, List.of(new CountryMention("X".repeat(40_000), "Nowhere", 1)));
        EnrichedReport good = report("after-rejected", List.of());
        // when both are published
        publish(rejected);
        publish(good);
        // then the good one is indexed and the rejected one is in the DLQ, with Elasticsearch's reason
        await().atMost(PATIENCE).until(() -> reportCount(good.id()) == 1);
        ConsumerRecord<String, byte[]> dead = awaitDeadLetter(rejected.id());
        assertTrue(
                TopicReader.header(dead, DeadLetterHeaders.ERROR_MESSAGE).contains("rejected (400)"),
                TopicReader.header(dead, DeadLetterHeaders.ERROR_MESSAGE));
        assertEquals(0, reportCount(rejected.id()));
    }

    @Test
    void shouldLoseNothingWhenElasticsearchStopsAndRestartsMidStream() {
        InfrastructureControl control = infra.control().orElse(null);
        assumeTrue(control != null, "this infrastructure cannot stop Elasticsearch on demand");
        // given ten reports indexed while Elasticsearch runs
        String run = UUID.randomUUID().toString();
        List<EnrichedReport> before = reports("outage-before-" + run, 10);
        before.forEach(this::publish);
        await().atMost(PATIENCE).until(() -> before.stream().allMatch(r -> reportCount(r.id()) == 1));
        // when Elasticsearch stops, ten more reports arrive, and it comes back
        control.stopElasticsearch();
        List<EnrichedReport> during = reports("outage-during-" + run, 10);
        during.forEach(this::publish);
        control.startElasticsearch();
        // then every report is indexed exactly once
        await().atMost(Duration.ofSeconds(120)).until(() -> during.stream().allMatch(r -> reportCount(r.id()) == 1));
        before.forEach(r -> assertEquals(1, reportCount(r.id())));
    }

    @Test
    void shouldDeadLetterTheReportWhoseIdElasticsearchRefusesAndIndexTheRestOfItsBatch() {
        // given four good reports, one whose id is longer than the 512 bytes Elasticsearch allows, and one after it
        String run = UUID.randomUUID().toString();
        List<EnrichedReport> good = reports("split-" + run, 4);
        EnrichedReport refused =
                withId(report("refused", List.of("Recommendation of a refused report;")), "r-" + "x".repeat(600));
        EnrichedReport after = report("after-refused-" + run, List.of());
        // when they are published together, so that the loop gets them in one bulk request
        List.of(good.get(0), good.get(1), refused, good.get(2), good.get(3), after)
                .forEach(report -> producer.send(new ProducerRecord<>(Topics.ENRICHED.name(), report.id(), report)));
        producer.flush();
        // then every other report is indexed, and the refused one is in the DLQ with Elasticsearch's reason
        await().atMost(PATIENCE)
                .until(() -> good.stream().allMatch(r -> reportCount(r.id()) == 1) && reportCount(after.id()) == 1);
        ConsumerRecord<String, byte[]> dead = awaitDeadLetter(refused.id());
        String reason = TopicReader.header(dead, DeadLetterHeaders.ERROR_MESSAGE);
        assertTrue(reason.contains("refused the request (400)") && reason.contains("too long"), reason);
        assertEquals("index", TopicReader.header(dead, DeadLetterHeaders.STAGE));
    }

    @Test
    void shouldCutTheDeadLetterOfARecordNearTheSizeLimitSoThatItIsSent() throws Exception {
        // given a report of nearly 10 MB that Elasticsearch refuses (an immense country code)
        EnrichedReport refused = withCountries(
                report("immense", List.of()), List.of(new CountryMention("X".repeat(40_000), "Nowhere", 1)));
        int framing = Topics.ENRICHED.valueSerde().serializer().serialize(Topics.ENRICHED.name(), refused).length
                - refused.report().text().length();
        EnrichedReport large =
                withText(refused, refused.id(), "a ".repeat((Topic.MAX_MESSAGE_BYTES - 300 - framing) / 2));
        byte[] value = Topics.ENRICHED.valueSerde().serializer().serialize(Topics.ENRICHED.name(), large);
        // when it is published (it fits on reports.enriched, but not beside the headers of a dead letter)
        try (var big = new KafkaProducer<String, byte[]>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        infra.kafkaBootstrapServers(),
                        ProducerConfig.MAX_REQUEST_SIZE_CONFIG,
                        Topic.MAX_MESSAGE_BYTES,
                        ProducerConfig.COMPRESSION_TYPE_CONFIG,
                        "zstd"),
                new StringSerializer(),
                new ByteArraySerializer())) {
            big.send(new ProducerRecord<>(Topics.ENRICHED.name(), large.id(), value))
                    .get();
        }
        // then its dead letter is on reports.dlq: the value's first bytes, the header saying how long it was
        ConsumerRecord<String, byte[]> dead = awaitDeadLetter(large.id());
        assertEquals(Integer.toString(value.length), TopicReader.header(dead, DeadLetterHeaders.VALUE_TRUNCATED));
        assertTrue(dead.value().length < value.length);
        assertArrayEquals(Arrays.copyOf(value, dead.value().length), dead.value());
        assertTrue(TopicReader.header(dead, DeadLetterHeaders.ERROR_MESSAGE).contains("rejected (400)"));
    }

    @Test
    void shouldLeaveTheOffsetUncommittedAndExitWhenADeadLetterCannotBeSent() throws Exception {
        // given an index-service whose dead-letter producer refuses anything over 256 bytes, reading from the end
        String group = "index-it-dead-letter-fails-" + UUID.randomUUID();
        ConsumerGroups.startAtEnd(infra.kafkaBootstrapServers(), group, Topics.ENRICHED.name());
        KafkaProducer<byte[], byte[]> tiny = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        infra.kafkaBootstrapServers(),
                        ProducerConfig.MAX_REQUEST_SIZE_CONFIG,
                        256),
                new ByteArraySerializer(),
                new ByteArraySerializer());
        ElasticsearchClient ownClient = ElasticsearchClients.create(infra.elasticsearchUrl());
        ElasticsearchReportIndex index = new ElasticsearchReportIndex(ownClient);
        IndexService service = new IndexService(
                new IndexingLoop(
                        IndexClients.consumer(KafkaConnection.plaintext(infra.kafkaBootstrapServers()), group),
                        tiny,
                        index,
                        Clock.systemUTC(),
                        BatchLimits.DEFAULT),
                index,
                List.of(tiny, ownClient));
        ServiceRunner runner = new ServiceRunner(service, 0);
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(runner::runUntilStopped);
        try {
            // when a malformed record arrives, whose dead letter is larger than that
            RecordMetadata malformed =
                    publishRaw("r-undeliverable-" + UUID.randomUUID(), "{\"id\": [" + "oops ".repeat(100));
            // then the service fails and exits with the failure code, and the record's offset is not committed
            assertEquals(ServiceRunner.FAILURE_EXIT_CODE, exit.get(PATIENCE.toSeconds(), TimeUnit.SECONDS));
            assertEquals(
                    malformed.offset(),
                    ConsumerGroups.committed(
                            infra.kafkaBootstrapServers(),
                            group,
                            new TopicPartition(malformed.topic(), malformed.partition())));
        } finally {
            runner.stop();
        }
    }

    private RecordMetadata publishRaw(String key, String value) throws Exception {
        try (var raw = new KafkaProducer<String, byte[]>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers()),
                new StringSerializer(),
                new ByteArraySerializer())) {
            return raw.send(new ProducerRecord<>(Topics.ENRICHED.name(), key, value.getBytes(StandardCharsets.UTF_8)))
                    .get();
        }
    }

    private List<EnrichedReport> reports(String prefix, int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> report(prefix + "-" + i, List.of("Recommendation " + prefix + " " + i + ";")))
                .toList();
    }

    private void publish(EnrichedReport report) {
        producer.send(new ProducerRecord<>(Topics.ENRICHED.name(), report.id(), report));
        producer.flush();
    }

    private String publishMarker() {
        EnrichedReport marker = report("marker", List.of());
        publish(marker);
        return marker.id();
    }

    private static EnrichedReport report(String name, List<String> recommendationTexts) {
        return withRecommendations(
                withId(ContractSamples.enriched(), ReportId.of("it", name + "-" + UUID.randomUUID())),
                recommendationTexts);
    }

    private static EnrichedReport withId(EnrichedReport report, String id) {
        return withText(report, id, report.report().text());
    }

    private static EnrichedReport withText(EnrichedReport report, String id, String text) {
        ExtractedReport base = report.report();
        return new EnrichedReport(
                new ExtractedReport(
                        id,
                        base.source(),
                        base.contentSha256(),
                        base.title(),
                        base.language(),
                        base.pageCount(),
                        base.metadata(),
                        text,
                        base.blocks(),
                        base.extractedAt()),
                report.enrichment(),
                report.enrichedAt());
    }

    private static EnrichedReport withRecommendations(EnrichedReport report, List<String> texts) {
        List<Recommendation> items = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            items.add(new Recommendation(
                    ReportId.ofRecommendation(texts.get(i)),
                    i + 1,
                    "conclusions",
                    Recommendation.CONCLUSION,
                    texts.get(i),
                    List.of("crisis"),
                    List.of("MA"),
                    List.of()));
        }
        Enrichment found = report.enrichment();
        return rebuild(
                report,
                new Enrichment(
                        found.meeting(),
                        found.countries(),
                        found.organisations(),
                        found.people(),
                        found.themes(),
                        items));
    }

    private static EnrichedReport withCountries(EnrichedReport report, List<CountryMention> countries) {
        Enrichment found = report.enrichment();
        return rebuild(
                report,
                new Enrichment(
                        found.meeting(),
                        countries,
                        found.organisations(),
                        found.people(),
                        found.themes(),
                        found.recommendations()));
    }

    private static EnrichedReport rebuild(EnrichedReport report, Enrichment found) {
        return new EnrichedReport(report.report(), found, report.enrichedAt());
    }

    private long reportCount(String reportId) {
        return count(IndexAliases.REPORTS, "id", reportId);
    }

    private long recommendationCount(String reportId) {
        return count(IndexAliases.RECOMMENDATIONS, "report_id", reportId);
    }

    private long count(String alias, String field, String value) {
        try {
            client.indices().refresh(request -> request.index(alias));
            return client.count(request -> request.index(alias)
                            .query(q -> q.term(t -> t.field(field).value(value))))
                    .count();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private List<String> recommendationTexts(String reportId) throws IOException {
        return client
                .search(
                        search -> search.index(IndexAliases.RECOMMENDATIONS)
                                .query(q -> q.term(t -> t.field("report_id").value(reportId))),
                        Map.class)
                .hits()
                .hits()
                .stream()
                .map(hit -> String.valueOf(hit.source().get("text")))
                .toList();
    }

    private ConsumerRecord<String, byte[]> awaitDeadLetter(String key) {
        try (var dead = TopicReader.of(infra.kafka(), Topics.DLQ.name())) {
            List<ConsumerRecord<String, byte[]>> found = dead.awaitKey(key, PATIENCE);
            assertEquals(1, found.size(), "one dead letter for " + key);
            return found.getFirst();
        }
    }
}
