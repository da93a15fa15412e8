package org.migrationdialogue.pipeline.index.kafka;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.migrationdialogue.pipeline.common.events.EnrichedReport;
import org.migrationdialogue.pipeline.common.topics.DeadLetters;
import org.migrationdialogue.pipeline.common.topics.Topics;
import org.migrationdialogue.pipeline.index.core.BulkPlan;
import org.migrationdialogue.pipeline.index.core.IndexOperation;
import org.migrationdialogue.pipeline.index.core.RefreshPolicy;
import org.migrationdialogue.pipeline.index.elastic.ReportIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Consumes {@code reports.enriched} and writes it to the index in bulk. Offsets are committed only after the index
 * acknowledged the batch; when the index is unreachable or overloaded the loop waits and retries the same batch
 * (writes are idempotent), never skipping one. Records the index refuses, and malformed records, go to
 * {@code reports.dlq} with the reason.
 */
public final class IndexingLoop implements Runnable {

    static final String STAGE = "index";
    private static final Logger LOG = LoggerFactory.getLogger(IndexingLoop.class);
    private static final Duration POLL_TIMEOUT = Duration.ofMillis(500);

    private final Consumer<String, byte[]> consumer;
    private final Producer<byte[], byte[]> deadLetters;
    private final ReportIndex index;
    private final Clock clock;
    private final BatchLimits limits;
    private final CountDownLatch stopping = new CountDownLatch(1);
    private final IndexingCounters counters = new IndexingCounters();
    private final RefreshPolicy refreshPolicy = new RefreshPolicy();

    public IndexingLoop(Consumer<String, byte[]> consumer, Producer<byte[], byte[]> deadLetters, ReportIndex index,
                        Clock clock, BatchLimits limits) {
        this.consumer = consumer;
        this.deadLetters = deadLetters;
        this.index = index;
        this.clock = clock;
        this.limits = limits;
    }

    @Override
    public void run() {
        try {
            if (!retryUntilDone(index::ensureSchema)) {
                return;
            }
            consumer.subscribe(List.of(Topics.ENRICHED.name()));
            while (stopping.getCount() > 0) {
                ConsumerRecords<String, byte[]> records = consumer.poll(POLL_TIMEOUT);
                if (!records.isEmpty() && indexAll(records)) {
                    consumer.commitSync();
                }
            }
        } catch (WakeupException e) {
            LOG.debug("Woken up to stop");
        } finally {
            consumer.close();
        }
    }

    /** Indexes every record of a poll, chunk by chunk; false if the service stopped before all were acknowledged. */
    private boolean indexAll(ConsumerRecords<String, byte[]> records) {
        for (List<ConsumerRecord<String, byte[]>> chunk : limits.chunks(records)) {
            Map<String, BulkPlan.ReportChange> latest = latestPerReport(chunk);
            Map<IndexOperation.SourceOffset, ConsumerRecord<String, byte[]>> sources = bySource(chunk);
            if (!retryUntilDone(() -> write(latest, sources))) {
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
                EnrichedReport report = Topics.ENRICHED.valueSerde().deserializer().deserialize(record.topic(), record.value());
                latest.remove(record.key());
                latest.put(record.key(), new BulkPlan.ReportChange(record.key(), report, source));
            } catch (SerializationException e) {
                sendToDeadLetters(record, e.getClass().getName(), e.getMessage());
            }
        }
        return latest;
    }

    private void write(Map<String, BulkPlan.ReportChange> latest,
                       Map<IndexOperation.SourceOffset, ConsumerRecord<String, byte[]>> sources) throws IOException {
        var existing = index.recommendationDocumentIds(latest.keySet());
        List<IndexOperation> operations = BulkPlan.plan(latest.values(), existing, clock.instant());
        List<ReportIndex.Rejection> rejections = index.write(operations, refreshPolicy.refreshOnWrite(clock.instant()));
        if (rejections.stream().anyMatch(ReportIndex.Rejection::retriable)) {
            throw new IOException("Elasticsearch asked to retry " + rejections.size() + " writes, e.g. "
                    + rejections.getFirst().reason());
        }
        rejections.stream().map(rejection -> rejection.operation().source()).distinct()
                .forEach(source -> sendToDeadLetters(sources.get(source), "ElasticsearchRejection",
                        reasonFor(source, rejections)));
        counters.indexed(latest.size(), operations.size());
    }

    private static String reasonFor(IndexOperation.SourceOffset source, List<ReportIndex.Rejection> rejections) {
        return rejections.stream().filter(rejection -> rejection.operation().source().equals(source))
                .map(rejection -> rejection.operation().alias() + "/" + rejection.operation().documentId()
                        + " rejected (" + rejection.status() + "): " + rejection.reason())
                .reduce((first, second) -> first + "; " + second).orElse("rejected");
    }

    private boolean retryUntilDone(IndexAction action) {
        Backoff backoff = new Backoff(stopping);
        while (true) {
            try {
                action.run();
                return true;
            } catch (IOException | RuntimeException e) {
                counters.retried();
                LOG.warn("Elasticsearch not available ({}); retrying the same batch", e.getMessage());
                if (!backoff.pause()) {
                    return false;
                }
            }
        }
    }

    private void sendToDeadLetters(ConsumerRecord<String, byte[]> record, String error, String reason) {
        byte[] key = record.key() == null ? null : record.key().getBytes(StandardCharsets.UTF_8);
        deadLetters.send(DeadLetters.record(key, record.value(), STAGE, error, reason,
                new DeadLetters.SourceRecord(record.topic(), record.partition(), record.offset())));
        deadLetters.flush();
        counters.deadLettered();
        LOG.warn("Record {}-{}@{} sent to the dead-letter topic: {}", record.topic(), record.partition(),
                record.offset(), reason);
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
    private interface IndexAction {
        void run() throws IOException;
    }

    /** What the loop has done, for health and status. */
    public static final class IndexingCounters {
        private final AtomicLong reports = new AtomicLong();
        private final AtomicLong operations = new AtomicLong();
        private final AtomicLong deadLettered = new AtomicLong();
        private final AtomicLong retries = new AtomicLong();

        void indexed(int reportCount, int operationCount) {
            reports.addAndGet(reportCount);
            operations.addAndGet(operationCount);
        }

        void deadLettered() {
            deadLettered.incrementAndGet();
        }

        void retried() {
            retries.incrementAndGet();
        }

        public Map<String, Object> snapshot() {
            return Map.of("reports_written", reports.get(), "operations", operations.get(),
                    "dead_lettered", deadLettered.get(), "retries", retries.get());
        }
    }
}
