package org.migrationdialogue.pipeline.ingest.bucket;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** Tells the scanner when to look at the bucket again, and at what: after a change is noticed, or after a while. */
public interface ScanTrigger extends AutoCloseable {

    /** Blocks until a change is noticed or {@code atMost} passed; empty when the trigger was closed. */
    Optional<Wake> await(Duration atMost) throws InterruptedException;

    @Override
    void close();

    /**
     * Why the wait ended.
     *
     * @param keys the keys of the files that changed, when the trigger knows them all ({@link Kind#KEYS}); else empty
     */
    record Wake(Kind kind, Set<String> keys) {

        public enum Kind {
            /** Nothing was noticed within the time. */
            TIMED_OUT,
            /** These files changed (none: the trigger can tell that nothing did), and nothing else was noticed. */
            KEYS,
            /** Anything may have changed: a folder came or went, events were lost; the whole bucket must be listed. */
            ANYTHING
        }

        public Wake {
            keys = Set.copyOf(keys);
        }

        public static Wake timedOut() {
            return new Wake(Kind.TIMED_OUT, Set.of());
        }

        /** Nothing changed, as far as the trigger can tell. */
        public static Wake none() {
            return new Wake(Kind.KEYS, Set.of());
        }

        public static Wake anything() {
            return new Wake(Kind.ANYTHING, Set.of());
        }

        public static Wake of(Set<String> keys) {
            return new Wake(Kind.KEYS, keys);
        }
    }
}
