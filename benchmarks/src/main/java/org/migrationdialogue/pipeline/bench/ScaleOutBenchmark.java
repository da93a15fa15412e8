package org.migrationdialogue.pipeline.bench;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.migrationdialogue.pipeline.common.config.Settings;
import org.migrationdialogue.pipeline.runtime.local.LocalServices;

/**
 * Two instances of each service on 6-partition topics: {@code pipeline up} with TOPIC_PARTITIONS=6, plus a second
 * ingest-, enrich- and index-service started beside it; the corpus dropped at once; then loss and duplicates
 * checked and the consumer groups' shares printed.
 *
 * <p>Only one ingest-service may scan the folder bucket: the second one runs with BUCKET_SCANNER=false and only
 * extracts the uploads of its share of the partitions.
 *
 * <pre>java -cp 'benchmarks/target/benchmarks.jar:benchmarks/target/lib/*' \
 *     org.migrationdialogue.pipeline.bench.ScaleOutBenchmark --reports 500 --seed 9</pre>
 */
public final class ScaleOutBenchmark {

    private static final List<String> GROUPS = List.of("ingest-service", "enrich-service", "index-service");
    private static final int PARTITIONS = 6;

    private ScaleOutBenchmark() {}

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        long seed = options.number("seed", 9);
        Path repoRoot = Path.of("").toAbsolutePath();
        System.out.println(Machine.describe());
        Path folder = repoRoot.resolve("benchmarks/target/corpus-" + seed);
        List<CorpusFile> corpus = new CorpusGenerator(repoRoot, seed).generate(folder, options.integer("reports", 500));
        CorpusFile warmUp =
                new CorpusGenerator(repoRoot, seed + 1).generate(folder, 1).getFirst();
        System.out.println(CorpusGenerator.describe(corpus));
        try (LocalStack stack = new LocalStack(repoRoot, PARTITIONS).start();
                Searchability search = new Searchability(stack.elasticsearch());
                GroupShares groups = new GroupShares(stack.kafka())) {
            TimedUploads bucket = new TimedUploads(stack.uploads());
            bucket.stage(List.of(warmUp));
            bucket.stage(corpus);
            bucket.upload(warmUp);
            await().atMost(Duration.ofMinutes(10)).until(() -> search.sweep(List.of(warmUp.key())));
            try (LocalServices seconds = secondInstances(repoRoot, stack)) {
                seconds.start();
                runWithTwoInstances(stack, bucket, search, groups, corpus, seed);
                System.out.println("second instances still alive: " + seconds.allAlive());
            }
        }
    }

    private static void runWithTwoInstances(
            LocalStack stack,
            TimedUploads bucket,
            Searchability search,
            GroupShares groups,
            List<CorpusFile> corpus,
            long seed)
            throws Exception {
        await().atMost(Duration.ofMinutes(5))
                .until(() -> GROUPS.stream().allMatch(group -> groups.members(group) == 2));
        CorpusRun.measure(
                "scale-out corpus run (2 instances each, " + PARTITIONS + " partitions)", bucket, search, corpus);
        CorpusRun.checkNothingLost(stack, search, corpus, seed);
        for (String group : GROUPS) {
            groups.shares(group).forEach(System.out::println);
        }
    }

    /**
     * A second ingest-, enrich- and index-service on the same Kafka and Elasticsearch, with state and logs of their
     * own under {@code <stack>/second/}; the ingest-service extracts only (one scanner per bucket).
     */
    private static LocalServices secondInstances(Path repoRoot, LocalStack stack) {
        LocalServices.Wiring wiring = new LocalServices.Wiring(
                stack.kafka(), stack.elasticsearch(), stack.home().resolve("second"), stack.uploads());
        return new LocalServices(
                repoRoot,
                wiring,
                Map.of(
                        Settings.TOPIC_PARTITIONS.variable(), Integer.toString(PARTITIONS),
                        Settings.BUCKET_SCANNER.variable(), "false",
                        Settings.INGEST_HEALTH_PORT.variable(), "0",
                        Settings.ENRICH_HEALTH_PORT.variable(), "0",
                        Settings.INDEX_HEALTH_PORT.variable(), "0",
                        Settings.SEARCH_WEB_PORT.variable(), "0"));
    }
}
