package org.migrationdialogue.pipeline.ingest.bucket;

import java.time.Instant;

/**
 * One object of a bucket as listed.
 *
 * @param etag identifies this version of the object (S3's ETag; size and modification time for a folder)
 */
public record BucketObject(String key, long size, String etag, String contentType, Instant lastModified) {}
