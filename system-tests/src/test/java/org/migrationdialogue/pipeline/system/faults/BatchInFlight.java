package org.migrationdialogue.pipeline.system.faults;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.migrationdialogue.pipeline.system.Probe;

/**
 * The "given" of the mid-run fault scenarios: a batch of {@link #REPORTS} reports dropped into the pipeline under
 * test and caught in flight (its first report searchable, the rest still on their way).
 */
final class BatchInFlight {

    static final int REPORTS = 20;
    static final Duration PATIENCE = Duration.ofMinutes(6);
    static final Duration OUTAGE = Duration.ofSeconds(30);

    private BatchInFlight() {}

    /** Drops a batch and waits until its first report is searchable; returns the batch's object keys. */
    static List<String> start(FaultCorpus corpus, Probe probe, String batch) throws IOException {
        List<String> keys = corpus.write(batch, REPORTS);
        await().atMost(PATIENCE)
                .until(() -> !probe.reportKeys(FaultCorpus.prefix(batch)).isEmpty());
        System.out.printf(
                "[fault] %s: fault injected with %d of %d reports searchable%n",
                batch, probe.reportKeys(FaultCorpus.prefix(batch)).size(), keys.size());
        return keys;
    }
}
