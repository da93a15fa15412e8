package org.migrationdialogue.pipeline.system.security;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationdialogue.pipeline.common.config.Config;
import org.migrationdialogue.pipeline.common.config.Settings;
import org.migrationdialogue.pipeline.common.events.ReportId;
import org.migrationdialogue.pipeline.common.kafka.KafkaAccess;
import org.migrationdialogue.pipeline.common.kafka.KafkaConnection;
import org.migrationdialogue.pipeline.common.kafka.KafkaSetup;
import org.migrationdialogue.pipeline.common.kafka.TopicInitializer;
import org.migrationdialogue.pipeline.common.status.TopicCounter;
import org.migrationdialogue.pipeline.common.topics.Topic;
import org.migrationdialogue.pipeline.common.topics.Topics;
import org.migrationdialogue.pipeline.enrich.core.Enricher;
import org.migrationdialogue.pipeline.enrich.streams.EnrichService;
import org.migrationdialogue.pipeline.enrich.streams.EnrichStreamsConfig;
import org.migrationdialogue.pipeline.enrich.streams.EnrichTopology;
import org.migrationdialogue.pipeline.index.kafka.IndexClients;
import org.migrationdialogue.pipeline.ingest.IngestMain;
import org.migrationdialogue.pipeline.ingest.IngestService;
import org.migrationdialogue.pipeline.ingest.kafka.IngestClients;
import org.migrationdialogue.pipeline.runtime.local.LocalKafka;
import org.migrationdialogue.pipeline.runtime.local.Ports;
import org.migrationdialogue.pipeline.system.PipelineUnderTest;
import org.migrationdialogue.pipeline.testing.TopicReader;

/**
 * The users and ACLs of docker-compose ({@code deploy/kafka/acls.tsv}) on a real broker secured as the docker-compose
 * one is (SASL/SCRAM-SHA-512 for clients, the StandardAuthorizer, nothing allowed without an ACL), set up by the same
 * code as docker-compose's kafka-setup job ({@link KafkaSetup}): nobody gets in without logging in, each user may
 * write and read only its own topics and group, and each service does its work with its own user.
 */
class KafkaAccessIT {

    private static final Duration PATIENCE = Duration.ofSeconds(180);
    private static final Path ROOT = PipelineUnderTest.repoRootOfThisBuild();
    /** Who may write each topic: the pipeline's data flow, and MinIO's bucket notifications. */
    private static final Map<String, Set<String>> WRITERS = Map.of(
            Topics.UPLOADED.name(), Set.of("ingest-service", "minio"),
            Topics.EXTRACTED.name(), Set.of("ingest-service"),
            Topics.ENRICHED.name(), Set.of("enrich-service"),
            Topics.RECOMMENDATIONS.name(), Set.of("enrich-service"),
            Topics.DLQ.name(), Set.of("ingest-service", "enrich-service", "index-service"));
    /** Who may read each topic: its consumer, and the search page (its status page counts what every topic holds). */
    private static final Map<String, Set<String>> READERS = Map.of(
            Topics.UPLOADED.name(), Set.of("ingest-service", "search-web"),
            Topics.EXTRACTED.name(), Set.of("enrich-service", "search-web"),
            Topics.ENRICHED.name(), Set.of("index-service", "search-web"),
            Topics.RECOMMENDATIONS.name(), Set.of("search-web", "subscriber"),
            Topics.DLQ.name(), Set.of("search-web"));

    private static LocalKafka kafka;
    private static KafkaAccess access;
    private static final Map<String, String> PASSWORDS = new HashMap<>();

    @TempDir
    Path work;

    @BeforeAll
    static void startSecuredBroker() throws IOException {
        Path log = Files.createDirectories(ROOT.resolve("system-tests/target/kafka-access-" + UUID.randomUUID()));
        kafka = new LocalKafka(log, Ports.free(), Ports.free())
                .withScramListener(Ports.free())
                .start();
        new TopicInitializer(admin(), 3, (short) 1).createAll(Topics.ALL);
        access = KafkaAccess.read(ROOT.resolve("deploy/kafka/acls.tsv"));
        access.users().forEach(user -> PASSWORDS.put(user, "it-" + user + "-" + UUID.randomUUID()));
        try (Admin admin = Admin.create(admin().clientConfig())) {
            KafkaSetup.apply(admin, access, PASSWORDS);
        }
    }

    @AfterAll
    static void stopBroker() {
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void shouldRefuseAProducerThatDoesNotLogInOrLogsInWithAWrongPassword() {
        // given a producer that does not authenticate, and one with a wrong password, on the users' listener
        Map<String, Object> anonymous =
                KafkaConnection.plaintext(kafka.scramBootstrapServers()).clientConfig();
        Map<String, Object> wrongPassword = KafkaConnection.scram(
                        kafka.scramBootstrapServers(), "index-service", "not-the-password")
                .clientConfig();
        long before = records(Topics.UPLOADED.name());
        // when each tries to forge a delete on reports.uploaded (an S3 removal notification)
        ExecutionException refused =
                assertThrows(ExecutionException.class, () -> send(anonymous, Topics.UPLOADED.name()));
        ExecutionException unauthenticated =
                assertThrows(ExecutionException.class, () -> send(wrongPassword, Topics.UPLOADED.name()));
        // then neither gets through, and nothing was written
        assertInstanceOf(org.apache.kafka.common.errors.TimeoutException.class, refused.getCause(), refused.toString());
        assertInstanceOf(SaslAuthenticationException.class, unauthenticated.getCause(), unauthenticated.toString());
        assertEquals(before, records(Topics.UPLOADED.name()));
    }

    @Test
    void shouldLetEachUserWriteOnlyTheTopicsItOwns() {
        // given each user and each topic
        // when the user writes a record to the topic
        // then it is written exactly where the user's service writes (e.g. the index-service's user cannot write
        // reports.uploaded, MinIO's cannot forge an extracted or enriched report), and refused elsewhere
        assertOnlyOwnersMay(WRITERS, KafkaAccessIT::send);
    }

    @Test
    void shouldLetEachUserReadOnlyTheTopicsItOwns() {
        // given each user and each topic
        // when the user reads the topic from the beginning (in no group)
        // then only the topic's consumers may
        assertOnlyOwnersMay(READERS, KafkaAccessIT::read);
    }

    @Test
    void shouldRunThePipelineWithOneUserPerService() throws Exception {
        // given the ingest-service on a folder bucket and the enrich-service, each logged in with its own user
        Path uploads = Files.createDirectories(work.resolve("uploads"));
        String seed = "rabat-process-som-rabat-2014-06.txt";
        try (IngestService ingest = IngestMain.create(
                        config(
                                "ingest-service",
                                Map.of(
                                        Settings.UPLOAD_DIR.variable(), uploads.toString(),
                                        Settings.INGEST_STATE_DIR.variable(),
                                                work.resolve("ingest").toString(),
                                        Settings.EXTRACTION_WORKERS.variable(), "1")),
                        Clock.systemUTC());
                EnrichService enrich = new EnrichService(
                        EnrichTopology.buildTopology(Enricher.fromResources()::enrich, Clock.systemUTC()),
                        EnrichStreamsConfig.from(config(
                                "enrich-service",
                                Map.of(
                                        Settings.STREAMS_STATE_DIR.variable(),
                                        work.resolve("streams").toString()))))) {
            ingest.start();
            enrich.start();
            // when a seed report and a corrupt PDF are dropped into the bucket
            Files.copy(ROOT.resolve("seeds").resolve(seed), uploads.resolve(seed));
            Files.write(uploads.resolve("corrupt.pdf"), "%PDF-1.7\nthis is no PDF".getBytes(StandardCharsets.UTF_8));
            // then the ingest-service announces and extracts the report and dead-letters the corrupt file, and the
            // enrich-service (Kafka Streams, exactly-once: its own group, internal topics and transactions) publishes
            // the enriched report and its recommendations
            String reportId = ReportId.of(Settings.UPLOAD_BUCKET.defaultValue(), seed);
            await().atMost(PATIENCE)
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> keys(Topics.ENRICHED.name()).contains(reportId)
                            && records(Topics.RECOMMENDATIONS.name()) > 0
                            && keys(Topics.DLQ.name())
                                    .contains(Settings.UPLOAD_BUCKET.defaultValue() + "/corrupt.pdf"));
            assertTrue(keys(Topics.UPLOADED.name()).contains(Settings.UPLOAD_BUCKET.defaultValue() + "/" + seed));
            assertTrue(ingest.health().up() && enrich.health().up(), "both services are still up");
        }
        // and the index-service's own clients read the enriched report in its group, commit, and dead-letter
        try (KafkaConsumer<String, byte[]> consumer =
                        IndexClients.consumer(user("index-service"), IndexClients.GROUP_ID);
                KafkaProducer<byte[], byte[]> deadLetters = IndexClients.deadLetterProducer(user("index-service"))) {
            consumer.subscribe(List.of(Topics.ENRICHED.name()));
            await().atMost(PATIENCE)
                    .until(() -> !consumer.poll(Duration.ofMillis(500)).isEmpty());
            consumer.commitSync();
            deadLetters
                    .send(new ProducerRecord<>(
                            Topics.DLQ.name(), "index-it".getBytes(StandardCharsets.UTF_8), new byte[0]))
                    .get();
        }
        // and the search page may see how far behind the index-service is, count what the topics hold, and follow
        // new recommendations in its own group
        try (Admin searchWeb = Admin.create(user("search-web").clientConfig())) {
            TopicPartition partition = new TopicPartition(Topics.ENRICHED.name(), 0);
            assertFalse(searchWeb
                    .listConsumerGroupOffsets(IndexClients.GROUP_ID)
                    .partitionsToOffsetAndMetadata()
                    .get()
                    .isEmpty());
            searchWeb.listOffsets(Map.of(partition, OffsetSpec.latest())).all().get();
        }
        try (TopicCounter counter = new TopicCounter(user("search-web"))) {
            counter.catchUp(Duration.ofSeconds(30));
        }
        // (the group of search-web's LiveRecommendations)
        assertEquals("allowed", outcome(() -> subscribe(user("search-web"), "search-web")));
    }

    @Test
    void shouldLetSubscribersUseOnlyGroupsOfTheirOwn() {
        // given the subscribers' user
        // when it subscribes to new recommendations in a group of its own, and in the index-service's group
        String own = outcome(() -> subscribe(user("subscriber"), "subscriber-it-" + UUID.randomUUID()));
        String services = outcome(() -> subscribe(user("subscriber"), IndexClients.GROUP_ID));
        String ingest = outcome(() -> subscribe(user("index-service"), IngestClients.GROUP_ID));
        // then only its own group is allowed (and no service user may join another service's group)
        assertEquals(List.of("allowed", "refused", "refused"), List.of(own, services, ingest));
    }

    /** Tries the action of every user on every topic: it must succeed for the topic's owners and be refused for the others. */
    private static void assertOnlyOwnersMay(Map<String, Set<String>> owners, TopicAction action) {
        Map<String, String> expected = new TreeMap<>();
        Map<String, String> actual = new TreeMap<>();
        for (String user : access.users()) {
            for (Topic<?, ?> topic : Topics.ALL) {
                String pair = user + " -> " + topic.name();
                expected.put(pair, owners.get(topic.name()).contains(user) ? "allowed" : "refused");
                actual.put(pair, outcome(() -> action.run(user(user), topic.name())));
            }
        }
        assertEquals(expected, actual);
    }

    /** "allowed" when the action succeeds, "refused" when the broker denies it; any other failure fails the test. */
    private static String outcome(ThrowingAction action) {
        try {
            action.run();
            return "allowed";
        } catch (TopicAuthorizationException | GroupAuthorizationException e) {
            return "refused";
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TopicAuthorizationException) {
                return "refused";
            }
            throw new AssertionError("Unexpected failure", e);
        } catch (Exception e) {
            throw new AssertionError("Unexpected failure", e);
        }
    }

    private static void send(Map<String, Object> client, String topic) throws ExecutionException, InterruptedException {
        Map<String, Object> config = new HashMap<>(client);
        // A plain producer (as MinIO's): what is checked is the topic's Write ACL, not idempotence.
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, "reports/acl-probe.pdf", "{}".getBytes(StandardCharsets.UTF_8)))
                    .get();
        }
    }

    private static void send(KafkaConnection connection, String topic) throws ExecutionException, InterruptedException {
        send(connection.clientConfig(), topic);
    }

    private static void read(KafkaConnection connection, String topic) {
        try (var consumer =
                new KafkaConsumer<>(connection.clientConfig(), new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = List.of(new TopicPartition(topic, 0));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            consumer.poll(Duration.ofSeconds(2));
            consumer.position(partitions.getFirst(), Duration.ofSeconds(10));
        }
    }

    private static void subscribe(KafkaConnection connection, String group) {
        Map<String, Object> config = connection.clientConfig();
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.RECOMMENDATIONS.name()));
            consumer.poll(Duration.ofSeconds(5));
            consumer.commitSync();
        }
    }

    private static KafkaConnection admin() {
        return KafkaConnection.plaintext(kafka.bootstrapServers());
    }

    private static KafkaConnection user(String user) {
        return KafkaConnection.scram(kafka.scramBootstrapServers(), user, PASSWORDS.get(user));
    }

    private static Config config(String user, Map<String, String> settings) {
        Map<String, String> environment = new HashMap<>(settings);
        environment.put(Settings.KAFKA_BOOTSTRAP_SERVERS.variable(), kafka.scramBootstrapServers());
        environment.put(Settings.KAFKA_SECURITY_PROTOCOL.variable(), "SASL_PLAINTEXT");
        environment.put(Settings.KAFKA_USERNAME.variable(), user);
        environment.put(Settings.KAFKA_PASSWORD.variable(), PASSWORDS.get(user));
        return new Config(environment);
    }

    private static long records(String topic) {
        return TopicReader.readToEnd(admin(), topic).size();
    }

    private static Set<String> keys(String topic) {
        return TopicReader.readToEnd(admin(), topic).stream()
                .map(ConsumerRecord::key)
                .collect(Collectors.toSet());
    }

    @FunctionalInterface
    private interface ThrowingAction {
        void run() throws Exception;
    }

    @FunctionalInterface
    private interface TopicAction {
        void run(KafkaConnection user, String topic) throws Exception;
    }
}
