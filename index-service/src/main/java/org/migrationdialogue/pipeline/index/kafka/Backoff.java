package org.migrationdialogue.pipeline.index.kafka;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Exponential backoff between retries, cut short when the service stops. */
final class Backoff {

    private static final Duration FIRST = Duration.ofMillis(200);
    private static final Duration MAX = Duration.ofSeconds(15);

    private final CountDownLatch stopping;
    private Duration next = FIRST;

    Backoff(CountDownLatch stopping) {
        this.stopping = stopping;
    }

    /** Waits before the next try; returns false when the service is stopping instead. */
    boolean pause() {
        try {
            boolean stopped = stopping.await(next.toMillis(), TimeUnit.MILLISECONDS);
            next = next.multipliedBy(2).compareTo(MAX) > 0 ? MAX : next.multipliedBy(2);
            return !stopped;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void reset() {
        next = FIRST;
    }
}
