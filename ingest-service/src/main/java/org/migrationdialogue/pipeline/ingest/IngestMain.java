package org.migrationdialogue.pipeline.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.migrationdialogue.pipeline.common.bucket.S3Clients;
import org.migrationdialogue.pipeline.common.config.Config;
import org.migrationdialogue.pipeline.common.config.Settings;
import org.migrationdialogue.pipeline.common.events.ExtractedReport;
import org.migrationdialogue.pipeline.common.events.UploadEvent;
import org.migrationdialogue.pipeline.common.kafka.KafkaConnection;
import org.migrationdialogue.pipeline.common.service.ServiceRunner;
import org.migrationdialogue.pipeline.common.topics.Topic;
import org.migrationdialogue.pipeline.common.topics.Topics;
import org.migrationdialogue.pipeline.ingest.bucket.Bucket;
import org.migrationdialogue.pipeline.ingest.bucket.BucketChanges;
import org.migrationdialogue.pipeline.ingest.bucket.BucketReconciler;
import org.migrationdialogue.pipeline.ingest.bucket.BucketScanner;
import org.migrationdialogue.pipeline.ingest.bucket.Checkpoint;
import org.migrationdialogue.pipeline.ingest.bucket.DeleteConfirmation;
import org.migrationdialogue.pipeline.ingest.bucket.DeleteGuard;
import org.migrationdialogue.pipeline.ingest.bucket.FolderBucket;
import org.migrationdialogue.pipeline.ingest.bucket.FolderChangeTrigger;
import org.migrationdialogue.pipeline.ingest.bucket.IntervalTrigger;
import org.migrationdialogue.pipeline.ingest.bucket.Reconciliation;
import org.migrationdialogue.pipeline.ingest.bucket.S3Bucket;
import org.migrationdialogue.pipeline.ingest.bucket.ScanTrigger;
import org.migrationdialogue.pipeline.ingest.bucket.UploadPublisher;
import org.migrationdialogue.pipeline.ingest.extract.ExtractionSettings;
import org.migrationdialogue.pipeline.ingest.extract.IsolatedExtractor;
import org.migrationdialogue.pipeline.ingest.kafka.ExtractionLoop;
import org.migrationdialogue.pipeline.ingest.kafka.IngestClients;
import org.migrationdialogue.pipeline.ingest.kafka.ListingDeadLetters;
import org.migrationdialogue.pipeline.ingest.kafka.UploadHandler;
import org.migrationdialogue.pipeline.ingest.kafka.UploadedTopicHistory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Wires the ingest-service: upload bucket → {@code reports.uploaded} → Apache Tika → {@code reports.extracted}. */
public final class IngestMain {

    private static final Logger LOG = LoggerFactory.getLogger(IngestMain.class);

    /** A folder upload is complete once its size and time stay the same this long. */
    private static final Duration SETTLE = Duration.ofMillis(500);
    /** The folder is also listed this often, in case a file-system event was missed. */
    /** A bucket's own notification of a change normally arrives within moments: until then, the reconciler waits. */
    private static final Duration NOTIFICATION_GRACE = Duration.ofSeconds(60);

    private IngestMain() {}

    public static void main(String[] args) {
        Config config = Config.fromEnvironment();
        ServiceRunner.run(create(config, Clock.systemUTC()), config.getInt(Settings.INGEST_HEALTH_PORT));
    }

    public static IngestService create(Config config, Clock clock) {
        // Read before any client starts: a value that is neither yes nor no stops the service at once.
        boolean scans = config.getBoolean(Settings.BUCKET_SCANNER);
        boolean notified = config.getBoolean(Settings.S3_NOTIFICATIONS);
        Path stateDir = Path.of(config.get(Settings.INGEST_STATE_DIR));
        ExtractionSettings extraction = extractionSettings(config, stateDir);
        KafkaConnection kafka = KafkaConnection.from(config);
        Bucket bucket = bucket(config);
        IsolatedExtractor extractor = new IsolatedExtractor(extraction);
        KafkaProducer<String, ExtractedReport> reports = IngestClients.producer(kafka, Topics.EXTRACTED);
        KafkaProducer<byte[], byte[]> deadLetters = IngestClients.deadLetterProducer(kafka);
        KafkaProducer<String, UploadEvent> uploads = IngestClients.producer(kafka, Topics.UPLOADED);
        int workers = config.getInt(Settings.EXTRACTION_WORKERS);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        ExtractionLoop loop = new ExtractionLoop(
                IngestClients.uploadConsumer(kafka, workers * 4),
                new UploadHandler(bucket, extractor, reports, deadLetters, clock),
                pool);
        Optional<BucketScanner> scanner =
                scans ? scanner(config, notified, bucket, stateDir, uploads, deadLetters, clock) : Optional.empty();
        Optional<BucketReconciler> reconciler =
                !scans || scanner.isPresent() ? Optional.empty() : reconciler(config, kafka, bucket, uploads, clock);
        return new IngestService(
                scanner,
                reconciler,
                loop,
                pool,
                extractor.ocr(),
                List.of(extractor, reports, deadLetters, uploads, bucket));
    }

    private static Bucket bucket(Config config) {
        String name = config.get(Settings.UPLOAD_BUCKET);
        if ("s3".equals(config.get(Settings.BUCKET_TYPE))) {
            return new S3Bucket(
                    S3Clients.create(
                            config.get(Settings.S3_ENDPOINT),
                            config.get(Settings.S3_REGION),
                            config.get(Settings.S3_ACCESS_KEY_ID),
                            config.get(Settings.S3_SECRET_ACCESS_KEY)),
                    name);
        }
        return new FolderBucket(name, Path.of(config.get(Settings.UPLOAD_DIR)));
    }

    /**
     * The folder bucket is scanned, an S3 bucket only when it sends no notifications; and only by the one instance
     * with BUCKET_SCANNER=true, since two scanners would publish every change twice.
     */
    private static Optional<BucketScanner> scanner(
            Config config,
            boolean notified,
            Bucket bucket,
            Path stateDir,
            KafkaProducer<String, UploadEvent> uploads,
            KafkaProducer<byte[], byte[]> deadLetters,
            Clock clock) {
        Checkpoint checkpoint = Checkpoint.load(stateDir.resolve("checkpoint-" + bucket.name() + ".json"));
        ScanTrigger trigger;
        Duration interval;
        if (bucket instanceof FolderBucket folder) {
            createOnFirstStart(folder, checkpoint);
            trigger = new FolderChangeTrigger(folder, clock);
            interval = FolderChangeTrigger.RESCAN;
        } else if (!notified) {
            trigger = new IntervalTrigger();
            interval = Duration.ofSeconds(config.getInt(Settings.S3_POLL_INTERVAL_SECONDS));
        } else {
            return Optional.empty();
        }
        DeleteGuard guard = new DeleteGuard(
                config.getInt(Settings.MASS_DELETE_SHARE_PERCENT), config.getInt(Settings.MASS_DELETE_MIN_OBJECTS));
        return Optional.of(new BucketScanner(
                bucket,
                checkpoint,
                trigger,
                publisher(uploads),
                new ListingDeadLetters(deadLetters),
                DeleteConfirmation.in(stateDir, bucket.name()),
                clock,
                new BucketChanges.Rules(SETTLE, guard),
                interval));
    }

    /**
     * A bucket that publishes its own notifications is listed at start and every S3_RECONCILE_INTERVAL_SECONDS by
     * the one instance with BUCKET_SCANNER=true, which publishes what the notifications missed.
     */
    private static Optional<BucketReconciler> reconciler(
            Config config,
            KafkaConnection kafka,
            Bucket bucket,
            KafkaProducer<String, UploadEvent> uploads,
            Clock clock) {
        int seconds = config.getInt(Settings.S3_RECONCILE_INTERVAL_SECONDS);
        if (bucket instanceof FolderBucket || seconds <= 0) {
            return Optional.empty();
        }
        UploadedTopicHistory history =
                new UploadedTopicHistory(IngestClients.uploadHistoryConsumer(kafka), bucket.name());
        DeleteGuard guard = new DeleteGuard(
                config.getInt(Settings.MASS_DELETE_SHARE_PERCENT), config.getInt(Settings.MASS_DELETE_MIN_OBJECTS));
        return Optional.of(new BucketReconciler(
                bucket,
                history,
                publisher(uploads),
                clock,
                Duration.ofSeconds(seconds),
                new Reconciliation.Rules(NOTIFICATION_GRACE, guard)));
    }

    private static UploadPublisher publisher(KafkaProducer<String, UploadEvent> uploads) {
        return event -> uploads.send(new ProducerRecord<>(Topics.UPLOADED.name(), event.kafkaKey(), event))
                .get();
    }

    /**
     * The upload folder is created on a first start only (nothing published from it yet): one that goes missing later
     * (an unmounted volume, a wrong UPLOAD_DIR) must show as an error, not pass for a bucket whose files were deleted.
     */
    private static void createOnFirstStart(FolderBucket folder, Checkpoint checkpoint) {
        if (checkpoint.isEmpty()) {
            try {
                folder.createIfMissing();
            } catch (IOException e) {
                LOG.warn("Cannot create the upload folder {}: {}", folder.root(), e.getMessage());
            }
        }
    }

    private static ExtractionSettings extractionSettings(Config config, Path stateDir) {
        Path spool = stateDir.resolve("spool");
        try {
            Files.createDirectories(spool);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the spool folder " + spool.toAbsolutePath(), e);
        }
        int maxChars = config.getInt(Settings.MAX_EXTRACTED_CHARS);
        if (maxChars > Topic.MAX_MESSAGE_BYTES) {
            throw new IllegalArgumentException(Settings.MAX_EXTRACTED_CHARS.variable() + "=" + maxChars + " is more "
                    + "characters than one record of " + Topics.EXTRACTED.name() + " can hold ("
                    + Topic.MAX_MESSAGE_BYTES
                    + " bytes): such a text could be extracted but never published; set it to "
                    + Topic.MAX_MESSAGE_BYTES
                    + " or less");
        }
        return ExtractionSettings.from(config).withSpoolDirectory(spool);
    }
}
