package org.migrationdialogue.pipeline.ingest.kafka;

import java.nio.charset.StandardCharsets;

/**
 * An S3 event notification exactly as MinIO publishes it to Kafka (its {@code Log} body: {@code EventName},
 * {@code Key}, {@code Records[]}), for one object.
 *
 * @param bucket     the bucket's name
 * @param key        the object key
 * @param encodedKey the object key as MinIO writes it in {@code Records[].s3.object.key}: URL query encoded
 *                   (spaces as '+', '/' as %2F)
 */
public record MinioNotification(String bucket, String key, String encodedKey) {

    private static final String LOG = """
            {"EventName":"%1$s","Key":"%2$s/%3$s","Records":[{"eventVersion":"2.0","eventSource":"minio:s3",\
            "awsRegion":"","eventTime":"2026-11-26T22:40:31.517Z","eventName":"%1$s",\
            "userIdentity":{"principalId":"minioadmin"},\
            "requestParameters":{"principalId":"minioadmin","region":"","sourceIPAddress":"172.18.0.1"},\
            "responseElements":{"x-amz-id-2":"dd9025bab4ad464b049177c95eb6ebf374d3b3fd1af9251148b658df7ac2e3e8",\
            "x-amz-request-id":"187B9F2A6C3D1E04","x-minio-deployment-id":"5f3e2b1a-7c4d-4e8f-9a0b-1c2d3e4f5a6b",\
            "x-minio-origin-endpoint":"http://172.18.0.2:9000"},\
            "s3":{"s3SchemaVersion":"1.0","configurationId":"Config",\
            "bucket":{"name":"%2$s","ownerIdentity":{"principalId":"minioadmin"},"arn":"arn:aws:s3:::%2$s"},\
            "object":{"key":"%4$s",%5$s"sequencer":"187B9F2A6C4E7A10"}},\
            "source":{"host":"172.18.0.1","port":"","userAgent":"MinIO (linux; amd64) minio-go/v7.0.95 mc/RELEASE.2025-08-13T08-35-41Z"}}]}""";

    /** {@code s3:ObjectCreated:Put}, with the object's size, ETag (MinIO writes it without quotes) and type. */
    public byte[] created(long size, String etag, String contentType) {
        String object = """
                "size":%d,"eTag":"%s","contentType":"%s","userMetadata":{"content-type":"%s"},""".formatted(size, etag.replace("\"", ""), contentType, contentType);
        return log("s3:ObjectCreated:Put", object);
    }

    /** {@code s3:ObjectRemoved:Delete}: MinIO sends only the key and the sequencer of a removed object. */
    public byte[] removed() {
        return log("s3:ObjectRemoved:Delete", "");
    }

    /** The Kafka key MinIO gives the record: {@code <bucket>/<object key>}, the key decoded. */
    public String kafkaKey() {
        return bucket + "/" + key;
    }

    private byte[] log(String eventName, String objectFields) {
        return LOG.formatted(eventName, bucket, key, encodedKey, objectFields).getBytes(StandardCharsets.UTF_8);
    }
}
