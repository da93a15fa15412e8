package org.migrationdialogue.pipeline.runtime.local;

import java.time.Duration;

/**
 * How long a supervisor waits before it starts a crashed service again: {@link #FIRST} after the first crash,
 * twice as long after each further crash, at most {@link #MAX}; a run that lasted at least {@link #STABLE} counts as
 * a recovery, and the next crash waits {@link #FIRST} again. A service that crashes at start (a bad setting, a
 * broker it cannot reach) is then retried a few times quickly, and after that about once a minute, instead of every
 * two seconds forever (each start of the ingest-service also starts its parser JVMs). Pure: no clock, no I/O.
 */
public final class RestartBackoff {

    /** The first wait: one supervision round of {@code pipeline up}. */
    public static final Duration FIRST = Duration.ofSeconds(2);

    public static final Duration MAX = Duration.ofSeconds(60);
    public static final Duration STABLE = Duration.ofSeconds(60);

    private int crashes;

    /**
     * Counts a crash of a run that lasted {@code ran}; returns how long to wait before the next start.
     */
    public Duration crashed(Duration ran) {
        if (ran.compareTo(STABLE) >= 0) {
            crashes = 0;
        }
        crashes++;
        Duration wait = FIRST;
        for (int i = 1; i < crashes && wait.compareTo(MAX) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(MAX) > 0 ? MAX : wait;
    }

    /** Crashes since the last run that lasted {@link #STABLE} (or since the first start). */
    public int crashes() {
        return crashes;
    }
}
