package org.migrationdialogue.pipeline.index.core;

import java.time.Duration;
import java.time.Instant;

/**
 * Whether a bulk write should also refresh the index: yes when nothing was written for at least {@link #QUIET}, so a
 * report uploaded into an idle pipeline is searchable as soon as it is written rather than at the next periodic
 * refresh (up to a second later); no under a steady flow, where the periodic refresh already shows new documents
 * every second and forced refreshes would only make more small segments to merge. Pure: the caller gives the time.
 * Used by one thread.
 */
public final class RefreshPolicy {

    /**
     * Longer than the gaps between the writes of a steady flow (the loop writes as records arrive, every 100 to 200 ms
     * under load), shorter than the time between two uploads a user waits for one by one (a third of a second at
     * best: with a second, every second and third of back-to-back uploads waited for the periodic refresh).
     */
    public static final Duration QUIET = Duration.ofMillis(300);

    private Instant lastWrite;

    /** Records a write at {@code now}; true when it should refresh the index. */
    public boolean refreshOnWrite(Instant now) {
        boolean quiet = lastWrite == null || !lastWrite.plus(QUIET).isAfter(now);
        lastWrite = now;
        return quiet;
    }
}
