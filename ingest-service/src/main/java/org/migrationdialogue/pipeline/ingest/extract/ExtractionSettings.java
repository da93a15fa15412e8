package org.migrationdialogue.pipeline.ingest.extract;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Limits and resources of extraction.
 *
 * @param maxBytes            objects larger than this are rejected before being read
 * @param parseTimeout        a worker busy longer than this on one document is killed
 * @param maxChars            more extracted characters than this reject the document (Tika write limit)
 * @param maxCompressionRatio a zip entry inflating more than this many times over is a zip bomb
 * @param workers             worker processes parsing in parallel
 * @param workerHeap          maximum heap of one worker JVM, as for -Xmx
 * @param spoolDirectory      where objects are copied before parsing
 * @param javaCommand         the java executable that runs workers
 * @param ocr                 whether and how scans are read by OCR
 */
public record ExtractionSettings(long maxBytes, Duration parseTimeout, int maxChars, long maxCompressionRatio,
                                 int workers, String workerHeap, Path spoolDirectory, Path javaCommand,
                                 OcrSettings ocr) {

    /** 100 MB: the largest reports seen are scanned PDFs of about 40 MB. */
    public static final long DEFAULT_MAX_BYTES = 100L * 1024 * 1024;
    /**
     * Two minutes: a 300-page text PDF parses in seconds; only pathological files take longer. Each page or image
     * read by OCR adds {@link OcrSettings#pageTimeout()}.
     */
    public static final Duration DEFAULT_PARSE_TIMEOUT = Duration.ofSeconds(120);
    /**
     * 10 million characters: about 4,000 pages of text, far more than any meeting report, and still what one record
     * of reports.extracted (10 MB) can hold.
     */
    public static final int DEFAULT_MAX_CHARS = 10_000_000;
    /** 100: Tika's own default; real office files inflate 5 to 20 times, bombs thousands of times. */
    public static final long DEFAULT_MAX_COMPRESSION_RATIO = 100;
    /** Files embedded in one report, all levels together: a report with its annexes and images has tens. */
    public static final int MAX_EMBEDDED_DOCUMENTS = 1000;
    /** Levels of embedding: a report holding a spreadsheet holding a chart is two; zip bombs nest deeper. */
    public static final int MAX_EMBEDDED_DEPTH = 3;
    /** One per core of the two-core hosts. */
    public static final int DEFAULT_WORKERS = 2;
    /** 512 MB: enough for PDFBox on image-heavy PDFs, small enough that two workers fit beside the service. */
    public static final String DEFAULT_WORKER_HEAP = "512m";

    public ExtractionSettings {
        if (maxBytes <= 0 || maxChars <= 0 || workers <= 0 || maxCompressionRatio <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public static ExtractionSettings defaults() {
        return new ExtractionSettings(DEFAULT_MAX_BYTES, DEFAULT_PARSE_TIMEOUT, DEFAULT_MAX_CHARS,
                DEFAULT_MAX_COMPRESSION_RATIO, DEFAULT_WORKERS, DEFAULT_WORKER_HEAP,
                Path.of(System.getProperty("java.io.tmpdir")),
                Path.of(System.getProperty("java.home"), "bin", "java"), OcrSettings.defaults());
    }

    public ExtractionSettings withMaxBytes(long bytes) {
        return new ExtractionSettings(bytes, parseTimeout, maxChars, maxCompressionRatio, workers, workerHeap,
                spoolDirectory, javaCommand, ocr);
    }

    public ExtractionSettings withParseTimeout(Duration timeout) {
        return new ExtractionSettings(maxBytes, timeout, maxChars, maxCompressionRatio, workers, workerHeap,
                spoolDirectory, javaCommand, ocr);
    }

    public ExtractionSettings withMaxChars(int chars) {
        return new ExtractionSettings(maxBytes, parseTimeout, chars, maxCompressionRatio, workers, workerHeap,
                spoolDirectory, javaCommand, ocr);
    }

    public ExtractionSettings withMaxCompressionRatio(long ratio) {
        return new ExtractionSettings(maxBytes, parseTimeout, maxChars, ratio, workers, workerHeap,
                spoolDirectory, javaCommand, ocr);
    }

    public ExtractionSettings withWorkers(int count, String heap) {
        return new ExtractionSettings(maxBytes, parseTimeout, maxChars, maxCompressionRatio, count, heap,
                spoolDirectory, javaCommand, ocr);
    }

    public ExtractionSettings withSpoolDirectory(Path directory) {
        return new ExtractionSettings(maxBytes, parseTimeout, maxChars, maxCompressionRatio, workers, workerHeap,
                directory, javaCommand, ocr);
    }

    public ExtractionSettings withOcr(OcrSettings settings) {
        return new ExtractionSettings(maxBytes, parseTimeout, maxChars, maxCompressionRatio, workers, workerHeap,
                spoolDirectory, javaCommand, settings);
    }

    public ExtractionSettings withJavaCommand(Path command) {
        return new ExtractionSettings(maxBytes, parseTimeout, maxChars, maxCompressionRatio, workers, workerHeap,
                spoolDirectory, command, ocr);
    }
}
