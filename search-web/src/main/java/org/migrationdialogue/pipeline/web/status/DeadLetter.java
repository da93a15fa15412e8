package org.migrationdialogue.pipeline.web.status;

import java.time.Instant;

/**
 * One record of {@code reports.dlq}, as the page shows it.
 *
 * @param key    the failed record's key: {@code <bucket>/<object key>} for the ingest stages, the report id after
 * @param stage  where it failed ({@code ingest.extract}, {@code enrich}, …)
 * @param reason the human-readable reason
 */
public record DeadLetter(String key, String stage, String errorClass, String reason, String sourceTopic, Instant at) {}
