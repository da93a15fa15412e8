package org.migrationdialogue.pipeline.common.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The S3 event notification format ({@code Records[]}) that AWS S3 and MinIO publish; MinIO can send it straight
 * to {@code reports.uploaded}. Only the fields the pipeline uses are mapped; field names follow AWS (camelCase).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record S3EventNotification(@JsonProperty("Records") List<S3Record> records) {

    public S3EventNotification {
        records = records == null ? List.of() : List.copyOf(records);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record S3Record(
            @JsonProperty("eventName") String eventName,
            @JsonProperty("eventTime") String eventTime,
            @JsonProperty("s3") S3Entity s3) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record S3Entity(
            @JsonProperty("bucket") Bucket bucket,
            @JsonProperty("object") S3Object object) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Bucket(@JsonProperty("name") String name) {}

    /** Object keys in notifications are URL-encoded (spaces as '+'). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record S3Object(
            @JsonProperty("key") String key,
            @JsonProperty("size") Long size,
            @JsonProperty("eTag") String eTag,
            @JsonProperty("contentType") String contentType) {}
}
