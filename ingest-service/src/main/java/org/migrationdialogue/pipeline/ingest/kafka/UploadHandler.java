package org.migrationdialogue.pipeline.ingest.kafka;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.migrationdialogue.pipeline.common.events.ExtractedReport;
import org.migrationdialogue.pipeline.common.events.ReportId;
import org.migrationdialogue.pipeline.common.events.SourceObject;
import org.migrationdialogue.pipeline.common.events.UploadEvent;
import org.migrationdialogue.pipeline.common.topics.DeadLetterSender;
import org.migrationdialogue.pipeline.common.topics.DeadLetters;
import org.migrationdialogue.pipeline.common.topics.Topics;
import org.migrationdialogue.pipeline.ingest.bucket.Bucket;
import org.migrationdialogue.pipeline.ingest.bucket.BucketObject;
import org.migrationdialogue.pipeline.ingest.bucket.UnreadableObjectException;
import org.migrationdialogue.pipeline.ingest.extract.ExtractionResult;
import org.migrationdialogue.pipeline.ingest.extract.Extractor;
import org.migrationdialogue.pipeline.ingest.extract.FailureKind;
import org.migrationdialogue.pipeline.ingest.extract.ObjectContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles one record of {@code reports.uploaded}: a delete becomes a tombstone on {@code reports.extracted}; an
 * upload is fetched from the bucket and extracted, and becomes an extracted report, or a dead letter with the
 * reason when the object is bad. Every send, dead letters included, is acknowledged before it returns; one that
 * fails throws, so that the loop stops before committing.
 */
public final class UploadHandler {

    private static final Logger LOG = LoggerFactory.getLogger(UploadHandler.class);
    private static final int ATTEMPTS = 3;

    private final Bucket bucket;
    private final Extractor extractor;
    private final Producer<String, ExtractedReport> reports;
    private final DeadLetterSender deadLetters;
    private final Clock clock;

    public UploadHandler(
            Bucket bucket,
            Extractor extractor,
            Producer<String, ExtractedReport> reports,
            Producer<byte[], byte[]> deadLetters,
            Clock clock) {
        this.bucket = bucket;
        this.extractor = extractor;
        this.reports = reports;
        this.deadLetters = new DeadLetterSender(deadLetters);
        this.clock = clock;
    }

    public void handle(ConsumerRecord<String, byte[]> record) {
        try {
            for (UploadEvent event : UploadEvents.parse(record.topic(), record.value())) {
                handle(record, event);
            }
        } catch (SerializationException e) {
            deadLetter(record, "ingest.event", e.getClass().getName(), e.getMessage());
        }
    }

    private void handle(ConsumerRecord<String, byte[]> record, UploadEvent event) {
        if (!bucket.name().equals(event.bucket())) {
            deadLetter(
                    record,
                    "ingest.event",
                    "UnknownBucket",
                    "Event for bucket '" + event.bucket() + "', but this service reads bucket '" + bucket.name() + "'");
        } else if (event.event() == UploadEvent.Kind.DELETED) {
            send(record, ReportId.of(event.bucket(), event.key()), null);
        } else {
            extract(record, event);
        }
    }

    private void extract(ConsumerRecord<String, byte[]> record, UploadEvent event) {
        Optional<BucketObject> object = head(record, event);
        if (object.isEmpty()) {
            LOG.info("{} is no longer in bucket {}; its delete event follows", event.key(), bucket.name());
            return;
        }
        ExtractionResult result = extractWithRetries(object.get(), event);
        switch (result) {
            case ExtractionResult.Extracted extracted ->
                send(record, ReportId.of(event.bucket(), event.key()), report(event, object.get(), extracted));
            case ExtractionResult.Failed failed
            when failed.kind() == FailureKind.FATAL ->
                throw new IllegalStateException("Extraction is misconfigured: " + failed.reason());
            case ExtractionResult.Failed failed ->
                deadLetter(
                        record,
                        "ingest." + failed.stage().name().toLowerCase(Locale.ROOT),
                        "ExtractionFailed." + failed.kind(),
                        event.key() + ": " + failed.reason());
        }
    }

    private Optional<BucketObject> head(ConsumerRecord<String, byte[]> record, UploadEvent event) {
        for (int attempt = 1; ; attempt++) {
            try {
                return bucket.head(event.key());
            } catch (IllegalArgumentException | UnreadableObjectException e) {
                deadLetter(record, "ingest.fetch", e.getClass().getName(), e.getMessage());
                return Optional.empty();
            } catch (IOException e) {
                if (attempt == ATTEMPTS) {
                    throw new IllegalStateException("Bucket " + bucket.name() + " unreachable: " + e.getMessage(), e);
                }
                LOG.warn("Bucket {} unreachable ({}); trying again", bucket.name(), e.getMessage());
            }
        }
    }

    private ExtractionResult extractWithRetries(BucketObject object, UploadEvent event) {
        ObjectContent content = new ObjectContent(
                object.key(),
                object.contentType() != null ? object.contentType() : event.contentType(),
                object.size(),
                () -> bucket.open(object.key()));
        ExtractionResult result = extractor.extract(content);
        for (int attempt = 2; attempt <= ATTEMPTS && isRetriable(result); attempt++) {
            LOG.warn(
                    "Extraction of {} failed ({}); attempt {} of {}",
                    object.key(),
                    ((ExtractionResult.Failed) result).reason(),
                    attempt,
                    ATTEMPTS);
            result = extractor.extract(content);
        }
        return result;
    }

    private static boolean isRetriable(ExtractionResult result) {
        return result instanceof ExtractionResult.Failed failed && failed.kind() == FailureKind.RETRIABLE;
    }

    private ExtractedReport report(UploadEvent event, BucketObject object, ExtractionResult.Extracted extracted) {
        String contentType = extracted.metadata().getOrDefault("content_type", object.contentType());
        SourceObject source = new SourceObject(
                event.bucket(), event.key(), object.etag(), object.size(), contentType, event.uploadedAt());
        return extracted.report(source, clock.instant());
    }

    private void send(ConsumerRecord<String, byte[]> record, String reportId, ExtractedReport report) {
        try {
            reports.send(new ProducerRecord<>(Topics.EXTRACTED.name(), reportId, report))
                    .get();
            LOG.info("{} {} -> {}", report == null ? "Deleted" : "Extracted", record.key(), reportId);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RecordTooLargeException) {
                deadLetter(
                        record,
                        "ingest.publish",
                        RecordTooLargeException.class.getName(),
                        "The extracted text of " + record.key() + " does not fit in one record: "
                                + e.getCause().getMessage());
                return;
            }
            throw new IllegalStateException(
                    "Cannot publish to " + Topics.EXTRACTED.name() + ": "
                            + e.getCause().getMessage(),
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing " + reportId, e);
        }
    }

    private void deadLetter(ConsumerRecord<String, byte[]> record, String stage, String error, String reason) {
        byte[] key = record.key() == null ? null : record.key().getBytes(StandardCharsets.UTF_8);
        deadLetters.send(DeadLetters.record(
                key,
                record.value(),
                stage,
                error,
                reason,
                new DeadLetters.SourceRecord(record.topic(), record.partition(), record.offset())));
    }
}
