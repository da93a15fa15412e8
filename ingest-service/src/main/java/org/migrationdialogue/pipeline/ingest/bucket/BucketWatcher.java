package org.migrationdialogue.pipeline.ingest.bucket;

/** What turns bucket changes into upload events in the background: the scanner, or the reconciler of notifications. */
public interface BucketWatcher extends Runnable {

    /** How it watches, for the health details, e.g. "watching". */
    String mode();

    /** Ends {@link #run()} soon. */
    void stop();
}
