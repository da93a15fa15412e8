package org.migrationdialogue.pipeline.ingest.bucket;

import java.time.Duration;

/** Tells the scanner when to look at the bucket again: after a change is noticed, or at the latest after a while. */
public interface ScanTrigger extends AutoCloseable {

    /** Blocks until a change is noticed or {@code atMost} passed; false when the trigger was closed. */
    boolean await(Duration atMost) throws InterruptedException;

    @Override
    void close();
}
