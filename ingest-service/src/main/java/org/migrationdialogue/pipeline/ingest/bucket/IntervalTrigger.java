package org.migrationdialogue.pipeline.ingest.bucket;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Scans at a fixed interval: for buckets that send no notifications. */
public final class IntervalTrigger implements ScanTrigger {

    private final CountDownLatch closed = new CountDownLatch(1);

    @Override
    public boolean await(Duration atMost) throws InterruptedException {
        return !closed.await(atMost.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        closed.countDown();
    }
}
