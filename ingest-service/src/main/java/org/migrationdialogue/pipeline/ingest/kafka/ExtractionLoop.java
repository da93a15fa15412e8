package org.migrationdialogue.pipeline.ingest.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.migrationdialogue.pipeline.common.topics.Topics;

/**
 * Consumes {@code reports.uploaded} and hands each record to an {@link UploadHandler}: records of different objects
 * in parallel, records of one object in order. Offsets are committed only after every output of the poll was
 * acknowledged by the broker. While a poll's extractions run (minutes for a long scan read by OCR), the consumer
 * keeps polling with its partitions paused: it fetches nothing, but stays in its group, however long they take. An
 * error that escapes a record (the broker, the bucket or the dead-letter topic unreachable) ends the loop with the
 * poll uncommitted: the service fails and is restarted, and the poll is consumed again.
 */
public final class ExtractionLoop implements Runnable {

    private static final Duration POLL_TIMEOUT = Duration.ofMillis(200);
    /** How often a consumer busy extracting polls (paused): far more often than any max.poll.interval.ms. */
    private static final Duration BUSY_POLL_EVERY = Duration.ofSeconds(1);

    private final Consumer<String, byte[]> consumer;
    private final UploadHandler handler;
    private final ExecutorService workers;
    private final CountDownLatch stopping = new CountDownLatch(1);
    /** Set while a poll's extractions run, on the loop thread only: partitions assigned meanwhile stay paused. */
    private boolean busy;

    public ExtractionLoop(Consumer<String, byte[]> consumer, UploadHandler handler, ExecutorService workers) {
        this.consumer = consumer;
        this.handler = handler;
        this.workers = workers;
    }

    @Override
    public void run() {
        try {
            consumer.subscribe(List.of(Topics.UPLOADED.name()), new PauseWhileBusy());
            while (stopping.getCount() > 0) {
                ConsumerRecords<String, byte[]> records = consumer.poll(POLL_TIMEOUT);
                if (!records.isEmpty()) {
                    handleAll(records);
                    consumer.commitSync();
                }
            }
        } finally {
            consumer.close();
        }
    }

    private void handleAll(ConsumerRecords<String, byte[]> records) {
        List<CompletableFuture<Void>> running = new ArrayList<>();
        for (List<ConsumerRecord<String, byte[]>> sameObject : byKey(records).values()) {
            running.add(CompletableFuture.runAsync(() -> sameObject.forEach(handler::handle), workers));
        }
        CompletableFuture<Void> all = CompletableFuture.allOf(running.toArray(CompletableFuture[]::new));
        awaitPolling(all);
        try {
            all.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /**
     * Waits for the extractions; each second they are still running, polls with every partition paused, which
     * fetches nothing and tells the group this consumer is alive (it would otherwise be evicted after
     * max.poll.interval.ms, and its uploads extracted a second time by another).
     */
    private void awaitPolling(CompletableFuture<Void> all) {
        try {
            while (!all.isDone()) {
                try {
                    all.get(BUSY_POLL_EVERY.toMillis(), TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    busy = true;
                    consumer.pause(consumer.assignment());
                    ConsumerRecords<String, byte[]> none = consumer.poll(Duration.ZERO);
                    if (!none.isEmpty()) {
                        throw new IllegalStateException("Polled " + none.count() + " records while paused");
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // an extraction failed: the join that follows raises it
        } finally {
            if (busy) {
                busy = false;
                consumer.resume(consumer.paused());
            }
        }
    }

    private static Map<String, List<ConsumerRecord<String, byte[]>>> byKey(ConsumerRecords<String, byte[]> records) {
        Map<String, List<ConsumerRecord<String, byte[]>>> byKey = new LinkedHashMap<>();
        records.forEach(record -> byKey.computeIfAbsent(String.valueOf(record.key()), key -> new ArrayList<>())
                .add(record));
        return byKey;
    }

    /** Partitions the group gives this consumer while it is busy start paused, so the busy polls fetch nothing. */
    private final class PauseWhileBusy implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            if (busy) {
                consumer.pause(partitions);
            }
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            // Extractions in flight for them finish and are published; the new owner extracts them again (the
            // same report id, so the compacted topic and the index keep one), since their offsets stay uncommitted.
        }
    }

    /**
     * Asks the loop to stop after the poll in hand: its extractions finish and are committed. (No consumer wakeup:
     * it could break the commit of a finished poll, which would then be extracted again.)
     */
    public void stop() {
        stopping.countDown();
    }
}
