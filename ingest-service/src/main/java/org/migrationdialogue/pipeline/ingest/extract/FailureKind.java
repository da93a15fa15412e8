package org.migrationdialogue.pipeline.ingest.extract;

/** How the pipeline should treat a failed extraction. */
public enum FailureKind {
    /** The object itself is bad (corrupt, encrypted, unsupported, empty, too big, a bomb, too slow): never retry. */
    POISON,
    /** Reading the object failed (bucket or network I/O): retry later. */
    RETRIABLE,
    /** The service is misconfigured (no worker JVM, missing parsers): retrying will not help, an operator must. */
    FATAL
}
