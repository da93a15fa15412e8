package org.migrationdialogue.pipeline.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.pipes.FetchEmitTuple;
import org.apache.tika.pipes.HandlerConfig;
import org.apache.tika.pipes.PipesConfig;
import org.apache.tika.pipes.PipesParser;
import org.apache.tika.pipes.PipesResult;
import org.apache.tika.pipes.emitter.EmitKey;
import org.apache.tika.pipes.fetcher.FetchKey;
import org.apache.tika.sax.BasicContentHandlerFactory;
import org.migrationdialogue.pipeline.ingest.clean.TextCleaner;
import org.migrationdialogue.pipeline.ingest.extract.BadInput;
import org.migrationdialogue.pipeline.ingest.extract.BadInputCorpus;
import org.migrationdialogue.pipeline.ingest.extract.ExtractionResult;
import org.migrationdialogue.pipeline.ingest.extract.ExtractionSettings;
import org.migrationdialogue.pipeline.ingest.extract.IsolatedExtractor;
import org.migrationdialogue.pipeline.ingest.extract.ObjectContent;

/**
 * The parser isolation of the ingest-service ({@link IsolatedExtractor}: worker JVMs of our own, a line protocol,
 * slots) against Apache Tika's own ({@link PipesParser}: forked PipesServer JVMs, a file-system fetcher, results
 * passed back), side by side on the same files with the same number of forked JVMs, heap and timeout: throughput and
 * latency on a generated corpus, then each case of the bad-input corpus through both.
 *
 * <p>Tika-pipes returns Tika's text; the ingest-service needs it cleaned, so the pipes side also runs our
 * {@link TextCleaner} on it, in the calling JVM (our workers clean in the worker, and also guess the language).
 *
 * <pre>java -cp 'benchmarks/target/benchmarks.jar:benchmarks/target/lib/*' \
 *     org.migrationdialogue.pipeline.bench.ParserIsolationBenchmark --reports 200 --seed 7</pre>
 */
public final class ParserIsolationBenchmark {

    private static final int WARM_UP_FILES = 40;
    private static final String FETCHER = "fs";

    private ParserIsolationBenchmark() {}

    /** Extracts one file and says what came out: "extracted N chars" or the failure. */
    private interface Isolation extends AutoCloseable {
        String extract(Path root, Path file) throws Exception;

        @Override
        void close() throws IOException;
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        long seed = options.number("seed", 7);
        int workers = options.integer("workers", 2);
        Path root = options.path("out", Path.of("benchmarks/target/isolation-" + seed))
                .toAbsolutePath();
        List<CorpusFile> corpus = new CorpusGenerator(Path.of("").toAbsolutePath(), seed)
                .generate(root.resolve("corpus"), options.integer("reports", 200));
        List<BadCase> bad = BadCase.write(root.resolve("bad"));
        Files.createDirectories(root.resolve("spool"));
        System.out.println(Machine.describe());
        System.out.println(CorpusGenerator.describe(corpus));
        // The bad-input corpus's limits (2 MB, 200,000 characters) for both sides and both corpora, so that each
        // case means what it says; the generated reports are far below them.
        ExtractionSettings defaults = ExtractionSettings.defaults();
        ExtractionSettings settings = defaults.withWorkers(workers, defaults.workerHeap())
                .withMaxBytes(BadInputCorpus.MAX_BYTES)
                .withMaxChars(BadInputCorpus.MAX_CHARS)
                .withSpoolDirectory(root.resolve("spool"));
        List<String> ours = new ArrayList<>();
        List<String> pipes = new ArrayList<>();
        try (Isolation isolation = new Ours(settings)) {
            System.out.println(measure("ours (IsolatedExtractor)", isolation, root, corpus, workers));
            bad.forEach(one -> ours.add(one.run(isolation, root)));
        }
        try (Isolation isolation = new Pipes(root, settings)) {
            System.out.println(measure("tika-pipes (PipesParser) + our cleaner", isolation, root, corpus, workers));
            bad.forEach(one -> pipes.add(one.run(isolation, root)));
        }
        System.out.println("| case | ours | tika-pipes |");
        System.out.println("|---|---|---|");
        for (int i = 0; i < bad.size(); i++) {
            System.out.println("| " + bad.get(i).input().name() + " | " + ours.get(i) + " | " + pipes.get(i) + " |");
        }
        System.out.println("load average " + Machine.loadAverage());
    }

    /** A warm-up pass over the first files, then a timed pass over all, {@code callers} at a time. */
    private static String measure(String name, Isolation isolation, Path root, List<CorpusFile> corpus, int callers)
            throws InterruptedException, ExecutionException {
        pass(isolation, root, corpus.subList(0, Math.min(WARM_UP_FILES, corpus.size())), callers, new Latencies());
        Latencies latencies = new Latencies();
        long start = System.nanoTime();
        int extracted = pass(isolation, root, corpus, callers, latencies);
        double seconds = (System.nanoTime() - start) / 1e9;
        return String.format(
                "%s: %d files (%d extracted) in %.1f s = %.1f reports/s; latency %s; load average %s",
                name, corpus.size(), extracted, seconds, corpus.size() / seconds, latencies, Machine.loadAverage());
    }

    private static int pass(Isolation isolation, Path root, List<CorpusFile> files, int callers, Latencies latencies)
            throws InterruptedException, ExecutionException {
        AtomicInteger next = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(callers)) {
            List<Future<Integer>> done = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                done.add(pool.submit(() -> {
                    int extracted = 0;
                    for (int n = next.getAndIncrement(); n < files.size(); n = next.getAndIncrement()) {
                        long start = System.nanoTime();
                        String outcome = isolation.extract(root, files.get(n).file());
                        synchronized (latencies) {
                            latencies.add(System.nanoTime() - start);
                        }
                        extracted += outcome.startsWith("extracted") ? 1 : 0;
                    }
                    return extracted;
                }));
            }
            int extracted = 0;
            for (Future<Integer> worker : done) {
                extracted += worker.get();
            }
            return extracted;
        }
    }

    /** The ingest-service's isolation, as the service builds it. */
    private static final class Ours implements Isolation {

        private final IsolatedExtractor extractor;

        Ours(ExtractionSettings settings) {
            extractor = new IsolatedExtractor(settings);
        }

        @Override
        public String extract(Path root, Path file) throws IOException {
            ExtractionResult result = extractor.extract(
                    ObjectContent.ofPath(file, root.relativize(file).toString(), null));
            return switch (result) {
                case ExtractionResult.Extracted extracted ->
                    "extracted " + extracted.cleanText().length() + " chars";
                case ExtractionResult.Failed failed -> failed.kind() + " at " + failed.stage() + ": " + failed.reason();
            };
        }

        @Override
        public void close() {
            extractor.close();
        }
    }

    /** Tika's isolation: PipesParser, as many forked JVMs as our workers, the same heap, GC and timeout. */
    private static final class Pipes implements Isolation {

        private final PipesParser parser;
        private final ExtractionSettings settings;
        private final TextCleaner cleaner = TextCleaner.withDefaultRules();
        private final AtomicInteger ids = new AtomicInteger();

        Pipes(Path root, ExtractionSettings settings) throws Exception {
            this.settings = settings;
            Path config = root.resolve("tika-pipes-config.xml");
            Files.writeString(config, """
                    <properties>
                      <pipes><params>
                        <numClients>%d</numClients>
                        <timeoutMillis>%d</timeoutMillis>
                        <maxForEmitBatchBytes>-1</maxForEmitBatchBytes>
                        <forkedJvmArgs><arg>-Xmx%s</arg><arg>-XX:+UseSerialGC</arg><arg>-XX:+ExitOnOutOfMemoryError</arg>
                          <arg>-Djava.awt.headless=true</arg></forkedJvmArgs>
                      </params></pipes>
                      <autoDetectParserConfig><params>
                        <maximumCompressionRatio>%d</maximumCompressionRatio>
                      </params></autoDetectParserConfig>
                      <fetchers><fetcher class="org.apache.tika.pipes.fetcher.fs.FileSystemFetcher">
                        <name>%s</name><basePath>%s</basePath>
                      </fetcher></fetchers>
                    </properties>
                    """.formatted(
                            settings.workers(),
                            settings.parseTimeout().toMillis(),
                            settings.workerHeap(),
                            settings.maxCompressionRatio(),
                            FETCHER,
                            root));
            parser = new PipesParser(PipesConfig.load(config));
        }

        @Override
        public String extract(Path root, Path file) throws Exception {
            ParseContext context = new ParseContext();
            context.set(
                    HandlerConfig.class,
                    new HandlerConfig(
                            BasicContentHandlerFactory.HANDLER_TYPE.TEXT,
                            HandlerConfig.PARSE_MODE.CONCATENATE,
                            settings.maxChars(),
                            -1,
                            true));
            PipesResult result = parser.parse(new FetchEmitTuple(
                    "t" + ids.incrementAndGet(),
                    new FetchKey(FETCHER, root.relativize(file).toString()),
                    new EmitKey("", ""),
                    new Metadata(),
                    context,
                    FetchEmitTuple.ON_PARSE_EXCEPTION.EMIT));
            if (result.getEmitData() == null
                    || result.getEmitData().getMetadataList().isEmpty()) {
                return result.getStatus() + (result.getMessage() == null ? "" : ": " + firstLine(result.getMessage()));
            }
            Metadata metadata = result.getEmitData().getMetadataList().getFirst();
            String content = metadata.get(TikaCoreProperties.TIKA_CONTENT);
            String text = content == null ? "" : cleaner.clean(content).text();
            String exception = metadata.get(TikaCoreProperties.CONTAINER_EXCEPTION);
            return (text.isBlank() ? "no text" : "extracted " + text.length() + " chars") + " (" + result.getStatus()
                    + (exception == null ? "" : ": " + firstLine(exception)) + ")";
        }

        private static String firstLine(String text) {
            return text.lines().findFirst().orElse("").strip();
        }

        @Override
        public void close() throws IOException {
            parser.close();
        }
    }

    /** One case of the bad-input corpus as a file, and its run through an isolation, timed. */
    private record BadCase(BadInput input, Path file) {

        static List<BadCase> write(Path folder) throws IOException {
            Files.createDirectories(folder);
            List<BadCase> cases = new ArrayList<>();
            int n = 0;
            for (BadInput input : BadInputCorpus.all()) {
                ObjectContent content = input.maker().make(folder);
                Path file = folder.resolve((n++) + "-" + Path.of(content.key()).getFileName());
                try (InputStream in = content.source().open();
                        OutputStream out = Files.newOutputStream(file)) {
                    in.transferTo(out);
                }
                cases.add(new BadCase(input, file));
            }
            return cases;
        }

        String run(Isolation isolation, Path root) {
            long start = System.nanoTime();
            String outcome;
            try {
                outcome = isolation.extract(root, file);
            } catch (Exception e) {
                outcome = "threw " + e;
            }
            return outcome.replace('|', '/')
                    + String.format(
                            " (%.1f s)",
                            Duration.ofNanos(System.nanoTime() - start).toMillis() / 1000.0);
        }
    }
}
