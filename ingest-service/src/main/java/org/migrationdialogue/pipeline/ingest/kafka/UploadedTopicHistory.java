package org.migrationdialogue.pipeline.ingest.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.migrationdialogue.pipeline.common.events.UploadEvent;
import org.migrationdialogue.pipeline.common.topics.Topics;
import org.migrationdialogue.pipeline.ingest.bucket.UploadHistory;

/**
 * The {@link UploadHistory} of a bucket read from {@code reports.uploaded} itself (kept for good, so it holds every
 * announcement): read from the beginning once, then only what was added since. Records that are not upload events
 * are skipped here (the extraction loop dead-letters them).
 */
public final class UploadedTopicHistory implements UploadHistory {

    private static final Duration POLL = Duration.ofMillis(500);
    /** Longest the topic may give nothing while its end is not reached: then the broker is unreachable. */
    private static final Duration STALL = Duration.ofSeconds(15);

    private final Consumer<String, byte[]> consumer;
    private final String bucket;
    private final Map<String, String> announced = new HashMap<>();

    public UploadedTopicHistory(Consumer<String, byte[]> consumer, String bucket) {
        this.consumer = consumer;
        this.bucket = bucket;
    }

    @Override
    public Map<String, String> announced() {
        if (consumer.assignment().isEmpty()) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.UPLOADED.name(), STALL).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
        }
        Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment(), STALL);
        Instant lastProgress = Instant.now();
        while (!reached(ends)) {
            var records = consumer.poll(POLL);
            records.forEach(this::apply);
            if (!records.isEmpty()) {
                lastProgress = Instant.now();
            } else if (Instant.now().isAfter(lastProgress.plus(STALL))) {
                throw new TimeoutException(
                        "No progress reading " + Topics.UPLOADED.name() + " for " + STALL.toSeconds() + " s");
            }
        }
        return Map.copyOf(announced);
    }

    private boolean reached(Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey(), STALL) >= end.getValue());
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        List<UploadEvent> events;
        try {
            events = UploadEvents.parse(record.topic(), record.value());
        } catch (SerializationException e) {
            return;
        }
        for (UploadEvent event : events) {
            if (!bucket.equals(event.bucket())) {
                continue;
            }
            if (event.event() == UploadEvent.Kind.CREATED) {
                announced.put(event.key(), Objects.requireNonNullElse(event.etag(), ""));
            } else {
                announced.remove(event.key());
            }
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
