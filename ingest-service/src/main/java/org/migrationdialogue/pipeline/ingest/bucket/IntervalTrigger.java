package org.migrationdialogue.pipeline.ingest.bucket;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Scans at a fixed interval: for buckets that send no notifications (each wake is a time-out: list everything). */
public final class IntervalTrigger implements ScanTrigger {

    private final CountDownLatch closed = new CountDownLatch(1);

    @Override
    public Optional<Wake> await(Duration atMost) throws InterruptedException {
        return closed.await(atMost.toMillis(), TimeUnit.MILLISECONDS) ? Optional.empty() : Optional.of(Wake.timedOut());
    }

    @Override
    public void close() {
        closed.countDown();
    }
}
