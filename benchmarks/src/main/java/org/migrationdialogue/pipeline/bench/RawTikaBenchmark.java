package org.migrationdialogue.pipeline.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.migrationdialogue.pipeline.ingest.extract.ExtractionResult;
import org.migrationdialogue.pipeline.ingest.extract.ExtractionSettings;
import org.migrationdialogue.pipeline.ingest.extract.ObjectContent;
import org.migrationdialogue.pipeline.ingest.extract.ReportExtractor;

/**
 * The raw limit: the project's {@link ReportExtractor} (Apache Tika and the text cleaner, in this process, no
 * Kafka) extracting a corpus with one thread per core, after a warm-up pass over a part of it.
 *
 * <pre>java -cp 'benchmarks/target/benchmarks.jar:benchmarks/target/lib/*' \
 *     org.migrationdialogue.pipeline.bench.RawTikaBenchmark --reports 500 --seed 7</pre>
 */
public final class RawTikaBenchmark {

    private static final int WARM_UP_FILES = 60;

    private RawTikaBenchmark() {}

    /** What one timed pass did. */
    public record Result(int files, int extracted, long bytes, Duration elapsed, int threads) {

        double reportsPerSecond() {
            return files / seconds();
        }

        private double seconds() {
            return elapsed.toNanos() / 1e9;
        }

        @Override
        public String toString() {
            return String.format(
                    "raw Tika (ReportExtractor in-process, %d threads): %d files (%d extracted), "
                            + "%.1f MB in %.1f s = %.1f reports/s, %.2f MB/s",
                    threads, files, extracted, bytes / 1e6, seconds(), reportsPerSecond(), bytes / 1e6 / seconds());
        }
    }

    public static void main(String[] args) throws IOException {
        Options options = Options.parse(args);
        long seed = options.number("seed", 7);
        Path folder = options.path("out", Path.of("benchmarks/target/corpus-" + seed));
        CorpusGenerator.Length length = CorpusGenerator.Length.parse(options.text("paragraphs", "12-35"));
        List<CorpusFile> corpus = new CorpusGenerator(Path.of("").toAbsolutePath(), seed, length)
                .generate(folder, options.integer("reports", 500));
        System.out.println(Machine.describe());
        System.out.println(CorpusGenerator.describe(corpus));
        int threads = options.integer("threads", Runtime.getRuntime().availableProcessors());
        for (int round = 1; round <= options.integer("rounds", 2); round++) {
            System.out.println("round " + round + ": " + measure(corpus, threads, folder.resolve("spool"))
                    + "; load average " + Machine.loadAverage());
        }
    }

    /** Warms up on the first files, then times a pass over all of them. */
    public static Result measure(List<CorpusFile> corpus, int threads, Path spool) {
        try {
            Files.createDirectories(spool);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ReportExtractor> extractors = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            extractors.add(new ReportExtractor(ExtractionSettings.defaults().withSpoolDirectory(spool)));
        }
        pass(corpus.subList(0, Math.min(WARM_UP_FILES, corpus.size())), extractors);
        long start = System.nanoTime();
        int extracted = pass(corpus, extractors);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        return new Result(corpus.size(), extracted, totalBytes(corpus), elapsed, threads);
    }

    private static int pass(List<CorpusFile> files, List<ReportExtractor> extractors) {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(extractors.size());
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (ReportExtractor extractor : extractors) {
                done.add(pool.submit(new Worker(files, next, extractor)));
            }
            int extracted = 0;
            for (Future<Integer> worker : done) {
                extracted += worker.get();
            }
            return extracted;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Extraction failed", e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    private static long totalBytes(List<CorpusFile> corpus) {
        long bytes = 0;
        for (CorpusFile file : corpus) {
            bytes += file.file().toFile().length();
        }
        return bytes;
    }

    /** Takes the next file until none is left; returns how many it extracted. */
    private record Worker(List<CorpusFile> files, AtomicInteger next, ReportExtractor extractor)
            implements Callable<Integer> {

        @Override
        public Integer call() throws IOException {
            int extracted = 0;
            for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                CorpusFile file = files.get(i);
                if (extractor.extract(ObjectContent.ofPath(file.file(), file.key(), null))
                        instanceof ExtractionResult.Extracted) {
                    extracted++;
                }
            }
            return extracted;
        }
    }
}
