package org.migrationdialogue.pipeline.ingest.bucket;

import org.migrationdialogue.pipeline.common.events.UploadEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns bucket changes into upload events: scans at start (what arrived while the service was down), then whenever
 * the trigger fires, publishes created events for new or changed complete objects and deleted events for removed
 * ones, and checkpoints what it published.
 */
public final class BucketScanner implements BucketWatcher {

    private static final Logger LOG = LoggerFactory.getLogger(BucketScanner.class);

    private final Bucket bucket;
    private final Checkpoint checkpoint;
    private final ScanTrigger trigger;
    private final UploadPublisher publisher;
    private final Clock clock;
    private final Duration settle;
    private final Duration interval;
    private Map<String, BucketObject> previous = Map.of();

    public BucketScanner(Bucket bucket, Checkpoint checkpoint, ScanTrigger trigger, UploadPublisher publisher,
                         Clock clock, Duration settle, Duration interval) {
        this.bucket = bucket;
        this.checkpoint = checkpoint;
        this.trigger = trigger;
        this.publisher = publisher;
        this.clock = clock;
        this.settle = bucket.needsSettling() ? settle : Duration.ZERO;
        this.interval = interval;
    }

    @Override
    public void run() {
        try {
            boolean open = true;
            while (open) {
                boolean unsettled = scanOnce();
                open = trigger.await(unsettled ? settle : interval);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One scan; returns whether an object is still settling. */
    boolean scanOnce() {
        try {
            List<BucketObject> listing = bucket.list();
            List<UploadEvent> due = BucketChanges.due(bucket.name(), checkpoint.published(), previous, listing,
                    settle, clock.instant());
            publishAll(due);
            boolean unsettled = BucketChanges.anyUnsettled(checkpoint.published(), listing, previous, settle, clock.instant());
            previous = listing.stream().collect(Collectors.toMap(BucketObject::key, Function.identity()));
            return unsettled;
        } catch (IOException e) {
            LOG.warn("Cannot list bucket {}: {}; trying again", bucket.name(), e.getMessage());
            return true;
        }
    }

    private void publishAll(List<UploadEvent> events) {
        for (UploadEvent event : events) {
            try {
                publisher.publish(event);
            } catch (Exception e) {
                LOG.warn("Cannot publish {} of {}: {}; trying again at the next scan", event.event(), event.key(), e.getMessage());
                break;
            }
            if (event.event() == UploadEvent.Kind.CREATED) {
                checkpoint.created(event.key(), event.etag());
            } else {
                checkpoint.deleted(event.key());
            }
            LOG.info("Bucket {}: {} {}", bucket.name(), event.event().name().toLowerCase(java.util.Locale.ROOT), event.key());
        }
        if (!events.isEmpty()) {
            checkpoint.save();
        }
    }

    @Override
    public String mode() {
        return "watching";
    }

    @Override
    public void stop() {
        trigger.close();
    }
}
