package org.migrationdialogue.pipeline.ingest.bucket;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/** The upload bucket: a local folder by default, an S3-compatible bucket in production. */
public interface Bucket extends AutoCloseable {

    String name();

    /** Every object now in the bucket that is a candidate report (no hidden or temporary files). */
    List<BucketObject> list() throws IOException;

    /** The object's current version, or empty when it is gone. */
    Optional<BucketObject> head(String key) throws IOException;

    /** The object's bytes; the caller closes the stream. */
    InputStream open(String key) throws IOException;

    /** Whether objects may still be growing when listed (a folder: yes; S3 writes whole objects: no). */
    boolean needsSettling();

    /** Releases the bucket's client, if it has one. */
    @Override
    default void close() {
        // a folder holds nothing open
    }
}
