package org.migrationdialogue.pipeline.common.topics;

/** Header names of a record on {@code reports.dlq}; the record keeps the failed key and value as they were. */
public final class DeadLetterHeaders {

    /** Which stage failed: {@code ingest.fetch}, {@code ingest.extract}, {@code enrich}, {@code index}, ... */
    public static final String STAGE = "dlq.stage";
    /** The fully qualified class of the error. */
    public static final String ERROR_CLASS = "dlq.error.class";
    /** A human-readable reason. */
    public static final String ERROR_MESSAGE = "dlq.error.message";
    /** Where the failed record came from. */
    public static final String SOURCE_TOPIC = "dlq.source.topic";
    public static final String SOURCE_PARTITION = "dlq.source.partition";
    public static final String SOURCE_OFFSET = "dlq.source.offset";

    private DeadLetterHeaders() {
    }
}
