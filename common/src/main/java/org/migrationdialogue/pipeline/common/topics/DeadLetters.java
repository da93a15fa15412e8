package org.migrationdialogue.pipeline.common.topics;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Builds records for {@code reports.dlq}: the failed key and value as they were, and headers saying why. A dead
 * letter always fits the topics' {@link Topic#MAX_MESSAGE_BYTES}: a value too large to fit beside its key and
 * headers (the record that failed may itself have been close to the limit) is cut, and the header
 * {@link DeadLetterHeaders#VALUE_TRUNCATED} gives its full length.
 */
public final class DeadLetters {

    /** Header values are cut to this many characters: a reason, not a dump. */
    static final int MAX_MESSAGE_CHARS = 4_000;

    private DeadLetters() {}

    /**
     * @param stage    where it failed, e.g. {@code ingest.extract}
     * @param reason   a human-readable reason
     * @param error    the error class to report (the failure's own kind when there is no exception)
     * @param source   where the failed record came from
     */
    public static ProducerRecord<byte[], byte[]> record(
            byte[] key, byte[] value, String stage, String error, String reason, SourceRecord source) {
        return record(Topics.DLQ.name(), key, value, stage, error, reason, source);
    }

    /** A record for a failure raised as an exception: its class, and its message (or its cause's). */
    public static ProducerRecord<byte[], byte[]> record(
            byte[] key, byte[] value, String stage, Throwable failure, SourceRecord source) {
        return record(Topics.DLQ.name(), key, value, stage, failure, source);
    }

    /** The same, to another dead-letter topic (Kafka Streams' {@code errors.dead.letter.queue.topic.name}). */
    public static ProducerRecord<byte[], byte[]> record(
            String topic, byte[] key, byte[] value, String stage, Throwable failure, SourceRecord source) {
        return record(topic, key, value, stage, failure.getClass().getName(), reasonOf(failure), source);
    }

    private static ProducerRecord<byte[], byte[]> record(
            String topic, byte[] key, byte[] value, String stage, String error, String reason, SourceRecord source) {
        Headers headers = new RecordHeaders()
                .add(DeadLetterHeaders.STAGE, utf8(stage))
                .add(DeadLetterHeaders.ERROR_CLASS, utf8(error))
                .add(DeadLetterHeaders.ERROR_MESSAGE, utf8(cut(reason)))
                .add(DeadLetterHeaders.SOURCE_TOPIC, utf8(source.topic()))
                .add(DeadLetterHeaders.SOURCE_PARTITION, utf8(Integer.toString(source.partition())))
                .add(DeadLetterHeaders.SOURCE_OFFSET, utf8(Long.toString(source.offset())));
        byte[] fitting = value;
        if (value != null) {
            // the truncation header is counted before the room is measured, so that adding it keeps the record fitting
            int room = Topic.roomForValue(key, headers) - Topic.headerBytes(DeadLetterHeaders.VALUE_TRUNCATED, 20);
            if (value.length > room) {
                headers.add(DeadLetterHeaders.VALUE_TRUNCATED, utf8(Integer.toString(value.length)));
                fitting = Arrays.copyOf(value, Math.max(0, room));
            }
        }
        return new ProducerRecord<>(topic, null, key, fitting, headers);
    }

    public static String reasonOf(Throwable failure) {
        StringBuilder reason = new StringBuilder(String.valueOf(failure.getMessage()));
        for (Throwable cause = failure.getCause();
                cause != null && cause != cause.getCause();
                cause = cause.getCause()) {
            reason.append(" | caused by ")
                    .append(cause.getClass().getSimpleName())
                    .append(": ")
                    .append(cause.getMessage());
        }
        return reason.toString();
    }

    private static String cut(String text) {
        String value = text == null ? "" : text;
        return value.length() <= MAX_MESSAGE_CHARS ? value : value.substring(0, MAX_MESSAGE_CHARS) + "…";
    }

    private static byte[] utf8(String text) {
        return (text == null ? "" : text).getBytes(StandardCharsets.UTF_8);
    }

    /** Where a failed record was read. */
    public record SourceRecord(String topic, int partition, long offset) {}
}
