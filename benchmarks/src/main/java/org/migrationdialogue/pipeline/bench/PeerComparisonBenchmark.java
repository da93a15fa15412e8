package org.migrationdialogue.pipeline.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.migrationdialogue.pipeline.common.config.Settings;

/**
 * The pipeline against the tools users would pick instead, side by side in one run, on the same files and the same
 * Elasticsearch: generates the corpus (long reports, about 43,000 characters), starts {@code pipeline up} with the
 * statistical NER on, warms it up, runs the three peer paths ({@link PeerPaths}) in this JVM against its
 * Elasticsearch, then measures the pipeline: single uploads into the idle pipeline, CPU while idle, and the corpus
 * dropped at once, with the CPU of each process and the bytes each topic carried per report; then the same corpus
 * through a fresh {@code pipeline up} with the NER off. Prints a summary with the targets of issue 16.
 *
 * <pre>java -XX:-DontCompileHugeMethods -cp 'benchmarks/target/benchmarks.jar:benchmarks/target/lib/*' \
 *     org.migrationdialogue.pipeline.bench.PeerComparisonBenchmark --reports 500 --seed 7</pre>
 *
 * (The JIT flag is the one {@code pipeline up} gives the enrich-service, so the Datashare path's model runs as fast
 * as the pipeline's.) {@code --home DIR} puts the corpus and the stacks' folders in DIR instead of
 * {@code benchmarks/target}; {@code --ports BASE} gives the NER-on stack the ports BASE to BASE + 6 and the NER-off
 * stack BASE + 10 to BASE + 16 instead of free ones.
 */
public final class PeerComparisonBenchmark {

    private static final Duration BOOT = Duration.ofMinutes(10);
    private static final double TARGET_NER_ON_SHARE_OF_DATASHARE = 1.0;
    private static final double TARGET_NER_OFF_SHARE_OF_FSCRAWLER = 0.5;
    private static final double TARGET_SINGLE_P95_MS = 1000;
    private static final int PORTS_OF_NER_OFF = 10;

    private final Path repoRoot = Path.of("").toAbsolutePath();
    private final Options options;
    private final long seed;
    private final Path home;
    private final Map<PeerPaths.Peer, PeerRun> peers = new LinkedHashMap<>();

    private PeerComparisonBenchmark(Options options) {
        this.options = options;
        this.seed = options.number("seed", 7);
        this.home = options.path("home", repoRoot.resolve("benchmarks/target"));
    }

    public static void main(String[] args) throws Exception {
        new PeerComparisonBenchmark(Options.parse(args)).run();
    }

    /** The files every path gets, in this order: a warm-up corpus, single uploads (the first waits for boot), the corpus. */
    private record Workload(List<CorpusFile> warmUp, List<CorpusFile> singles, List<CorpusFile> corpus) {

        List<CorpusFile> all() {
            List<CorpusFile> all = new ArrayList<>(warmUp);
            all.addAll(singles);
            all.addAll(corpus);
            return all;
        }
    }

    /** What the pipeline did with one setting of ENRICH_NER: the corpus run and the single uploads before it. */
    private record PipelineRun(CorpusFigures corpus, Latencies singles) {}

    /** A corpus run: its rate, the CPU seconds of each part of the stack, the 1-minute load average at its end. */
    private record CorpusFigures(double reportsPerSecond, Map<String, Double> cpu, String load) {}

    /** A peer path's pass, with the CPU Elasticsearch spent meanwhile. */
    private record PeerRun(PeerPaths.Result result, double elasticsearchCpu, String load) {}

    private void run() throws Exception {
        System.out.println(Machine.describe());
        CorpusGenerator.Length length = CorpusGenerator.Length.parse(options.text("paragraphs", "36-97"));
        Path folder = home.resolve("corpus-long-" + seed);
        Workload workload = new Workload(
                new CorpusGenerator(repoRoot, seed + 2, length).generate(folder, options.integer("warm-up", 100)),
                new CorpusGenerator(repoRoot, seed + 1, length).generate(folder, options.integer("samples", 7) + 1),
                new CorpusGenerator(repoRoot, seed, length).generate(folder, options.integer("reports", 500)));
        System.out.println(CorpusGenerator.describe(workload.corpus()));
        PipelineRun on = measurePipeline("on", workload, 0);
        PipelineRun off = measurePipeline("off", workload, PORTS_OF_NER_OFF);
        printSummary(on, off, workload.corpus().size());
    }

    /** One stack with ENRICH_NER={@code ner}; the peers run against the first one's Elasticsearch. */
    private PipelineRun measurePipeline(String ner, Workload workload, int portOffset) throws Exception {
        List<CorpusFile> singles = workload.singles();
        LocalStack configured =
                new LocalStack(repoRoot, home, options.integer("partitions", 3)).with(Settings.ENRICH_NER, ner);
        int ports = options.integer("ports", 0);
        if (ports > 0) {
            configured.withPorts(ports + portOffset);
        }
        try (LocalStack stack = configured.start();
                Searchability search = new Searchability(stack.elasticsearch())) {
            TimedUploads bucket = new TimedUploads(stack.uploads());
            bucket.stage(workload.all());
            System.out.println(
                    "stack with ENRICH_NER=" + ner + ": " + stack.home() + " (output " + stack.output() + ")");
            StackPhases.awaitSearchable(bucket, search, singles.getFirst(), BOOT);
            CorpusRun.measure(
                    "NER " + ner + ": warm-up run (services just started)", bucket, search, workload.warmUp());
            if (peers.isEmpty()) {
                measurePeers(stack, workload);
            }
            Latencies latencies = StackPhases.singleUploads(bucket, search, singles.subList(1, singles.size()));
            System.out.println(
                    "NER " + ner + ": single upload into the idle pipeline, upload to searchable: " + latencies);
            StackPhases.idleCpu(stack, Duration.ofSeconds(options.integer("idle", 20)));
            return new PipelineRun(corpusRun(ner, stack, bucket, search, workload.corpus()), latencies);
        }
    }

    private CorpusFigures corpusRun(
            String ner, LocalStack stack, TimedUploads bucket, Searchability search, List<CorpusFile> corpus)
            throws Exception {
        long deaths = stack.serviceDeaths();
        TopicBytes topicsBefore = TopicBytes.of(stack.kafka());
        CpuAccount before = stack.cpu();
        long start = System.nanoTime();
        double rate = CorpusRun.measure("NER " + ner + ": corpus run", bucket, search, corpus);
        CpuAccount after = stack.cpu();
        String load = Machine.loadAverage();
        System.out.println("NER " + ner + ": CPU during the corpus run: "
                + after.since(before, Duration.ofNanos(System.nanoTime() - start)));
        Map<String, Double> cpu = after.secondsSince(before);
        CorpusRun.checkNothingLost(stack, search, corpus, seed);
        // After the loss check, not at the last searchable report: the recommendations trail the reports by seconds.
        System.out.println("NER " + ner + ": what the topics carried, per report:\n"
                + TopicBytes.of(stack.kafka()).since(topicsBefore, stack.kafka(), corpus.size()));
        System.out.println(
                "NER " + ner + ": services that died during the corpus run: " + (stack.serviceDeaths() - deaths));
        return new CorpusFigures(rate, cpu, load);
    }

    private void measurePeers(LocalStack stack, Workload workload) throws IOException {
        int threads = options.integer("threads", Runtime.getRuntime().availableProcessors());
        try (PeerPaths paths = new PeerPaths(stack.elasticsearch(), threads)) {
            paths.warmUp(workload.warmUp());
            for (PeerPaths.Peer peer : PeerPaths.Peer.values()) {
                CpuAccount before = stack.cpu();
                PeerPaths.Result result = paths.run(peer, workload.corpus());
                double elasticsearch = stack.cpu().secondsSince(before).getOrDefault("elasticsearch", 0.0);
                System.out.printf(
                        "%s; Elasticsearch CPU %.1f s = %.0f ms per report; load average %s%n",
                        result, elasticsearch, 1000 * elasticsearch / result.files(), Machine.loadAverage());
                peers.put(peer, new PeerRun(result, elasticsearch, Machine.loadAverage()));
            }
        }
    }

    private void printSummary(PipelineRun on, PipelineRun off, int reports) {
        System.out.println();
        System.out.println("| path | reports/s | CPU per report, ms (where) | load average at the end |");
        System.out.println("|---|---|---|---|");
        peers.values()
                .forEach(peer -> System.out.printf(
                        "| %s | %.2f | %.0f (this JVM) + %.0f (Elasticsearch) | %s |%n",
                        peer.result().peer().label,
                        peer.result().reportsPerSecond(),
                        peer.result().cpu().toMillis() / (double) reports,
                        1000 * peer.elasticsearchCpu() / reports,
                        peer.load()));
        printPipelineRow("on", on.corpus(), reports);
        printPipelineRow("off", off.corpus(), reports);
        double datashare = peers.get(PeerPaths.Peer.DATASHARE).result().reportsPerSecond();
        double fscrawler = peers.get(PeerPaths.Peer.FSCRAWLER).result().reportsPerSecond();
        double shareOn = on.corpus().reportsPerSecond() / datashare;
        double shareOff = off.corpus().reportsPerSecond() / fscrawler;
        double p95 = on.singles().percentile(95);
        System.out.println();
        System.out.printf(
                "target 1, NER on >= %.1f x Datashare's path: %.2f x (%s)%n",
                TARGET_NER_ON_SHARE_OF_DATASHARE,
                shareOn,
                shareOn >= TARGET_NER_ON_SHARE_OF_DATASHARE ? "met" : "NOT met");
        System.out.printf(
                "target 2, NER off >= %.1f x FSCrawler's path: %.2f x (%s)%n",
                TARGET_NER_OFF_SHARE_OF_FSCRAWLER,
                shareOff,
                shareOff >= TARGET_NER_OFF_SHARE_OF_FSCRAWLER ? "met" : "NOT met");
        System.out.printf(
                "target 3, single upload p95 <= %.0f ms, NER on: %s (%s); NER off: %s%n",
                TARGET_SINGLE_P95_MS, on.singles(), p95 <= TARGET_SINGLE_P95_MS ? "met" : "NOT met", off.singles());
    }

    private static void printPipelineRow(String ner, CorpusFigures corpus, int reports) {
        System.out.printf(
                "| this pipeline, NER %s, first upload → last searchable | %.2f | %s | %s |%n",
                ner, corpus.reportsPerSecond(), perReport(corpus.cpu(), reports), corpus.load());
    }

    private static String perReport(Map<String, Double> cpu, int reports) {
        double total = cpu.values().stream().mapToDouble(Double::doubleValue).sum();
        StringBuilder text = new StringBuilder(String.format("%.0f in all:", 1000 * total / reports));
        cpu.forEach((part, seconds) -> text.append(String.format(" %s %.0f,", part, 1000 * seconds / reports)));
        return text.substring(0, text.length() - 1);
    }
}
