package org.migrationdialogue.pipeline.ingest.bucket;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.migrationdialogue.pipeline.common.events.UploadEvent;
import org.migrationdialogue.pipeline.common.topics.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For a bucket that publishes its own event notifications (MinIO, S3): lists the bucket at start and then at an
 * interval, and publishes what the notifications missed (e.g. uploads while Kafka was down and MinIO could not queue
 * them), and only that: objects whose version {@code reports.uploaded} already announced are not published again.
 */
public final class BucketReconciler implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(BucketReconciler.class);

    private final Bucket bucket;
    private final UploadHistory history;
    private final UploadPublisher publisher;
    private final Clock clock;
    private final Duration interval;
    private final Reconciliation.Rules rules;
    private final CountDownLatch stopped = new CountDownLatch(1);

    public BucketReconciler(
            Bucket bucket,
            UploadHistory history,
            UploadPublisher publisher,
            Clock clock,
            Duration interval,
            Reconciliation.Rules rules) {
        this.bucket = bucket;
        this.history = history;
        this.publisher = publisher;
        this.clock = clock;
        this.interval = interval;
        this.rules = rules;
    }

    @Override
    public void run() {
        try (history) {
            do {
                reconcileOnce();
            } while (!stopped.await(interval.toMillis(), TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One reconciliation; returns how many missed events it published. */
    int reconcileOnce() {
        Reconciliation.Missed missed;
        try {
            missed = Reconciliation.missed(
                    bucket.name(), history.announced(), bucket.list().objects(), rules, clock.instant());
        } catch (Exception e) {
            LOG.warn(
                    "Cannot reconcile bucket {} with {}: {}; trying again in {} s",
                    bucket.name(),
                    Topics.UPLOADED.name(),
                    e.getMessage(),
                    interval.toSeconds());
            return 0;
        }
        if (missed.heldDeletes() > 0) {
            LOG.warn(
                    "Bucket {}: {} objects announced on {} are missing from the listing; not publishing so many deletes "
                            + "at once (the bucket's own notifications announce real deletes)",
                    bucket.name(),
                    missed.heldDeletes(),
                    Topics.UPLOADED.name());
        }
        int published = 0;
        for (UploadEvent event : missed.events()) {
            try {
                publisher.publish(event);
                published++;
                LOG.info(
                        "Bucket {}: {} {} (its notification never reached {})",
                        bucket.name(),
                        event.event().name().toLowerCase(Locale.ROOT),
                        event.key(),
                        Topics.UPLOADED.name());
            } catch (Exception e) {
                LOG.warn(
                        "Cannot publish {} of {}: {}; trying again at the next reconciliation",
                        event.event(),
                        event.key(),
                        e.getMessage());
                break;
            }
        }
        return published;
    }

    /** How it watches, for the health details. */
    public String mode() {
        return "reconciling every " + interval.toSeconds() + " s (bucket notifications)";
    }

    /** Ends {@link #run()} soon. */
    public void stop() {
        stopped.countDown();
    }
}
