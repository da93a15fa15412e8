package org.migrationdialogue.pipeline.ingest.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.common.errors.SerializationException;
import org.migrationdialogue.pipeline.common.events.S3EventNotification;
import org.migrationdialogue.pipeline.common.events.UploadEvent;
import org.migrationdialogue.pipeline.common.serde.Json;
import org.migrationdialogue.pipeline.ingest.bucket.S3Bucket;

/**
 * Reads a record of {@code reports.uploaded}: our own upload event, or an S3 event notification ({@code Records[]})
 * as AWS S3 and MinIO publish it.
 */
public final class UploadEvents {

    private UploadEvents() {}

    /**
     * The upload events of a record: none for a notification only about objects that are not reports (hidden,
     * temporary, folder markers), which polling would not see either.
     *
     * @throws SerializationException with a clear reason when the bytes are neither format
     */
    public static List<UploadEvent> parse(String topic, byte[] value) {
        if (value == null) {
            throw new SerializationException("Empty record on " + topic + ": an upload event has a value");
        }
        JsonNode tree = readTree(topic, value);
        if (!tree.isObject()) {
            throw new SerializationException("Malformed upload event on topic " + topic + ": not a JSON object");
        }
        if (tree.has("Records")) {
            return fromNotification(topic, tree);
        }
        UploadEvent event = convert(topic, tree, UploadEvent.class);
        if (event.event() == null
                || event.bucket() == null
                || event.key() == null
                || event.key().isEmpty()) {
            throw new SerializationException(
                    "Malformed UploadEvent on topic " + topic + ": event, bucket and a non-empty key are required");
        }
        return List.of(event);
    }

    private static List<UploadEvent> fromNotification(String topic, JsonNode tree) {
        S3EventNotification notification = convert(topic, tree, S3EventNotification.class);
        List<UploadEvent> events = notification.records().stream()
                .map(record -> fromRecord(topic, record))
                .filter(Objects::nonNull)
                .toList();
        if (events.isEmpty()) {
            throw new SerializationException(
                    "S3 event notification on " + topic + " has no object created or removed record");
        }
        return events.stream().filter(event -> S3Bucket.isReport(event.key())).toList();
    }

    private static UploadEvent fromRecord(String topic, S3EventNotification.S3Record record) {
        if (record.eventName() == null
                || record.s3() == null
                || record.s3().object() == null
                || record.s3().bucket() == null) {
            return null;
        }
        String bucket = record.s3().bucket().name();
        String key = decodeKey(topic, record.s3().object().key());
        Instant at = instant(record.eventTime());
        if (record.eventName().contains("ObjectCreated")) {
            S3EventNotification.S3Object object = record.s3().object();
            return UploadEvent.created(
                    bucket, key, object.size() == null ? -1 : object.size(), object.eTag(), object.contentType(), at);
        }
        return record.eventName().contains("ObjectRemoved") ? UploadEvent.deleted(bucket, key, at) : null;
    }

    /** S3 sends keys URL encoded ("red+flower.jpg"); a key that is missing, empty or badly encoded is malformed. */
    private static String decodeKey(String topic, String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            throw new SerializationException(
                    "S3 event notification on " + topic + " has a record without an object key");
        }
        try {
            return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new SerializationException(
                    "S3 event notification on " + topic + " has an object key that is not " + "URL encoded: '" + encoded
                            + "' (" + e.getMessage() + ")",
                    e);
        }
    }

    private static Instant instant(String text) {
        try {
            return text == null ? Instant.now() : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return Instant.now();
        }
    }

    private static JsonNode readTree(String topic, byte[] value) {
        try {
            return Json.mapper().readTree(value);
        } catch (IOException e) {
            throw new SerializationException("Malformed upload event on topic " + topic + ": " + e.getMessage(), e);
        }
    }

    private static <T> T convert(String topic, JsonNode tree, Class<T> type) {
        try {
            return Json.mapper().treeToValue(tree, type);
        } catch (IOException | IllegalArgumentException e) {
            throw new SerializationException(
                    "Malformed " + type.getSimpleName() + " on topic " + topic + ": " + e.getMessage(), e);
        }
    }
}
