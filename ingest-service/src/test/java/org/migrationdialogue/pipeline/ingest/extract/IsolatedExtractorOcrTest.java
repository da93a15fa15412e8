package org.migrationdialogue.pipeline.ingest.extract;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.migrationdialogue.pipeline.ingest.extract.ExtractionResult.Extracted;
import org.migrationdialogue.pipeline.ingest.extract.ExtractionResult.Failed;

/**
 * Scans through real worker JVMs and the Tesseract of this host (skipped, saying so, where it has none): the parse
 * deadline grows with each page read by OCR; a worker killed (as the parse timeout kills it) takes its Tesseract with
 * it, and so does a worker whose service is gone; no more Tesseract processes run than there are workers, each on
 * one thread.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IsolatedExtractorOcrTest {

    /** How long a killed worker's Tesseract may take to be gone: a signal, and a loaded machine's scheduler. */
    private static final Duration GONE_WITHIN = Duration.ofSeconds(10);

    private static final String WORKER_HEAP = "256m";
    /** How often the Tesseract processes under this JVM are counted. */
    private static final long SAMPLE_EVERY_MS = 20;

    private Path spool;
    /**
     * Two workers allowed 5 s a parse (enough to open a PDF and reach its first page), less than OCR takes for two
     * pages, and 120 s for each page read by OCR.
     */
    private IsolatedExtractor pool;

    @BeforeAll
    void startWorkers(@TempDir Path spoolDirectory) {
        OcrStatus ocr = OcrStatus.detect(OcrSettings.defaults());
        assumeTrue(ocr.on(), () -> "OCR cannot run on this host: " + ocr.describe());
        spool = spoolDirectory;
        pool = new IsolatedExtractor(settings(Duration.ofSeconds(5), Duration.ofSeconds(120), 2));
    }

    @AfterAll
    void stopWorkers() {
        if (pool != null) {
            pool.close();
        }
    }

    @Test
    void shouldGiveAScanTheParseTimeoutPlusAPageTimeoutForEachPageItReads() throws IOException {
        // given a parse timeout of 5 s, shorter than OCR takes for two pages, and 120 s for each page read by OCR
        byte[] scan = ScannedPages.imageOnlyPdf(List.of(ScannedPages.ENGLISH, ScannedPages.FRENCH));
        // when a two-page scan is extracted
        ExtractionResult result = pool.extract(content("scans/two-pages.pdf", scan));
        // then it was given the time of its two pages, and both were read
        Extracted extracted = assertInstanceOf(Extracted.class, result, result::toString);
        assertEquals(new OcrOutcome(List.of(1, 2), List.of()), extracted.ocr());
    }

    @Test
    void shouldKillTheTesseractOfAWorkerItKills() throws Exception {
        // given a worker reading a scan with Tesseract
        WorkerCommand command =
                WorkerCommand.of(settings(Duration.ofSeconds(120), Duration.ofSeconds(60), 1), System.getenv());
        WorkerProcess worker = WorkerProcess.launch(command);
        assertTrue(worker.awaitReady(Duration.ofMinutes(3)), "worker ready");
        Path scan = Files.write(
                spool.resolve("dense.pdf"),
                ScannedPages.imageOnlyPdf(List.of(ScannedPages.ENGLISH, ScannedPages.ENGLISH)));
        CompletableFuture<ExtractionResult> extraction =
                CompletableFuture.supplyAsync(() -> extractQuietly(worker, scan));
        List<ProcessHandle> tesseract = awaitTesseract();
        // when the worker is killed, as the parse timeout kills it
        worker.close();
        // then its Tesseract is gone with it, and the extraction says the parser died
        await("no Tesseract left")
                .atMost(GONE_WITHIN)
                .until(() -> tesseract.stream().noneMatch(IsolatedExtractorOcrTest::running));
        Failed failed = assertInstanceOf(Failed.class, extraction.get(1, TimeUnit.MINUTES));
        assertTrue(failed.reason().startsWith("parser crashed"), failed::reason);
    }

    @Test
    void shouldStopTesseractAndTheWorkerWhenTheServiceIsGone() throws Exception {
        // given a worker process reading a scan with Tesseract, as the service starts it
        WorkerCommand command =
                WorkerCommand.of(settings(Duration.ofSeconds(120), Duration.ofSeconds(60), 1), System.getenv());
        ProcessBuilder builder = new ProcessBuilder(command.line()).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().clear();
        builder.environment().putAll(command.environment());
        Process worker = builder.start();
        try (BufferedReader replies =
                        new BufferedReader(new InputStreamReader(worker.getInputStream(), StandardCharsets.UTF_8));
                Writer requests = new OutputStreamWriter(worker.getOutputStream(), StandardCharsets.UTF_8)) {
            assertEquals(WorkerProtocol.READY, replies.readLine());
            Path scan =
                    Files.write(spool.resolve("orphan.pdf"), ScannedPages.imageOnlyPdf(List.of(ScannedPages.ENGLISH)));
            requests.write(WorkerProtocol.write(new WorkerProtocol.Request(scan.toString(), "orphan.pdf", "0")) + "\n");
            requests.flush();
            List<ProcessHandle> tesseract = awaitTesseract();
            // when the service is gone: its end of the worker's stdin closes (a killed service's does)
            requests.close();
            // then the worker stops at once, and its Tesseract with it
            assertTrue(worker.waitFor(10, TimeUnit.SECONDS), "worker still running");
            await("no Tesseract left")
                    .atMost(GONE_WITHIN)
                    .until(() -> tesseract.stream().noneMatch(IsolatedExtractorOcrTest::running));
        } finally {
            worker.destroyForcibly();
        }
    }

    @Test
    void shouldRunAtMostOneSingleThreadedTesseractPerWorker() throws Exception {
        // given two workers and four scans extracted at once
        List<byte[]> scans = List.of(
                ScannedPages.imageOnlyPdf(List.of(ScannedPages.FRENCH)),
                ScannedPages.imageOnlyPdf(List.of(ScannedPages.ENGLISH)),
                ScannedPages.png(ScannedPages.FRENCH),
                ScannedPages.png(ScannedPages.ENGLISH));
        AtomicInteger most = new AtomicInteger();
        Map<Long, String> environments = new ConcurrentHashMap<>();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        try (ExecutorService callers = Executors.newFixedThreadPool(scans.size())) {
            sampler.scheduleAtFixedRate(
                    () -> {
                        List<ProcessHandle> running = tesseracts();
                        most.accumulateAndGet(running.size(), Math::max);
                        running.forEach(process ->
                                environments.computeIfAbsent(process.pid(), IsolatedExtractorOcrTest::environ));
                    },
                    0,
                    SAMPLE_EVERY_MS,
                    TimeUnit.MILLISECONDS);
            // when
            List<Future<ExtractionResult>> results = callers.invokeAll(scans.stream()
                    .map(scan -> (Callable<ExtractionResult>) () -> pool.extract(content("scans/scan", scan)))
                    .toList());
            // then every scan was read, by at most two Tesseract processes at a time, each told to use one thread
            for (Future<ExtractionResult> result : results) {
                assertInstanceOf(
                        Extracted.class, result.get(), () -> result.resultNow().toString());
            }
            System.out.printf("[ocr] at most %d Tesseract processes at once for 2 workers%n", most.get());
            assertTrue(most.get() >= 1 && most.get() <= 2, "Tesseract processes at once: " + most.get());
            List<String> read = environments.values().stream()
                    .filter(environ -> !environ.isEmpty())
                    .toList();
            assertFalse(read.isEmpty(), "the environment of a running Tesseract was read");
            assertTrue(read.stream().allMatch(environ -> environ.contains("OMP_THREAD_LIMIT=1")), read::toString);
        } finally {
            sampler.shutdownNow();
        }
    }

    private ExtractionSettings settings(Duration parseTimeout, Duration pageTimeout, int workers) {
        ExtractionSettings defaults = ExtractionSettings.defaults().withSpoolDirectory(spool);
        return defaults.withParseTimeout(parseTimeout)
                .withWorkers(workers, WORKER_HEAP)
                .withOcr(new OcrSettings(true, OcrSettings.defaults().languages(), pageTimeout));
    }

    private static ObjectContent content(String key, byte[] bytes) {
        return new ObjectContent(key, null, bytes.length, () -> new ByteArrayInputStream(bytes));
    }

    private static ExtractionResult extractQuietly(WorkerProcess worker, Path scan) {
        try {
            return worker.extract(
                    new WorkerProtocol.Request(scan.toString(), "dense.pdf", "0"),
                    Duration.ofMinutes(5),
                    Duration.ofMinutes(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until Tesseract runs under this JVM; returns those processes. */
    private static List<ProcessHandle> awaitTesseract() {
        List<List<ProcessHandle>> found = new ArrayList<>();
        await("Tesseract running")
                .atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(SAMPLE_EVERY_MS))
                .until(() -> {
                    List<ProcessHandle> running = tesseracts();
                    found.add(running);
                    return !running.isEmpty();
                });
        return found.getLast();
    }

    /** The Tesseract processes under this JVM (children of its workers). */
    private static List<ProcessHandle> tesseracts() {
        return ProcessHandle.current()
                .descendants()
                .filter(process -> process.info().command().orElse("").endsWith("/tesseract"))
                .toList();
    }

    /**
     * Whether a process still runs: alive and not a zombie. A Tesseract killed with its worker is reparented to the
     * machine's first process, which reaps it when it gets to it; until then the kernel keeps its entry (state Z),
     * which {@link ProcessHandle#isAlive()} counts as alive although it runs nothing.
     */
    private static boolean running(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            // "pid (comm) S ...": the state follows the command's closing bracket
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException | StringIndexOutOfBoundsException gone) {
            return false;
        }
    }

    /** A process's environment as the kernel has it, or "" once it is gone. */
    private static String environ(long pid) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(pid), "environ"));
        } catch (IOException e) {
            return "";
        }
    }
}
