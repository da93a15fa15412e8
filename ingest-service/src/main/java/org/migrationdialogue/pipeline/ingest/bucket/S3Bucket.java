package org.migrationdialogue.pipeline.ingest.bucket;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/** An S3-compatible bucket (AWS S3, MinIO, S3Proxy) through the AWS SDK v2. */
public final class S3Bucket implements Bucket {

    private static final int BAD_REQUEST = 400;
    private static final int FORBIDDEN = 403;
    private static final int NOT_FOUND = 404;

    private final S3Client client;
    private final String name;

    public S3Bucket(S3Client client, String name) {
        this.client = client;
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Listing list() throws IOException {
        try {
            return Listing.of(client.listObjectsV2Paginator(request -> request.bucket(name)).contents().stream()
                    .filter(object -> isReport(object.key()))
                    .map(S3Bucket::toBucketObject)
                    .toList());
        } catch (SdkException e) {
            throw new IOException("Cannot list bucket " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Whether an object of an S3 bucket is a report upload: a candidate key ({@link ObjectKeys#isCandidate}) that is
     * no folder marker (S3 consoles create "2014/"-like empty objects for folders; isCandidate lets them through).
     * The listing applies it, and so must readers of the bucket's event notifications.
     */
    public static boolean isReport(String key) {
        return !key.endsWith("/") && ObjectKeys.isCandidate(key);
    }

    private static BucketObject toBucketObject(S3Object object) {
        return new BucketObject(object.key(), object.size(), object.eTag(), null, object.lastModified());
    }

    @Override
    public Optional<BucketObject> head(String key) throws IOException {
        try {
            HeadObjectResponse head =
                    client.headObject(request -> request.bucket(name).key(key));
            return Optional.of(
                    new BucketObject(key, head.contentLength(), head.eTag(), head.contentType(), head.lastModified()));
        } catch (S3Exception e) {
            return switch (e.statusCode()) {
                case NOT_FOUND -> absentUnlessBucketMissing();
                case FORBIDDEN -> throw forbidden(key, e);
                case BAD_REQUEST ->
                    throw new IllegalArgumentException(
                            "Object key '" + key + "' is not valid in bucket " + name + ": " + e.getMessage(), e);
                default -> throw new IOException("Cannot read " + name + "/" + key + ": " + e.getMessage(), e);
            };
        } catch (SdkException e) {
            throw new IOException("Cannot reach bucket " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * A HEAD answered 404 carries no body, so it does not say whether the object or the bucket is missing. A missing
     * bucket (wrong name or endpoint) is an error: it must not pass for objects deleted before they were read.
     */
    private Optional<BucketObject> absentUnlessBucketMissing() throws IOException {
        try {
            client.headBucket(request -> request.bucket(name));
            return Optional.empty();
        } catch (NoSuchBucketException e) {
            throw new IOException("Bucket " + name + " does not exist", e);
        } catch (SdkException e) {
            throw new IOException("Cannot reach bucket " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * A 403 on one object, while the bucket itself answers with these credentials, is that object's (a bucket policy
     * or an object ACL that denies it): a bad object. Denied on the bucket too, it is the credentials': an outage.
     */
    private IOException forbidden(String key, S3Exception denied) {
        try {
            client.headBucket(request -> request.bucket(name));
            return new UnreadableObjectException(
                    name + "/" + key,
                    "access denied (HTTP 403) to this object, while bucket " + name + " answers these credentials",
                    denied);
        } catch (SdkException e) {
            return new IOException(
                    "Cannot read bucket " + name + " (access denied to " + key + ", and the bucket " + "answers: "
                            + e.getMessage() + ")",
                    denied);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        try {
            return client.getObject(request -> request.bucket(name).key(key));
        } catch (S3Exception e) {
            if (e.statusCode() == FORBIDDEN) {
                throw forbidden(key, e);
            }
            throw new IOException("Cannot read " + name + "/" + key + ": " + e.getMessage(), e);
        } catch (SdkException e) {
            throw new IOException("Cannot read " + name + "/" + key + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean needsSettling() {
        return false;
    }

    @Override
    public void close() {
        client.close();
    }
}
