package org.migrationdialogue.pipeline.bench;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/** Phases the stack benchmarks share: single uploads waited for one by one, and a window with nothing to do. */
final class StackPhases {

    private static final Duration POLL = Duration.ofMillis(100);
    /** Longer than the index-service's quiet time (RefreshPolicy.QUIET, 2 s). */
    private static final Duration IDLE_BEFORE_UPLOAD = Duration.ofSeconds(3);

    private StackPhases() {}

    /** Uploads one file and waits until it is searchable; returns upload → first search that found it, in ns. */
    static long awaitSearchable(TimedUploads bucket, Searchability search, CorpusFile file, Duration patience)
            throws IOException {
        bucket.upload(file);
        await().pollInterval(POLL).atMost(patience).until(() -> search.sweep(List.of(file.key())));
        return search.firstSeen(file.key()) - bucket.uploadedAt(file.key());
    }

    /** Each sample uploaded into the idle pipeline and waited for, one after the other; prints each. */
    static Latencies singleUploads(TimedUploads bucket, Searchability search, List<CorpusFile> samples)
            throws IOException, InterruptedException {
        Latencies latencies = new Latencies();
        for (CorpusFile sample : samples) {
            // idle: nothing written for longer than the index-service's quiet time, as a lone upload finds it (an
            // upload right after another is searchable at the next periodic refresh, up to a second later)
            Thread.sleep(IDLE_BEFORE_UPLOAD.toMillis());
            long nanos = awaitSearchable(bucket, search, sample, Duration.ofMinutes(2));
            latencies.add(nanos);
            System.out.printf("single upload %s (%s): %.0f ms%n", sample.key(), sample.format(), nanos / 1e6);
        }
        return latencies;
    }

    /** Prints what the stack burns over {@code window} with nothing to do (polls, heartbeats, commits, the progress line of {@code up}). */
    static void idleCpu(LocalStack stack, Duration window) throws InterruptedException {
        CpuAccount before = stack.cpu();
        long start = System.nanoTime();
        if (!stack.runsThrough(window)) {
            throw new IllegalStateException("pipeline up exited while idle; see " + stack.output());
        }
        System.out.println("CPU while idle: " + stack.cpu().since(before, Duration.ofNanos(System.nanoTime() - start)));
    }
}
