package org.migrationdialogue.pipeline.ingest.bucket;

import java.time.Instant;

/**
 * When the scanner first saw this version of an object: an object seen unchanged for the settle time is complete,
 * whatever its modification time says (a time in the future never passes).
 */
public record Sighting(String etag, Instant firstSeen) {}
