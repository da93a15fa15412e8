package org.migrationdialogue.pipeline.ingest.bucket;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/** An S3-compatible bucket (AWS S3, MinIO, S3Proxy) through the AWS SDK v2. */
public final class S3Bucket implements Bucket {

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
    public List<BucketObject> list() throws IOException {
        try {
            return client.listObjectsV2Paginator(request -> request.bucket(name)).contents().stream()
                    .filter(object -> ObjectKeys.isCandidate(object.key()))
                    .map(S3Bucket::toBucketObject)
                    .toList();
        } catch (SdkException e) {
            throw new IOException("Cannot list bucket " + name + ": " + e.getMessage(), e);
        }
    }

    private static BucketObject toBucketObject(S3Object object) {
        return new BucketObject(object.key(), object.size(), object.eTag(), null, object.lastModified());
    }

    @Override
    public Optional<BucketObject> head(String key) throws IOException {
        try {
            HeadObjectResponse head = client.headObject(request -> request.bucket(name).key(key));
            return Optional.of(new BucketObject(key, head.contentLength(), head.eTag(), head.contentType(),
                    head.lastModified()));
        } catch (S3Exception e) {
            if (e.statusCode() == NOT_FOUND) {
                return Optional.empty();
            }
            throw new IOException("Cannot read " + name + "/" + key + ": " + e.getMessage(), e);
        } catch (SdkException e) {
            throw new IOException("Cannot reach bucket " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        try {
            return client.getObject(request -> request.bucket(name).key(key));
        } catch (SdkException e) {
            throw new IOException("Cannot read " + name + "/" + key + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean needsSettling() {
        return false;
    }
}
