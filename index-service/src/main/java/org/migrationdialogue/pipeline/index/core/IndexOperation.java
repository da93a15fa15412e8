package org.migrationdialogue.pipeline.index.core;

/** One write of a bulk request, with the Kafka record it comes from (for the dead-letter topic on rejection). */
public sealed interface IndexOperation {

    String alias();

    String documentId();

    SourceOffset source();

    /** Index (create or overwrite) a document. */
    record Put(String alias, String documentId, Object document, SourceOffset source) implements IndexOperation {}

    /** Delete a document; deleting one that is not there is fine. */
    record Delete(String alias, String documentId, SourceOffset source) implements IndexOperation {}

    /** Where the Kafka record behind an operation was read. */
    record SourceOffset(String topic, int partition, long offset) {}
}
