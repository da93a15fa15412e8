package org.migrationdialogue.pipeline.ingest.extract;

/** Extracts clean text and metadata from bucket objects. Thread-safe; close to release workers. */
public interface Extractor extends AutoCloseable {

    /** Never throws for a bad object: every outcome is a value. */
    ExtractionResult extract(ObjectContent content);

    @Override
    void close();
}
