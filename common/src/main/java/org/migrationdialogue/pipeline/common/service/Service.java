package org.migrationdialogue.pipeline.common.service;

/** The lifecycle every service shares: start, report health, stop gracefully. */
public interface Service extends AutoCloseable {

    /** The service's name in logs and health answers, e.g. {@code ingest-service}. */
    String name();

    /** Starts the work; returns once the service runs (its loops run on their own threads). */
    void start();

    /** A snapshot of the service's health, cheap to take. */
    Health health();

    /** Stops gracefully: finishes or hands back in-flight work, commits what is done, releases clients. */
    @Override
    void close();
}
