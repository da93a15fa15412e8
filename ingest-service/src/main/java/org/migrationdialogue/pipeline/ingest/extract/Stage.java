package org.migrationdialogue.pipeline.ingest.extract;

/** Where an extraction failed. */
public enum Stage {
    /** Reading the object from its source into a local spool file; size limits. */
    READ,
    /** Detecting the media type from the content. */
    DETECT,
    /** Parsing with Tika, in the worker process. */
    PARSE,
    /** Cleaning the extracted text; a document without readable text fails here. */
    CLEAN,
    /** Starting or talking to a worker process. */
    WORKER
}
