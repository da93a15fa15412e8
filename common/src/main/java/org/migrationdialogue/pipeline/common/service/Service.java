package org.migrationdialogue.pipeline.common.service;

/** The lifecycle every service shares: start, report health, stop gracefully. */
public interface Service extends AutoCloseable {

    /** The service's name in logs and health answers, e.g. {@code ingest-service}. */
    String name();

    /** Starts the work; returns once the service runs (its loops run on their own threads). */
    void start();

    /** A snapshot of the service's health, cheap to take. */
    Health health();

    /**
     * Whether the service stopped working for good (a fatal error): the process then exits with a non-zero code,
     * so a supervisor restarts it and it resumes from its committed offsets.
     */
    default boolean failed() {
        return false;
    }

    /** Stops gracefully: finishes or hands back in-flight work, commits what is done, releases clients. */
    @Override
    void close();
}
