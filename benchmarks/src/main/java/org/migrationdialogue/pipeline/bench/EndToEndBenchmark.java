package org.migrationdialogue.pipeline.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The whole local stack against the raw limit, in one run: generates the corpus, measures raw Tika on it
 * ({@link RawTikaBenchmark}), starts {@code pipeline up}, warms it up with a corpus of its own (as the raw
 * measurement warms Tika up: both compare steady states), measures the latency of single uploads into the idle
 * pipeline and what it burns idle, then drops the whole corpus into the bucket and measures until every report is
 * searchable, with the CPU each part of the stack used meanwhile, then uploads one large report and checks that no
 * service died.
 *
 * <pre>java -cp 'benchmarks/target/benchmarks.jar:benchmarks/target/lib/*' \
 *     org.migrationdialogue.pipeline.bench.EndToEndBenchmark --reports 500 --seed 7</pre>
 */
public final class EndToEndBenchmark {

    private static final Duration BOOT = Duration.ofMinutes(10);
    private static final Duration IDLE_WINDOW = Duration.ofSeconds(20);
    private static final double TARGET_SHARE_OF_RAW = 0.8;
    private static final double TARGET_SINGLE_P95_MS = 2000;

    private final Path repoRoot = Path.of("").toAbsolutePath();
    private final Options options;
    private final long seed;

    private EndToEndBenchmark(Options options) {
        this.options = options;
        this.seed = options.number("seed", 7);
    }

    public static void main(String[] args) throws Exception {
        new EndToEndBenchmark(Options.parse(args)).run();
    }

    private void run() throws Exception {
        System.out.println(Machine.describe());
        Path folder = repoRoot.resolve("benchmarks/target/corpus-" + seed);
        List<CorpusFile> corpus = new CorpusGenerator(repoRoot, seed).generate(folder, options.integer("reports", 500));
        List<CorpusFile> singles =
                new CorpusGenerator(repoRoot, seed + 1).generate(folder, options.integer("samples", 7) + 1);
        List<CorpusFile> warmUp =
                new CorpusGenerator(repoRoot, seed + 2).generate(folder, options.integer("warm-up", 200));
        CorpusFile big = new CorpusGenerator(repoRoot, seed).bigReport(folder, options.integer("big-pages", 100));
        System.out.println(CorpusGenerator.describe(corpus));
        RawTikaBenchmark.Result raw =
                RawTikaBenchmark.measure(corpus, Runtime.getRuntime().availableProcessors(), folder.resolve("spool"));
        System.out.println(raw + "; load average " + Machine.loadAverage());
        measureStack(new Workload(warmUp, singles, corpus, big), raw);
    }

    /** What the stack is given, in this order: a warm-up corpus, single uploads, the measured corpus, a big report. */
    private record Workload(
            List<CorpusFile> warmUp, List<CorpusFile> singles, List<CorpusFile> corpus, CorpusFile big) {

        List<CorpusFile> all() {
            List<CorpusFile> all = new ArrayList<>(warmUp);
            all.addAll(singles);
            all.addAll(corpus);
            all.add(big);
            return all;
        }
    }

    private void measureStack(Workload workload, RawTikaBenchmark.Result raw) throws Exception {
        List<CorpusFile> corpus = workload.corpus();
        List<CorpusFile> singles = workload.singles();
        try (LocalStack stack = new LocalStack(repoRoot, options.integer("partitions", 3)).start();
                Searchability search = new Searchability(stack.elasticsearch())) {
            TimedUploads bucket = new TimedUploads(stack.uploads());
            bucket.stage(workload.all());
            System.out.println("stack: " + stack.home() + " (output " + stack.output() + ")");
            StackPhases.awaitSearchable(bucket, search, singles.getFirst(), BOOT);
            if (!workload.warmUp().isEmpty()) {
                CorpusRun.measure("warm-up run (services just started)", bucket, search, workload.warmUp());
            }
            singleUploads(bucket, search, singles.subList(1, singles.size()));
            StackPhases.idleCpu(stack, IDLE_WINDOW);
            CpuAccount before = stack.cpu();
            long start = System.nanoTime();
            double rate = CorpusRun.measure("end-to-end corpus run", bucket, search, corpus);
            System.out.println("CPU during the corpus run: "
                    + stack.cpu().since(before, Duration.ofNanos(System.nanoTime() - start)));
            CorpusRun.checkNothingLost(stack, search, corpus, seed);
            System.out.printf(
                    "end-to-end / raw Tika = %.2f (target >= %.1f: %s)%n",
                    rate / raw.reportsPerSecond(),
                    TARGET_SHARE_OF_RAW,
                    rate >= TARGET_SHARE_OF_RAW * raw.reportsPerSecond() ? "met" : "NOT met");
            bigReport(stack, bucket, search, workload.big());
        }
    }

    private static void singleUploads(TimedUploads bucket, Searchability search, List<CorpusFile> samples)
            throws IOException, InterruptedException {
        Latencies latencies = StackPhases.singleUploads(bucket, search, samples);
        System.out.println(
                "single upload into the idle pipeline, upload to searchable: " + latencies + " (target p95 <= 2000 ms: "
                        + (latencies.percentile(95) <= TARGET_SINGLE_P95_MS ? "met" : "NOT met") + ")");
    }

    private static void bigReport(LocalStack stack, TimedUploads bucket, Searchability search, CorpusFile big)
            throws IOException {
        long before = stack.serviceDeaths();
        long nanos = StackPhases.awaitSearchable(bucket, search, big, Duration.ofMinutes(10));
        int pages;
        try (PDDocument pdf = Loader.loadPDF(big.file().toFile())) {
            pages = pdf.getNumberOfPages();
        }
        System.out.printf(
                "large report %s (%d pages, %.1f MB): searchable after %.1f s; services that died meanwhile: %d "
                        + "(target: each service within its 512 MB heap: %s)%n",
                big.key(),
                pages,
                big.file().toFile().length() / 1e6,
                nanos / 1e9,
                stack.serviceDeaths() - before,
                stack.serviceDeaths() == before ? "met" : "NOT met");
    }
}
