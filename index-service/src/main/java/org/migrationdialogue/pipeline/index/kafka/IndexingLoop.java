package org.migrationdialogue.pipeline.index.kafka;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.migrationdialogue.pipeline.common.events.EnrichedReport;
import org.migrationdialogue.pipeline.common.topics.DeadLetterSender;
import org.migrationdialogue.pipeline.common.topics.DeadLetters;
import org.migrationdialogue.pipeline.common.topics.Topics;
import org.migrationdialogue.pipeline.index.core.BulkPlan;
import org.migrationdialogue.pipeline.index.core.IndexOperation;
import org.migrationdialogue.pipeline.index.core.RefreshPolicy;
import org.migrationdialogue.pipeline.index.elastic.ReportIndex;
import org.migrationdialogue.pipeline.index.elastic.ReportIndex.RequestRejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes {@code reports.enriched} and writes it to the index in bulk. Offsets are committed only after the index
 * acknowledged the batch and every dead letter of the batch was acknowledged by the broker. When the index is
 * unreachable or overloaded the loop waits and retries the same batch (writes are idempotent), never skipping one.
 * When the index refuses a bulk request as a whole for what it holds (an id too long, a malformed body), the batch
 * is split in halves until the culprit is alone; it goes to {@code reports.dlq} with the reason and the rest is
 * written. Records the index refuses one by one, and malformed records, go to {@code reports.dlq} too. A dead
 * letter the broker does not take ends the loop uncommitted (the service fails and is restarted).
 */
public final class IndexingLoop implements Runnable {

    static final String STAGE = "index";
    private static final Logger LOG = LoggerFactory.getLogger(IndexingLoop.class);
    private static final Duration POLL_TIMEOUT = Duration.ofMillis(500);

    private final Consumer<String, byte[]> consumer;
    private final DeadLetterSender deadLetters;
    private final ReportIndex index;
    private final Clock clock;
    private final BatchLimits limits;
    private final CountDownLatch stopping = new CountDownLatch(1);
    private final IndexingCounters counters = new IndexingCounters();
    private final RefreshPolicy refreshPolicy = new RefreshPolicy();

    public IndexingLoop(
            Consumer<String, byte[]> consumer,
            Producer<byte[], byte[]> deadLetters,
            ReportIndex index,
            Clock clock,
            BatchLimits limits) {
        this.consumer = consumer;
        this.deadLetters = new DeadLetterSender(deadLetters);
        this.index = index;
        this.clock = clock;
        this.limits = limits;
    }

    @Override
    public void run() {
        try {
            if (retryUntilDone(() -> {
                        index.ensureSchema();
                        return true;
                    })
                    .isEmpty()) {
                return;
            }
            consumer.subscribe(List.of(Topics.ENRICHED.name()));
            while (stopping.getCount() > 0) {
                ConsumerRecords<String, byte[]> records = consumer.poll(POLL_TIMEOUT);
                if (!records.isEmpty() && indexAll(gathered(records))) {
                    consumer.commitSync();
                }
            }
        } catch (WakeupException e) {
            LOG.debug("Woken up to stop");
        } finally {
            consumer.close();
        }
    }

    /**
     * A poll's records, and while a flow goes on those that come within {@link RefreshPolicy#GATHER} after them, up to
     * a batch's limit: fewer, larger bulk requests ({@link RefreshPolicy#gatherUntil}).
     */
    private List<ConsumerRecord<String, byte[]>> gathered(ConsumerRecords<String, byte[]> first) {
        List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>();
        first.forEach(batch::add);
        Instant until = refreshPolicy.gatherUntil(clock.instant());
        Duration left = Duration.between(clock.instant(), until);
        while (batch.size() < limits.maxRecords() && left.isPositive()) {
            ConsumerRecords<String, byte[]> more = consumer.poll(left);
            if (more.isEmpty()) {
                break;
            }
            more.forEach(batch::add);
            left = Duration.between(clock.instant(), until);
        }
        return batch;
    }

    /** Indexes every record of a batch, chunk by chunk; false if the service stopped before all were acknowledged. */
    private boolean indexAll(List<ConsumerRecord<String, byte[]>> records) {
        for (List<ConsumerRecord<String, byte[]>> chunk : limits.chunks(records)) {
            Map<String, BulkPlan.ReportChange> latest = latestPerReport(chunk);
            if (!writeOrSplit(List.copyOf(latest.values()), bySource(chunk))) {
                return false;
            }
        }
        return true;
    }

    private Map<String, BulkPlan.ReportChange> latestPerReport(List<ConsumerRecord<String, byte[]>> chunk) {
        Map<String, BulkPlan.ReportChange> latest = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : chunk) {
            IndexOperation.SourceOffset source = sourceOf(record);
            try {
                EnrichedReport report =
                        Topics.ENRICHED.valueSerde().deserializer().deserialize(record.topic(), record.value());
                latest.remove(record.key());
                latest.put(record.key(), new BulkPlan.ReportChange(record.key(), report, source));
            } catch (SerializationException e) {
                deadLetter(record, e.getClass().getName(), e.getMessage());
            }
        }
        return latest;
    }

    /**
     * Writes these changes, retrying through outages; when the index refuses the request as a whole, writes each
     * half on its own, down to the one change it refuses, which is dead-lettered. False if the service stopped first.
     */
    private boolean writeOrSplit(
            List<BulkPlan.ReportChange> changes,
            Map<IndexOperation.SourceOffset, ConsumerRecord<String, byte[]>> sources) {
        if (changes.isEmpty()) {
            return true;
        }
        Optional<Written> written;
        try {
            written = retryUntilDone(() -> write(changes));
        } catch (RequestRejectedException e) {
            if (changes.size() == 1) {
                deadLetter(sources.get(changes.getFirst().source()), "ElasticsearchRequestRejected", e.getMessage());
                return true;
            }
            int half = changes.size() / 2;
            LOG.warn(
                    "Elasticsearch refused a bulk request of {} reports ({}); writing each half on its own",
                    changes.size(),
                    e.getMessage());
            return writeOrSplit(changes.subList(0, half), sources)
                    && writeOrSplit(changes.subList(half, changes.size()), sources);
        }
        written.ifPresent(result -> {
            result.rejections().stream()
                    .map(rejection -> rejection.operation().source())
                    .distinct()
                    .forEach(source -> deadLetter(
                            sources.get(source), "ElasticsearchRejection", reasonFor(source, result.rejections())));
            counters.indexed(changes.size(), result.operations());
        });
        return written.isPresent();
    }

    private Written write(List<BulkPlan.ReportChange> changes) throws IOException {
        var existing = index.recommendationDocumentIds(
                changes.stream().map(BulkPlan.ReportChange::reportId).toList());
        List<IndexOperation> operations = BulkPlan.plan(changes, existing, clock.instant());
        List<ReportIndex.Rejection> rejections = index.write(operations, refreshPolicy.refreshOnWrite(clock.instant()));
        if (rejections.stream().anyMatch(ReportIndex.Rejection::retriable)) {
            throw new IOException("Elasticsearch asked to retry " + rejections.size() + " writes, e.g. "
                    + rejections.getFirst().reason());
        }
        return new Written(operations.size(), rejections);
    }

    /** What one bulk request did: how many operations it carried, and those the index refused one by one. */
    private record Written(int operations, List<ReportIndex.Rejection> rejections) {}

    private static String reasonFor(IndexOperation.SourceOffset source, List<ReportIndex.Rejection> rejections) {
        return rejections.stream()
                .filter(rejection -> rejection.operation().source().equals(source))
                .map(rejection -> rejection.operation().alias() + "/"
                        + rejection.operation().documentId() + " rejected (" + rejection.status() + "): "
                        + rejection.reason())
                .reduce((first, second) -> first + "; " + second)
                .orElse("rejected");
    }

    /**
     * Runs a call until the index answers it, waiting longer after each outage; empty if the service stopped first.
     * A rejection of the request's content is no outage: it is thrown at once.
     */
    private <T> Optional<T> retryUntilDone(IndexCall<T> call) {
        Backoff backoff = new Backoff(stopping);
        while (true) {
            try {
                return Optional.of(call.call());
            } catch (RequestRejectedException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                counters.retried();
                LOG.warn("Elasticsearch not available ({}); retrying the same batch", e.getMessage());
                if (!backoff.pause()) {
                    return Optional.empty();
                }
            }
        }
    }

    /** Sends the record to the dead-letter topic and waits for the broker: its offset is committed after. */
    private void deadLetter(ConsumerRecord<String, byte[]> record, String error, String reason) {
        byte[] key = record.key() == null ? null : record.key().getBytes(StandardCharsets.UTF_8);
        deadLetters.send(DeadLetters.record(
                key,
                record.value(),
                STAGE,
                error,
                reason,
                new DeadLetters.SourceRecord(record.topic(), record.partition(), record.offset())));
        counters.deadLettered();
    }

    private static Map<IndexOperation.SourceOffset, ConsumerRecord<String, byte[]>> bySource(
            List<ConsumerRecord<String, byte[]>> chunk) {
        Map<IndexOperation.SourceOffset, ConsumerRecord<String, byte[]>> sources = new LinkedHashMap<>();
        chunk.forEach(record -> sources.put(sourceOf(record), record));
        return sources;
    }

    private static IndexOperation.SourceOffset sourceOf(ConsumerRecord<String, byte[]> record) {
        return new IndexOperation.SourceOffset(record.topic(), record.partition(), record.offset());
    }

    public IndexingCounters counters() {
        return counters;
    }

    /** Asks the loop to stop: it finishes or abandons the current batch (uncommitted, so it is replayed later). */
    public void stop() {
        stopping.countDown();
        consumer.wakeup();
    }

    @FunctionalInterface
    private interface IndexCall<T> {
        T call() throws IOException;
    }

    /** What the loop has done, for health and status. */
    public static final class IndexingCounters {
        private final AtomicLong reports = new AtomicLong();
        private final AtomicLong operations = new AtomicLong();
        private final AtomicLong bulkRequests = new AtomicLong();
        private final AtomicLong deadLettered = new AtomicLong();
        private final AtomicLong retries = new AtomicLong();

        void indexed(int reportCount, int operationCount) {
            reports.addAndGet(reportCount);
            operations.addAndGet(operationCount);
            bulkRequests.incrementAndGet();
        }

        void deadLettered() {
            deadLettered.incrementAndGet();
        }

        void retried() {
            retries.incrementAndGet();
        }

        public Map<String, Object> snapshot() {
            return Map.of(
                    "reports_written",
                    reports.get(),
                    "operations",
                    operations.get(),
                    "bulk_requests",
                    bulkRequests.get(),
                    "dead_lettered",
                    deadLettered.get(),
                    "retries",
                    retries.get());
        }
    }
}
