package org.migrationdialogue.pipeline.common.events;

import java.time.Instant;

/**
 * A change in the upload bucket, on {@code reports.uploaded}; key {@code <bucket>/<object key>}.
 *
 * @param event        {@link Kind#CREATED} for a new or replaced object, {@link Kind#DELETED} for a removed one
 * @param size         object size in bytes (0 for a delete)
 * @param etag         the bucket's entity tag of this version, if known
 * @param contentType  media type declared by the bucket, if any
 * @param uploadedAt   when the bucket saw the change
 */
public record UploadEvent(
        Kind event, String bucket, String key, long size, String etag, String contentType, Instant uploadedAt) {

    public enum Kind {
        @com.fasterxml.jackson.annotation.JsonProperty("created")
        CREATED,
        @com.fasterxml.jackson.annotation.JsonProperty("deleted")
        DELETED
    }

    public static UploadEvent created(
            String bucket, String key, long size, String etag, String contentType, Instant uploadedAt) {
        return new UploadEvent(Kind.CREATED, bucket, key, size, etag, contentType, uploadedAt);
    }

    public static UploadEvent deleted(String bucket, String key, Instant deletedAt) {
        return new UploadEvent(Kind.DELETED, bucket, key, 0, null, null, deletedAt);
    }

    /** The Kafka key of this event: {@code <bucket>/<object key>}. */
    public String kafkaKey() {
        return bucket + "/" + key;
    }

    public SourceObject source() {
        return new SourceObject(bucket, key, etag, size, contentType, uploadedAt);
    }
}
