package org.migrationdialogue.pipeline.common.service;

import java.util.Optional;

/** The lifecycle every service shares: start, report health, stop gracefully. */
public interface Service extends AutoCloseable {

    /** The service's name in logs and health answers, e.g. {@code ingest-service}. */
    String name();

    /** Starts the work; returns once the service runs (its loops run on their own threads). */
    void start();

    /** A snapshot of the service's health, cheap to take. */
    Health health();

    /**
     * Why the service stopped working for good, if it did (a fatal error, a loop that died, a Kafka Streams client
     * in error): {@link ServiceRunner} then closes it and exits with a non-zero code, so that the supervisor
     * restarts the process and it resumes from its committed offsets.
     */
    Optional<String> failure();

    /** Stops gracefully: finishes or hands back in-flight work, commits what is done, releases clients. */
    @Override
    void close();
}
