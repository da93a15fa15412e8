package org.migrationdialogue.pipeline.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.migrationdialogue.pipeline.ingest.extract.ExtractionResult;
import org.migrationdialogue.pipeline.ingest.extract.ExtractionSettings;
import org.migrationdialogue.pipeline.ingest.extract.IsolatedExtractor;
import org.migrationdialogue.pipeline.ingest.extract.ObjectContent;
import org.migrationdialogue.pipeline.ingest.extract.ReportExtractor;
import org.migrationdialogue.pipeline.ingest.extract.ScannedPages;

/**
 * What OCR costs on this machine: seconds (wall clock and CPU, Tesseract's included) per scanned page, one page at a
 * time in process and with the ingest-service's worker pool; that a long scan finishes within its time budget; and
 * that a text PDF pays nothing for OCR being available (the same text PDFs extracted with OCR on and off).
 *
 * <pre>java -cp 'benchmarks/target/benchmarks.jar:benchmarks/target/lib/*' \
 *     org.migrationdialogue.pipeline.bench.OcrBenchmark --pages 10 --long-scan 40 --reports 200 --seed 7</pre>
 */
public final class OcrBenchmark {

    private OcrBenchmark() {}

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        long seed = options.number("seed", 7);
        Path root =
                options.path("out", Path.of("benchmarks/target/ocr-" + seed)).toAbsolutePath();
        Path spool = Files.createDirectories(root.resolve("spool"));
        ExtractionSettings settings = ExtractionSettings.defaults().withSpoolDirectory(spool);
        System.out.println(Machine.describe());
        int pages = options.integer("pages", 10);
        byte[] scan = ScannedPages.imageOnlyPdf(pagesOf(pages));
        try (ReportExtractor extractor = new ReportExtractor(settings)) {
            System.out.println("OCR: " + extractor.ocr().describe());
            if (!extractor.ocr().on()) {
                throw new IllegalStateException(
                        "OCR cannot run here: " + extractor.ocr().describe());
            }
            extractor.extract(content("warm-up.pdf", ScannedPages.imageOnlyPdf(pagesOf(1))));
            System.out.println(timed(
                    "in process, one page at a time",
                    pages,
                    () -> check(extractor.extract(content("scan.pdf", scan)))));
        }
        int workers = settings.workers();
        try (IsolatedExtractor pool = new IsolatedExtractor(settings)) {
            pool.extract(content("warm-up.pdf", ScannedPages.imageOnlyPdf(pagesOf(1))));
            System.out.println(timed(
                    workers + " workers, " + workers + " scans at once",
                    pages * workers,
                    () -> inParallel(pool, scan, workers)));
            int longScan = options.integer("long-scan", 40);
            byte[] big = ScannedPages.imageOnlyPdf(pagesOf(longScan));
            System.out.println(timed(
                    "one " + longScan + "-page scan in a worker (parse timeout "
                            + settings.parseTimeout().toSeconds() + " s + "
                            + settings.ocr().pageTimeout().toSeconds()
                            + " s a page)",
                    longScan,
                    () -> check(pool.extract(content("long-scan.pdf", big)))));
        }
        textPdfsWithAndWithoutOcr(root, seed, options.integer("reports", 200), settings);
        System.out.println("load average " + Machine.loadAverage());
    }

    /** The corpus's PDFs, extracted in rounds alternating OCR on and off, in process, one at a time. */
    private static void textPdfsWithAndWithoutOcr(Path root, long seed, int reports, ExtractionSettings settings)
            throws Exception {
        List<CorpusFile> pdfs = new CorpusGenerator(Path.of("").toAbsolutePath(), seed)
                .generate(root.resolve("corpus"), reports).stream()
                        .filter(file -> file.format() == ReportFormat.PDF)
                        .toList();
        try (ReportExtractor on = new ReportExtractor(settings);
                ReportExtractor off =
                        new ReportExtractor(settings.withOcr(settings.ocr().disabled()))) {
            pass(on, pdfs);
            pass(off, pdfs);
            for (int round = 1; round <= 3; round++) {
                for (ReportExtractor extractor : List.of(on, off)) {
                    String name = "text PDFs, OCR " + extractor.ocr().describe() + ", round " + round;
                    System.out.println(timed(name, pdfs.size(), () -> pass(extractor, pdfs))
                            .replace("page", "PDF"));
                }
            }
        }
    }

    private static void pass(ReportExtractor extractor, List<CorpusFile> files) throws IOException {
        for (CorpusFile file : files) {
            ExtractionResult result = extractor.extract(ObjectContent.ofPath(file.file(), file.key(), null));
            if (result instanceof ExtractionResult.Extracted extracted
                    && !extracted.ocr().ocrPages().isEmpty()) {
                throw new IllegalStateException(file.key() + " was read by OCR: " + extracted.ocr());
            }
        }
    }

    private static void inParallel(IsolatedExtractor pool, byte[] scan, int callers) throws Exception {
        try (ExecutorService threads = Executors.newFixedThreadPool(callers)) {
            List<Callable<ExtractionResult>> calls = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                calls.add(() -> pool.extract(content("scan.pdf", scan)));
            }
            for (Future<ExtractionResult> result : threads.invokeAll(calls)) {
                check(result.get());
            }
        }
    }

    private static void check(ExtractionResult result) {
        if (!(result instanceof ExtractionResult.Extracted extracted)
                || extracted.ocr().ocrPages().isEmpty()) {
            throw new IllegalStateException("a scan was not read by OCR: " + result);
        }
    }

    /** Wall-clock and CPU seconds (this JVM and its finished children: Tesseract, workers) per unit. */
    private static String timed(String name, int units, Work work) throws Exception {
        long cpu = cpuNanos();
        long start = System.nanoTime();
        work.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (cpuNanos() - cpu) / 1e9;
        return String.format(
                "%s: %d pages in %.1f s = %.2f s a page (CPU %.2f s a page); load average %s",
                name, units, seconds, seconds / units, cpuSeconds / units, Machine.loadAverage());
    }

    /**
     * CPU time of this JVM and of the worker JVMs under it, each with its children that have ended (Tesseract runs as
     * a child of a worker): utime, stime, cutime and cstime of /proc/&lt;pid&gt;/stat, in clock ticks of 10 ms.
     */
    private static long cpuNanos() {
        long ticks = ticks(ProcessHandle.current().pid());
        for (ProcessHandle child : ProcessHandle.current().children().toList()) {
            ticks += ticks(child.pid());
        }
        return ticks * 10_000_000L;
    }

    private static long ticks(long pid) {
        try {
            String[] stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"))
                    .replaceAll("^.*\\) ", "")
                    .split(" ");
            return Long.parseLong(stat[11])
                    + Long.parseLong(stat[12])
                    + Long.parseLong(stat[13])
                    + Long.parseLong(stat[14]);
        } catch (IOException e) {
            return 0;
        }
    }

    private static List<List<String>> pagesOf(int count) {
        List<List<String>> pages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            pages.add(i % 2 == 0 ? ScannedPages.ENGLISH : ScannedPages.FRENCH);
        }
        return pages;
    }

    private static ObjectContent content(String key, byte[] bytes) {
        return new ObjectContent(key, null, bytes.length, () -> new ByteArrayInputStream(bytes));
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }
}
