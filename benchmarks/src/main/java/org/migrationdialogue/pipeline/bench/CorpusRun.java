package org.migrationdialogue.pipeline.bench;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.migrationdialogue.pipeline.common.topics.Topics;

/** A corpus dropped into a running stack at once: how fast it became searchable, and whether anything was lost. */
final class CorpusRun {

    private CorpusRun() {}

    /**
     * Uploads the whole corpus at once and waits until every report is searchable; prints and returns reports per
     * second from the first upload to the last searchable, and prints the latency of each report.
     */
    static double measure(String label, TimedUploads bucket, Searchability search, List<CorpusFile> corpus)
            throws IOException {
        for (CorpusFile file : corpus) {
            bucket.upload(file);
        }
        List<String> keys = corpus.stream().map(CorpusFile::key).toList();
        await().pollInterval(Duration.ofMillis(250))
                .atMost(Duration.ofMinutes(60))
                .until(() -> search.sweep(keys));
        Latencies latencies = new Latencies();
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (String key : keys) {
            latencies.add(search.firstSeen(key) - bucket.uploadedAt(key));
            first = Math.min(first, bucket.uploadedAt(key));
            last = Math.max(last, search.firstSeen(key));
        }
        double seconds = (last - first) / 1e9;
        double rate = keys.size() / seconds;
        System.out.printf(
                "%s: %d reports searchable in %.1f s = %.2f reports/s; load average %s%n",
                label, keys.size(), seconds, rate, Machine.loadAverage());
        System.out.println(label + ", upload to searchable: " + latencies);
        return rate;
    }

    /** Loss and duplicates of a corpus (generated from {@code seed}): documents, recommendations, dead letters. */
    static void checkNothingLost(LocalStack stack, Searchability search, List<CorpusFile> corpus, long seed)
            throws IOException {
        System.out.println("report documents of the corpus in Elasticsearch: " + search.count("corpus-" + seed + "/")
                + " (expected " + corpus.size() + ")");
        int generated = corpus.stream().mapToInt(CorpusFile::recommendations).sum();
        System.out.println(Recommendations.check(stack.kafka(), "corpus" + seed + "r", generated));
        System.out.println("recommendation documents of the corpus in Elasticsearch: "
                + search.recommendations("corpus" + seed + "r"));
        System.out.println(
                "records on " + Topics.DLQ.name() + ": " + Recommendations.count(stack.kafka(), Topics.DLQ.name()));
    }
}
