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
    /**
     * Present when the failed value was too large to fit in a dead letter beside its headers: the value's full
     * length in bytes (the dead letter holds its first bytes).
     */
    public static final String VALUE_TRUNCATED = "dlq.value.truncated";

    private DeadLetterHeaders() {}
}
