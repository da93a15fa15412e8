package org.migrationdialogue.pipeline.index.core;

import java.time.Duration;
import java.time.Instant;

/**
 * Whether a bulk write should also refresh the index: yes when nothing was written for at least {@link #QUIET}, so a
 * report uploaded into an idle pipeline is searchable as soon as it is written rather than at the next periodic
 * refresh (up to a second later); no while reports keep coming, where the periodic refresh already shows new
 * documents every second. A forced refresh makes a segment of the few documents written since the last one, and the
 * small segments are merged again and again: refreshing every write of a flow of one report every 400 ms cost
 * Elasticsearch 164 ms of CPU a report, against 42 ms without (docs/benchmarks.md).
 *
 * <p>The same flow decides whether a batch waits for more reports before it is written ({@link #gatherUntil}): a bulk
 * request has a cost of its own in Elasticsearch (one report a bulk cost it 40 ms a report against 10–14 ms in bulks
 * of 100), so while reports keep coming a batch waits up to {@link #GATHER} for the next ones; a report uploaded into
 * an idle pipeline is written at once. Pure: the caller gives the time. Used by one thread.
 */
public final class RefreshPolicy {

    /**
     * Longer than the gaps between the writes of any flow the pipeline keeps up (with the statistical model on, one
     * report every 0.8 s), so that a flow never refreshes; the price is that of a user's uploads one after the other,
     * all but the first wait for the periodic refresh (up to a second).
     */
    public static final Duration QUIET = Duration.ofSeconds(2);

    /**
     * How long a batch of a flow waits for more reports: a few more reports a bulk at the rates the pipeline keeps up
     * (2–6 a second), and less than the periodic refresh that shows a flow's reports anyway (a second).
     */
    public static final Duration GATHER = Duration.ofMillis(500);

    private Instant lastWrite;

    /** Until when a batch polled at {@code now} waits for more reports: {@code now} itself unless a flow goes on. */
    public Instant gatherUntil(Instant now) {
        return flowing(now) ? now.plus(GATHER) : now;
    }

    /** Records a write at {@code now}; true when it should refresh the index. */
    public boolean refreshOnWrite(Instant now) {
        boolean quiet = !flowing(now);
        lastWrite = now;
        return quiet;
    }

    /** Whether reports keep coming: the last write was less than {@link #QUIET} before {@code now}. */
    private boolean flowing(Instant now) {
        return lastWrite != null && lastWrite.plus(QUIET).isAfter(now);
    }
}
