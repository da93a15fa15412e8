package org.migrationdialogue.pipeline.common.events;

import java.time.Instant;

/** The bucket object a report was extracted from. */
public record SourceObject(String bucket, String key, String etag, long size, String contentType, Instant uploadedAt) {}
