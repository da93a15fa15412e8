package org.migrationdialogue.pipeline.runtime.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RestartBackoffTest {

    private static final Duration AT_ONCE = Duration.ofSeconds(1);

    @Test
    void shouldWaitTwiceAsLongAfterEachCrashUpToAMinute() {
        // given a service that crashes right after each start
        RestartBackoff backoff = new RestartBackoff();
        // when it crashes eight times
        List<Long> waits = IntStream.range(0, 8)
                .mapToObj(i -> backoff.crashed(AT_ONCE).toSeconds())
                .toList();
        // then the waits double from 2 s and stay at 60 s
        assertEquals(List.of(2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L), waits);
        assertEquals(8, backoff.crashes());
    }

    @Test
    void shouldStartOverAfterARunThatLastedAMinute() {
        // given a service that crashed four times in a row
        RestartBackoff backoff = new RestartBackoff();
        IntStream.range(0, 4).forEach(i -> backoff.crashed(AT_ONCE));
        // when it then runs for a minute before crashing again
        Duration wait = backoff.crashed(RestartBackoff.STABLE);
        // then it is restarted as quickly as after a first crash
        assertEquals(RestartBackoff.FIRST, wait);
        assertEquals(1, backoff.crashes());
    }
}
