package org.migrationdialogue.pipeline.ingest.bucket;

import java.io.IOException;

/**
 * One object cannot be read for a reason of its own (permission denied, a name too long, a path through a file or a
 * symbolic link, an S3 403 on this key only) while the bucket itself answers: a bad object, to dead-letter, not an
 * outage to wait for.
 */
public final class UnreadableObjectException extends IOException {

    public UnreadableObjectException(String key, String reason, Throwable cause) {
        super("cannot read " + key + ": " + reason, cause);
    }
}
