package org.migrationdialogue.pipeline.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Latency samples in milliseconds, with nearest-rank percentiles. */
final class Latencies {

    private final List<Double> millis = new ArrayList<>();

    void add(long nanos) {
        millis.add(nanos / 1e6);
    }

    double percentile(double percent) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(percent / 100 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    @Override
    public String toString() {
        return String.format(
                "n=%d p50=%.0f ms p95=%.0f ms p99=%.0f ms max=%.0f ms",
                millis.size(), percentile(50), percentile(95), percentile(99), percentile(100));
    }
}
