package org.migrationdialogue.pipeline.common.topics;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

import java.nio.charset.StandardCharsets;

/** Builds records for {@code reports.dlq}: the failed key and value as they were, and headers saying why. */
public final class DeadLetters {

    /** Header values are cut to this many characters: a reason, not a dump. */
    static final int MAX_MESSAGE_CHARS = 4_000;

    private DeadLetters() {
    }

    /**
     * @param stage    where it failed, e.g. {@code ingest.extract}
     * @param reason   a human-readable reason
     * @param error    the error class to report (the failure's own kind when there is no exception)
     * @param source   where the failed record came from
     */
    public static ProducerRecord<byte[], byte[]> record(byte[] key, byte[] value, String stage, String error,
                                                        String reason, SourceRecord source) {
        Headers headers = new RecordHeaders()
                .add(DeadLetterHeaders.STAGE, utf8(stage))
                .add(DeadLetterHeaders.ERROR_CLASS, utf8(error))
                .add(DeadLetterHeaders.ERROR_MESSAGE, utf8(cut(reason)))
                .add(DeadLetterHeaders.SOURCE_TOPIC, utf8(source.topic()))
                .add(DeadLetterHeaders.SOURCE_PARTITION, utf8(Integer.toString(source.partition())))
                .add(DeadLetterHeaders.SOURCE_OFFSET, utf8(Long.toString(source.offset())));
        return new ProducerRecord<>(Topics.DLQ.name(), null, key, value, headers);
    }

    /** A record for a failure raised as an exception: its class, and its message (or its cause's). */
    public static ProducerRecord<byte[], byte[]> record(byte[] key, byte[] value, String stage, Throwable failure,
                                                        SourceRecord source) {
        return record(key, value, stage, failure.getClass().getName(), reasonOf(failure), source);
    }

    public static String reasonOf(Throwable failure) {
        StringBuilder reason = new StringBuilder(String.valueOf(failure.getMessage()));
        for (Throwable cause = failure.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            reason.append(" | caused by ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
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
    public record SourceRecord(String topic, int partition, long offset) {
    }
}
