package org.migrationdialogue.pipeline.ingest.bucket;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** A bucket of one test's own on a real S3 server, and the test's way to put and delete its objects. */
public record TestBucket(S3Client client, String name) {

    /** Creates a bucket with a unique name, so that tests never see each other's objects. */
    public static TestBucket create(S3Client client) {
        String name = "it-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        client.createBucket(request -> request.bucket(name));
        return new TestBucket(client, name);
    }

    /** Puts an object; returns its ETag as the server gives it. */
    public String put(String key, byte[] content, String contentType) {
        return client.putObject(
                        request -> request.bucket(name).key(key).contentType(contentType),
                        RequestBody.fromBytes(content))
                .eTag();
    }

    public String put(String key, String text) {
        return put(key, text.getBytes(StandardCharsets.UTF_8), "text/plain");
    }

    public void delete(String key) {
        client.deleteObject(request -> request.bucket(name).key(key));
    }
}
