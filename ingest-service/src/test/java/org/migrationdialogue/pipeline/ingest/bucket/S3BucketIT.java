package org.migrationdialogue.pipeline.ingest.bucket;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.migrationdialogue.pipeline.common.bucket.S3Clients;
import org.migrationdialogue.pipeline.common.config.Config;
import org.migrationdialogue.pipeline.common.config.Settings;
import org.migrationdialogue.pipeline.common.events.ExtractedReport;
import org.migrationdialogue.pipeline.common.events.ReportId;
import org.migrationdialogue.pipeline.common.serde.JsonSerde;
import org.migrationdialogue.pipeline.common.topics.DeadLetterHeaders;
import org.migrationdialogue.pipeline.common.topics.Topics;
import org.migrationdialogue.pipeline.ingest.IngestMain;
import org.migrationdialogue.pipeline.ingest.IngestService;
import org.migrationdialogue.pipeline.ingest.extract.GoodFixture;
import org.migrationdialogue.pipeline.ingest.kafka.IngestClients;
import org.migrationdialogue.pipeline.ingest.kafka.MinioNotification;
import org.migrationdialogue.pipeline.testing.RealInfrastructure;
import org.migrationdialogue.pipeline.testing.RealInfrastructureExtension;
import org.migrationdialogue.pipeline.testing.S3ProxyServer;
import org.migrationdialogue.pipeline.testing.TopicReader;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketCannedACL;
import software.amazon.awssdk.services.s3.model.ObjectCannedACL;

/**
 * The ingest-service's S3 path against a real S3 API server in the test JVM (S3Proxy) and the real Kafka broker:
 * {@link S3Bucket} itself (the {@link S3BucketContract}), then the service polling the bucket, or reading the S3
 * event notifications MinIO publishes to reports.uploaded. Each test has a bucket of its own; one service at a time.
 */
@ExtendWith(RealInfrastructureExtension.class)
class S3BucketIT extends S3BucketContract {

    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final String PDF = "reports/som-rabat-2014.pdf";
    private static final String TEXT = "reports/som-rabat-2014.txt";

    private static S3ProxyServer server;
    private static S3Client client;

    @TempDir
    Path state;

    private IngestService service;

    @BeforeAll
    static void startS3Server() throws Exception {
        server = S3ProxyServer.start();
        client = server.client();
    }

    @AfterAll
    static void stopS3Server() throws Exception {
        client.close();
        server.stop();
    }

    @AfterEach
    void stopService() {
        if (service != null) {
            service.close();
        }
    }

    @Override
    protected S3Client client() {
        return client;
    }

    @Test
    void shouldRejectAKeyTheServerAnswersWithBadRequestAsAnInvalidKey() {
        // given a bucket
        S3Bucket bucket = new S3Bucket(client, TestBucket.create(client).name());
        // when a key with a NUL character, which S3Proxy answers with 400 Bad Request, is looked up
        // then it is an invalid key (the upload handler dead-letters its event), not an unreachable bucket
        assertThrows(IllegalArgumentException.class, () -> bucket.head("2014/som\u0000rabat.pdf"));
    }

    @Test
    void shouldCallAnObjectTheServerForbidsUnreadableWhileTheBucketAnswers() throws IOException {
        // given a bucket anyone may list, holding one object anyone may read and one only its owner may
        String name = "it-public-" + UUID.randomUUID().toString().substring(0, 8);
        client.createBucket(request -> request.bucket(name).acl(BucketCannedACL.PUBLIC_READ));
        client.putObject(
                request -> request.bucket(name).key("public.txt").acl(ObjectCannedACL.PUBLIC_READ),
                RequestBody.fromString("a report anyone may read"));
        new TestBucket(client, name).put("private.txt", "a report only its owner may read");
        TestBucket bucket = new TestBucket(client, name);
        try (S3Client anonymous = S3Client.builder()
                .endpointOverride(URI.create(server.endpoint()))
                .forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .region(Region.US_EAST_1)
                .credentialsProvider(AnonymousCredentialsProvider.create())
                .build()) {
            S3Bucket seenByAnyone = new S3Bucket(anonymous, bucket.name());
            // when both are looked up without credentials
            // then the readable one has a head, and the server's 403 on the other is that object's problem (the upload
            // handler dead-letters it), not an unreachable bucket (which would stop the service)
            assertTrue(seenByAnyone.head("public.txt").isPresent());
            UnreadableObjectException denied =
                    assertThrows(UnreadableObjectException.class, () -> seenByAnyone.head("private.txt"));
            assertTrue(denied.getMessage().contains("access denied (HTTP 403)"), denied.getMessage());
        }
    }

    @Test
    void shouldCallABucketTheServerForbidsUnreachable() {
        // given credentials the server does not know, so that it denies the bucket and every object in it
        TestBucket bucket = TestBucket.create(client);
        bucket.put("report.txt", "a report");
        try (S3Client stranger = S3Clients.create(server.endpoint(), "us-east-1", "unknown-key", "unknown-secret")) {
            // when an object is looked up, then it is the bucket that cannot be read: an outage, not a bad object
            IOException error =
                    assertThrows(IOException.class, () -> new S3Bucket(stranger, bucket.name()).head("report.txt"));
            assertFalse(error instanceof UnreadableObjectException, error.getMessage());
        }
    }

    @Test
    void shouldExtractAPolledObjectAndPublishATombstoneOnceItIsDeleted(RealInfrastructure infra) throws IOException {
        // given the service polling a bucket every second
        TestBucket bucket = TestBucket.create(client);
        startService(infra, bucket, false);
        GoodFixture pdf = fixture(PDF);
        String key = "rabat/som-rabat-2014.pdf";
        String reportId = ReportId.of(bucket.name(), key);
        try (var extracted = reader(infra, Topics.EXTRACTED.name())) {
            // when a PDF report is put into the bucket
            String etag = bucket.put(key, pdf.content(), "application/pdf");
            // then its extracted report is published under the report id of the bucket and key
            extracted.awaitRecords(seen -> extracted.withKey(reportId).size() == 1, PATIENCE);
            assertExtracted(
                    pdf, bucket.name(), key, etag, extracted.withKey(reportId).getFirst());
            // and when the object is deleted, a tombstone follows
            bucket.delete(key);
            extracted.awaitRecords(seen -> extracted.withKey(reportId).size() == 2, PATIENCE);
            assertNull(extracted.withKey(reportId).get(1).value());
        }
    }

    @Test
    void shouldPublishNothingTwiceWhenRestartedOnItsCheckpoint(RealInfrastructure infra) throws IOException {
        // given a report polled and extracted by a first run of the service, which then stops
        TestBucket bucket = TestBucket.create(client);
        GoodFixture text = fixture(TEXT);
        String first = "rabat/first.txt";
        String second = "rabat/second.txt";
        bucket.put(first, text.content(), "text/plain");
        startService(infra, bucket, false);
        try (var uploaded = reader(infra, Topics.UPLOADED.name());
                var extracted = reader(infra, Topics.EXTRACTED.name())) {
            extracted.awaitRecords(
                    seen -> !extracted
                            .withKey(ReportId.of(bucket.name(), first))
                            .isEmpty(),
                    PATIENCE);
            awaitUploadsCommitted(infra);
            service.close();
            // when it runs again on the same state folder, and a second report arrives
            startService(infra, bucket, false);
            bucket.put(second, text.content(), "text/plain");
            extracted.awaitRecords(
                    seen -> !extracted
                            .withKey(ReportId.of(bucket.name(), second))
                            .isEmpty(),
                    PATIENCE);
            uploaded.awaitRecords(
                    seen -> !uploaded.withKey(bucket.name() + "/" + second).isEmpty(), PATIENCE);
            extracted.drain(Duration.ofSeconds(2));
            uploaded.drain(Duration.ofSeconds(1));
            // then the first report was announced and extracted once only
            assertEquals(1, uploaded.withKey(bucket.name() + "/" + first).size());
            assertEquals(1, extracted.withKey(ReportId.of(bucket.name(), first)).size());
        }
    }

    @Test
    void shouldExtractTheObjectOfAMinioNotificationUnderItsDecodedKey(RealInfrastructure infra) throws Exception {
        // given the service reading S3 notifications, and a text report put under a key with spaces
        TestBucket bucket = TestBucket.create(client);
        startService(infra, bucket, true);
        GoodFixture text = fixture(TEXT);
        MinioNotification notification =
                new MinioNotification(bucket.name(), "2014/som rabat 2014.txt", "2014%2Fsom+rabat+2014.txt");
        String etag = bucket.put(notification.key(), text.content(), "text/plain");
        String reportId = ReportId.of(bucket.name(), notification.key());
        try (var extracted = reader(infra, Topics.EXTRACTED.name())) {
            // when MinIO's notification of the put arrives on reports.uploaded
            send(infra, notification.kafkaKey(), notification.created(text.content().length, etag, "text/plain"));
            // then the object is extracted under the report id of its decoded key
            extracted.awaitRecords(seen -> !extracted.withKey(reportId).isEmpty(), PATIENCE);
            assertExtracted(
                    text,
                    bucket.name(),
                    notification.key(),
                    etag,
                    extracted.withKey(reportId).getFirst());
        }
    }

    @Test
    void shouldPublishATombstoneForAMinioRemovedNotification(RealInfrastructure infra) throws Exception {
        // given the service reading S3 notifications, and a report extracted from its created notification
        TestBucket bucket = TestBucket.create(client);
        startService(infra, bucket, true);
        GoodFixture text = fixture(TEXT);
        MinioNotification notification = new MinioNotification(
                bucket.name(), "2014/Réunion de Rabat+annexe.txt", "2014%2FR%C3%A9union+de+Rabat%2Bannexe.txt");
        String etag = bucket.put(notification.key(), text.content(), "text/plain");
        String reportId = ReportId.of(bucket.name(), notification.key());
        try (var extracted = reader(infra, Topics.EXTRACTED.name())) {
            send(infra, notification.kafkaKey(), notification.created(text.content().length, etag, "text/plain"));
            extracted.awaitRecords(seen -> extracted.withKey(reportId).size() == 1, PATIENCE);
            // when the object is deleted and MinIO's notification of the delete arrives
            bucket.delete(notification.key());
            send(infra, notification.kafkaKey(), notification.removed());
            // then a tombstone follows the report
            extracted.awaitRecords(seen -> extracted.withKey(reportId).size() == 2, PATIENCE);
            assertNull(extracted.withKey(reportId).get(1).value());
        }
    }

    @Test
    void shouldDeadLetterANotificationWithAMalformedKeyAndGoOn(RealInfrastructure infra) throws Exception {
        // given the service reading S3 notifications
        TestBucket bucket = TestBucket.create(client);
        startService(infra, bucket, true);
        GoodFixture text = fixture(TEXT);
        MinioNotification malformed = new MinioNotification(bucket.name(), "2014/bad%zz.txt", "2014%2Fbad%zz.txt");
        MinioNotification good = new MinioNotification(bucket.name(), "2014/good.txt", "2014%2Fgood.txt");
        String etag = bucket.put(good.key(), text.content(), "text/plain");
        try (var dead = reader(infra, Topics.DLQ.name());
                var extracted = reader(infra, Topics.EXTRACTED.name())) {
            // when a notification whose key is not valid URL encoding arrives, then a good one
            send(infra, malformed.kafkaKey(), malformed.created(1, "0123456789abcdef", "text/plain"));
            send(infra, good.kafkaKey(), good.created(text.content().length, etag, "text/plain"));
            // then the bad one is dead-lettered at the event stage, and the good one is still extracted
            dead.awaitRecords(seen -> !dead.withKey(malformed.kafkaKey()).isEmpty(), PATIENCE);
            assertEquals(
                    "ingest.event",
                    TopicReader.header(dead.withKey(malformed.kafkaKey()).getFirst(), DeadLetterHeaders.STAGE));
            extracted.awaitRecords(
                    seen -> !extracted
                            .withKey(ReportId.of(bucket.name(), good.key()))
                            .isEmpty(),
                    PATIENCE);
            assertTrue(service.health().up(), "the service is still up");
        }
    }

    @Test
    void shouldPublishOnceWhatTheNotificationsMissedAndNothingTheyAnnounced(RealInfrastructure infra) throws Exception {
        // given a bucket holding a report whose notification reached reports.uploaded, and one put while Kafka was
        // down, whose notification never came
        TestBucket bucket = TestBucket.create(client);
        GoodFixture text = fixture(TEXT);
        MinioNotification notified = new MinioNotification(bucket.name(), "2014/notified.txt", "2014%2Fnotified.txt");
        String notifiedEtag = bucket.put(notified.key(), text.content(), "text/plain");
        send(infra, notified.kafkaKey(), notified.created(text.content().length, notifiedEtag, "text/plain"));
        String missed = "2014/missed while kafka was down.txt";
        String missedEtag = bucket.put(missed, text.content(), "text/plain");
        try (var uploaded = reader(infra, Topics.UPLOADED.name());
                var extracted = reader(infra, Topics.EXTRACTED.name())) {
            // when the service reads the bucket's notifications and reconciles every second (its clock two minutes
            // ahead, so that the objects are past the grace time their notifications have)
            startService(
                    infra,
                    bucket,
                    true,
                    Clock.offset(Clock.systemUTC(), Duration.ofMinutes(2)),
                    Map.of(Settings.S3_RECONCILE_INTERVAL_SECONDS.variable(), "1"));
            // then the missed report is announced and extracted
            String missedId = ReportId.of(bucket.name(), missed);
            extracted.awaitRecords(seen -> !extracted.withKey(missedId).isEmpty(), PATIENCE);
            assertExtracted(
                    text,
                    bucket.name(),
                    missed,
                    missedEtag,
                    extracted.withKey(missedId).getFirst());
            // and, several reconciliations later, it was announced once, and the notified one only by its notification
            uploaded.drain(Duration.ofSeconds(4));
            assertEquals(1, uploaded.withKey(bucket.name() + "/" + missed).size());
            assertEquals(1, uploaded.withKey(notified.kafkaKey()).size());
            // and when the missed report is deleted without a notification either, its tombstone follows
            bucket.delete(missed);
            extracted.awaitRecords(seen -> extracted.withKey(missedId).size() == 2, PATIENCE);
            assertNull(extracted.withKey(missedId).get(1).value());
        }
    }

    private void startService(RealInfrastructure infra, TestBucket bucket, boolean notifications) {
        startService(infra, bucket, notifications, Clock.systemUTC(), Map.of());
    }

    private void startService(
            RealInfrastructure infra,
            TestBucket bucket,
            boolean notifications,
            Clock clock,
            Map<String, String> settings) {
        Map<String, String> environment = new HashMap<>(Map.of(
                Settings.KAFKA_BOOTSTRAP_SERVERS.variable(),
                infra.kafkaBootstrapServers(),
                Settings.BUCKET_TYPE.variable(),
                "s3",
                Settings.S3_ENDPOINT.variable(),
                server.endpoint(),
                Settings.S3_ACCESS_KEY_ID.variable(),
                S3ProxyServer.ACCESS_KEY,
                Settings.S3_SECRET_ACCESS_KEY.variable(),
                S3ProxyServer.SECRET_KEY,
                Settings.S3_NOTIFICATIONS.variable(),
                Boolean.toString(notifications),
                Settings.S3_POLL_INTERVAL_SECONDS.variable(),
                "1",
                Settings.UPLOAD_BUCKET.variable(),
                bucket.name(),
                Settings.INGEST_STATE_DIR.variable(),
                state.toString(),
                Settings.EXTRACTION_WORKERS.variable(),
                "1"));
        environment.putAll(settings);
        service = IngestMain.create(new Config(environment), clock);
        service.start();
    }

    private static GoodFixture fixture(String key) throws IOException {
        return GoodFixture.all().stream()
                .filter(fixture -> fixture.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    private static TopicReader<String, byte[]> reader(RealInfrastructure infra, String topic) {
        return TopicReader.of(infra.kafka(), topic);
    }

    private static void assertExtracted(
            GoodFixture fixture, String bucket, String key, String etag, ConsumerRecord<String, byte[]> record) {
        ExtractedReport report = JsonSerde.of(ExtractedReport.class).deserialize(record.topic(), record.value());
        assertEquals(ReportId.of(bucket, key), report.id());
        assertEquals(bucket, report.source().bucket());
        assertEquals(key, report.source().key());
        assertEquals(etag, report.source().etag());
        assertEquals(fixture.content().length, report.source().size());
        assertEquals(fixture.contentType(), report.source().contentType());
        assertEquals(fixture.title(), report.title());
        assertEquals(fixture.language(), report.language());
        assertEquals(fixture.pageCount(), report.pageCount());
        assertTrue(report.text().contains(fixture.sentence()), report.text());
        assertEquals(ReportId.sha256Hex(fixture.content()), report.contentSha256());
    }

    /** Sends a record to reports.uploaded as MinIO does, and waits for the broker's acknowledgement. */
    private static void send(RealInfrastructure infra, String key, byte[] value) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers()),
                new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.UPLOADED.name(), key, value))
                    .get();
        }
    }

    /** Waits until the ingest-service has committed every upload event so far, so that a restart starts after them. */
    private static void awaitUploadsCommitted(RealInfrastructure infra) {
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers()))) {
            await().atMost(PATIENCE).until(() -> uncommittedUploads(admin) == 0);
        }
    }

    private static long uncommittedUploads(Admin admin) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(IngestClients.GROUP_ID)
                .partitionsToOffsetAndMetadata()
                .get();
        Map<TopicPartition, OffsetSpec> ends = admin
                .describeTopics(List.of(Topics.UPLOADED.name()))
                .allTopicNames()
                .get()
                .get(Topics.UPLOADED.name())
                .partitions()
                .stream()
                .collect(Collectors.toMap(
                        partition -> new TopicPartition(Topics.UPLOADED.name(), partition.partition()),
                        partition -> OffsetSpec.latest()));
        return admin.listOffsets(ends).all().get().entrySet().stream()
                .mapToLong(end -> end.getValue().offset()
                        - Optional.ofNullable(committed.get(end.getKey()))
                                .map(OffsetAndMetadata::offset)
                                .orElse(0L))
                .sum();
    }
}
