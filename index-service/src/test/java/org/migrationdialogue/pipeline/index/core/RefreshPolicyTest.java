package org.migrationdialogue.pipeline.index.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RefreshPolicyTest {

    private static final Instant START = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void shouldRefreshTheFirstWrite() {
        // given a policy that has seen no write
        RefreshPolicy policy = new RefreshPolicy();
        // when the first write comes, then it refreshes
        assertTrue(policy.refreshOnWrite(START));
    }

    @Test
    void shouldNotRefreshWritesInASteadyFlow() {
        // given a write just now
        RefreshPolicy policy = new RefreshPolicy();
        policy.refreshOnWrite(START);
        // when writes follow each other within the quiet time
        // then none of them refreshes
        assertFalse(policy.refreshOnWrite(START.plusMillis(150)));
        assertFalse(policy.refreshOnWrite(START.plusMillis(400)));
    }

    @Test
    void shouldNotRefreshASlowFlowOfAReportEverySecond() {
        // given a write just now
        RefreshPolicy policy = new RefreshPolicy();
        policy.refreshOnWrite(START);
        // when a report is written every second, as the pipeline writes them with the statistical model on
        // then none of them refreshes (the periodic refresh shows them)
        for (int second = 1; second <= 10; second++) {
            assertFalse(policy.refreshOnWrite(START.plusSeconds(second)));
        }
    }

    @Test
    void shouldRefreshAWriteAfterAQuietSpell() {
        // given a write
        RefreshPolicy policy = new RefreshPolicy();
        policy.refreshOnWrite(START);
        // when the next comes after the quiet time, then it refreshes
        assertTrue(policy.refreshOnWrite(START.plus(RefreshPolicy.QUIET)));
    }

    @Test
    void shouldWriteTheFirstBatchAtOnce() {
        // given a policy that has seen no write (an idle pipeline)
        RefreshPolicy policy = new RefreshPolicy();
        // when a batch is polled, then it does not wait for more
        assertEquals(START, policy.gatherUntil(START));
    }

    @Test
    void shouldLetABatchOfAFlowWaitForMoreReports() {
        // given a write just now
        RefreshPolicy policy = new RefreshPolicy();
        policy.refreshOnWrite(START);
        // when the next batch is polled within the quiet time
        Instant polled = START.plusMillis(700);
        // then it waits for more reports, for the gathering time
        assertEquals(polled.plus(RefreshPolicy.GATHER), policy.gatherUntil(polled));
    }

    @Test
    void shouldWriteABatchAfterAQuietSpellAtOnce() {
        // given a write
        RefreshPolicy policy = new RefreshPolicy();
        policy.refreshOnWrite(START);
        // when the next batch is polled after the quiet time (a lone upload into an idle pipeline)
        Instant polled = START.plus(RefreshPolicy.QUIET);
        // then it is written at once
        assertEquals(polled, policy.gatherUntil(polled));
    }
}
