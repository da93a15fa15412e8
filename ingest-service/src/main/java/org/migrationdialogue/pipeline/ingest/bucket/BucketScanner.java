package org.migrationdialogue.pipeline.ingest.bucket;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.migrationdialogue.pipeline.common.events.UploadEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns bucket changes into upload events: scans at start (what arrived while the service was down), then whenever
 * the trigger fires, publishes created events for new or changed complete objects, deleted events for removed ones
 * (a mass delete only once confirmed) and dead letters for entries that cannot be read, and checkpoints what it
 * published. A wake scans only the files the trigger names, when it names them, so a change costs the same in a
 * bucket of 20,000 reports as in an empty one; the whole bucket is listed at start, when the trigger cannot say what
 * changed (an interval trigger never can: each of its wakes lists everything), while deletes are held and after a
 * failure. A bucket that cannot be listed publishes nothing until it can. Anything else that goes wrong (the checkpoint
 * cannot be written) stops the scanner, which {@link #status()} reports, and the service exits.
 */
public final class BucketScanner implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(BucketScanner.class);
    /** The longest wait before trying again after a listing or a publication failed. */
    private static final Duration RETRY = Duration.ofSeconds(5);

    private final Bucket bucket;
    private final Checkpoint checkpoint;
    private final ScanTrigger trigger;
    private final UploadPublisher publisher;
    private final ProblemPublisher problems;
    private final DeleteConfirmation confirmation;
    private final Clock clock;
    private final BucketChanges.Rules rules;
    private final Duration interval;
    private final Set<String> confirmed = new HashSet<>();
    private final Map<String, Sighting> seen = new HashMap<>();
    /** Whether the last scan left something to do again at once (a publication failed). */
    private boolean failed;

    private volatile String bucketError;
    private volatile HeldDeletes held;
    private volatile Instant heldSince;
    private volatile Throwable fatal;

    /** What the scanner says about itself, for health. */
    public record Status(
            String bucketError, HeldDeletes held, Instant heldSince, Path confirmationFile, Throwable fatal) {}

    public BucketScanner(
            Bucket bucket,
            Checkpoint checkpoint,
            ScanTrigger trigger,
            UploadPublisher publisher,
            ProblemPublisher problems,
            DeleteConfirmation confirmation,
            Clock clock,
            BucketChanges.Rules rules,
            Duration interval) {
        this.bucket = bucket;
        this.checkpoint = checkpoint;
        this.trigger = trigger;
        this.publisher = publisher;
        this.problems = problems;
        this.confirmation = confirmation;
        this.clock = clock;
        this.rules = bucket.needsSettling() ? rules : new BucketChanges.Rules(Duration.ZERO, rules.guard());
        this.interval = interval;
    }

    @Override
    public void run() {
        try {
            List<String> unsettled = scanOnce();
            while (true) {
                Optional<ScanTrigger.Wake> wake = trigger.await(nextWait(unsettled));
                if (wake.isEmpty()) {
                    return;
                }
                unsettled = next(wake.get(), unsettled);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            fatal = e;
            LOG.error("Bucket scanner of {} stopped: {}", bucket.name(), e.getMessage(), e);
        }
    }

    private Duration nextWait(List<String> unsettled) {
        if (!unsettled.isEmpty()) {
            return rules.settle();
        }
        return bucketError != null || failed ? min(interval, RETRY) : interval;
    }

    private static Duration min(Duration one, Duration other) {
        return one.compareTo(other) <= 0 ? one : other;
    }

    /**
     * The scan a wake calls for: of the files it names and those still settling, or of everything (the interval
     * passed, or the trigger cannot say, or the state of the last scan is not one a scan of a few files may judge).
     */
    private List<String> next(ScanTrigger.Wake wake, List<String> unsettled) {
        boolean everything = wake.kind() == ScanTrigger.Wake.Kind.ANYTHING
                || wake.kind() == ScanTrigger.Wake.Kind.TIMED_OUT && unsettled.isEmpty()
                || bucketError != null
                || failed
                || held != null;
        if (everything) {
            return scanOnce();
        }
        Set<String> keys = new HashSet<>(unsettled);
        keys.addAll(wake.keys());
        return scanKeys(keys);
    }

    /** One scan of the whole bucket; returns the objects still settling. */
    List<String> scanOnce() {
        Listing listing;
        try {
            listing = bucket.list();
        } catch (IOException e) {
            listingFailed(String.valueOf(e.getMessage()));
            return List.of();
        }
        Map<String, Sighting> before = Map.copyOf(seen);
        seen.clear();
        return apply(listing, checkpoint.published(), before);
    }

    /** One scan of these files only (the whole bucket when the bucket cannot judge them one by one). */
    List<String> scanKeys(Collection<String> keys) {
        Optional<Listing> listing;
        try {
            listing = bucket.list(keys);
        } catch (IOException e) {
            listingFailed(String.valueOf(e.getMessage()));
            return List.of();
        }
        if (listing.isEmpty()) {
            return scanOnce();
        }
        Map<String, Sighting> before = new HashMap<>();
        for (String key : keys) {
            Sighting sighting = seen.remove(key);
            if (sighting != null) {
                before.put(key, sighting);
            }
        }
        return apply(listing.get(), checkpoint.published(keys), before);
    }

    /** Publishes what a listing changed against what was published; returns the objects still settling. */
    private List<String> apply(Listing listing, BucketChanges.Published published, Map<String, Sighting> before) {
        if (bucketError != null) {
            LOG.info("Bucket {} can be listed again", bucket.name());
            bucketError = null;
        }
        takeConfirmation();
        BucketChanges.Plan plan = BucketChanges.plan(
                bucket.name(), published, before, listing, rules, clock.instant(), Set.copyOf(confirmed));
        failed = false;
        boolean changed = deadLetterAll(plan.deadLetters());
        plan.resolved().forEach(checkpoint::resolved);
        changed |= !plan.resolved().isEmpty();
        changed |= publishAll(plan.events());
        if (changed) {
            checkpoint.save();
        }
        confirmed.retainAll(checkpoint.published().created().keySet());
        hold(plan.held());
        seen.putAll(plan.seen());
        return plan.unsettled();
    }

    private void listingFailed(String error) {
        if (!error.equals(bucketError)) {
            LOG.error(
                    "Cannot list bucket {}: {}; nothing is published, no delete either, until it can be listed",
                    bucket.name(),
                    error);
        }
        bucketError = error;
    }

    /** A confirmation counts for the deletes held when it was given (their token); it is used once. */
    private void takeConfirmation() {
        String token = confirmation.token();
        if (token == null) {
            return;
        }
        HeldDeletes current = held;
        if (current != null && current.token().equals(token)) {
            confirmed.addAll(current.keys());
            LOG.warn(
                    "Bucket {}: the {} held deletes were confirmed; publishing them",
                    bucket.name(),
                    current.keys().size());
        } else {
            LOG.warn(
                    "Bucket {}: a delete confirmation names {}, but {}; ignored (confirm again)",
                    bucket.name(),
                    token,
                    current == null ? "no deletes are held" : "the deletes held now are " + current.token());
        }
        confirmation.clear();
    }

    private void hold(HeldDeletes now) {
        HeldDeletes before = held;
        if (now != null && (before == null || !before.token().equals(now.token()))) {
            heldSince = clock.instant();
            LOG.warn(
                    "Bucket {}: {} of the {} objects published are gone at once; their deletes are held until "
                            + "confirmed (./pipeline confirm-deletes, or token {} written to {}); the first: {}",
                    bucket.name(),
                    now.keys().size(),
                    now.published(),
                    now.token(),
                    confirmation.file(),
                    now.keys().subList(0, Math.min(5, now.keys().size())));
        } else if (now == null && before != null) {
            heldSince = null;
            LOG.info("Bucket {}: no deletes are held any more", bucket.name());
        }
        held = now;
    }

    /** Dead-letters each problem once; false when none was. */
    private boolean deadLetterAll(List<ListingProblem> due) {
        for (ListingProblem problem : due) {
            try {
                problems.publish(bucket.name(), problem);
            } catch (Exception e) {
                LOG.warn("Cannot dead-letter {}: {}; trying again at the next scan", problem.key(), e.getMessage());
                failed = true;
                return problem != due.getFirst();
            }
            checkpoint.deadLettered(problem.key(), problem.version());
            LOG.warn("Bucket {}: {} {}; dead-lettered", bucket.name(), problem.key(), problem.reason());
        }
        return !due.isEmpty();
    }

    /** Publishes the events in order, up to the first that fails; false when none was published. */
    private boolean publishAll(List<UploadEvent> events) {
        for (UploadEvent event : events) {
            try {
                publisher.publish(event);
            } catch (Exception e) {
                failed = true;
                LOG.warn(
                        "Cannot publish {} of {}: {}; trying again at the next scan",
                        event.event(),
                        event.key(),
                        e.getMessage());
                return event != events.getFirst();
            }
            if (event.event() == UploadEvent.Kind.CREATED) {
                checkpoint.created(event.key(), event.etag());
            } else {
                checkpoint.deleted(event.key());
            }
            LOG.info("Bucket {}: {} {}", bucket.name(), event.event().name().toLowerCase(Locale.ROOT), event.key());
        }
        return !events.isEmpty();
    }

    public Status status() {
        return new Status(bucketError, held, heldSince, confirmation.file(), fatal);
    }

    public void stop() {
        trigger.close();
    }
}
