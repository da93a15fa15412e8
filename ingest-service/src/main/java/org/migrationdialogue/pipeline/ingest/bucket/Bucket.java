package org.migrationdialogue.pipeline.ingest.bucket;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.Optional;

/** The upload bucket: a local folder by default, an S3-compatible bucket in production. */
public interface Bucket extends AutoCloseable {

    String name();

    /**
     * Every object now in the bucket that is a candidate report (no hidden or temporary files), and the entries that
     * are there but cannot be read as one.
     *
     * @throws IOException when the bucket itself cannot be listed (missing, not a folder, unreadable, unreachable):
     *                     then nothing may be concluded about its objects, least of all that they were deleted
     */
    Listing list() throws IOException;

    /**
     * The listing restricted to these keys (files, not folders): each that is a candidate report now, or a problem;
     * a key that is gone is not in it. Empty when these keys cannot be judged one by one (a bucket without a cheaper
     * way than {@link #list()}, or a key whose way from the root cannot be read): then everything must be listed.
     *
     * @throws IOException as {@link #list()}, when the bucket itself cannot be listed
     */
    default Optional<Listing> list(Collection<String> keys) throws IOException {
        return Optional.empty();
    }

    /**
     * The object's current version, or empty when it is gone.
     *
     * @throws UnreadableObjectException when this object cannot be read while the bucket can
     * @throws IOException               when the bucket cannot be reached
     */
    Optional<BucketObject> head(String key) throws IOException;

    /** The object's bytes; the caller closes the stream. Throws as {@link #head}. */
    InputStream open(String key) throws IOException;

    /** Whether objects may still be growing when listed (a folder: yes; S3 writes whole objects: no). */
    boolean needsSettling();

    /** Releases the bucket's client, if it has one. */
    @Override
    default void close() {
        // a folder holds nothing open
    }
}
