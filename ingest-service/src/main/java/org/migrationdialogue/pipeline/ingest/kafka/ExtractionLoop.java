package org.migrationdialogue.pipeline.ingest.kafka;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.migrationdialogue.pipeline.common.topics.Topics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;

/**
 * Consumes {@code reports.uploaded} and hands each record to an {@link UploadHandler}: records of different objects
 * in parallel, records of one object in order. Offsets are committed only after every output of the poll was
 * acknowledged by the broker. An error that escapes a record (the broker, the bucket or the dead-letter topic
 * unreachable) ends the loop with the poll uncommitted: the service fails and is restarted, and the poll is
 * consumed again.
 */
public final class ExtractionLoop implements Runnable {

    private static final Duration POLL_TIMEOUT = Duration.ofMillis(200);

    private final Consumer<String, byte[]> consumer;
    private final UploadHandler handler;
    private final ExecutorService workers;
    private final CountDownLatch stopping = new CountDownLatch(1);

    public ExtractionLoop(Consumer<String, byte[]> consumer, UploadHandler handler, ExecutorService workers) {
        this.consumer = consumer;
        this.handler = handler;
        this.workers = workers;
    }

    @Override
    public void run() {
        try {
            consumer.subscribe(List.of(Topics.UPLOADED.name()));
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
        try {
            CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static Map<String, List<ConsumerRecord<String, byte[]>>> byKey(ConsumerRecords<String, byte[]> records) {
        Map<String, List<ConsumerRecord<String, byte[]>>> byKey = new LinkedHashMap<>();
        records.forEach(record -> byKey.computeIfAbsent(String.valueOf(record.key()), key -> new ArrayList<>()).add(record));
        return byKey;
    }

    /**
     * Asks the loop to stop after the poll in hand: its extractions finish and are committed. (No consumer wakeup:
     * it could break the commit of a finished poll, which would then be extracted again.)
     */
    public void stop() {
        stopping.countDown();
    }
}
