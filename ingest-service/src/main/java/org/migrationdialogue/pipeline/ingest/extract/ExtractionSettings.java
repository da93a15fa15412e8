package org.migrationdialogue.pipeline.ingest.extract;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.migrationdialogue.pipeline.common.config.Config;
import org.migrationdialogue.pipeline.common.config.Settings;

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
public record ExtractionSettings(
        long maxBytes,
        Duration parseTimeout,
        int maxChars,
        long maxCompressionRatio,
        int workers,
        String workerHeap,
        Path spoolDirectory,
        Path javaCommand,
        OcrSettings ocr) {

    /** 100: Tika's own default; real office files inflate 5 to 20 times, bombs thousands of times. */
    public static final long DEFAULT_MAX_COMPRESSION_RATIO = 100;
    /** Files embedded in one report, all levels together: a report with its annexes and images has tens. */
    public static final int MAX_EMBEDDED_DOCUMENTS = 1000;
    /** Levels of embedding: a report holding a spreadsheet holding a chart is two; zip bombs nest deeper. */
    public static final int MAX_EMBEDDED_DEPTH = 3;

    public ExtractionSettings {
        if (maxBytes <= 0 || maxChars <= 0 || workers <= 0 || maxCompressionRatio <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /**
     * The limits a configuration sets (MAX_UPLOAD_BYTES, PARSE_TIMEOUT_SECONDS, MAX_EXTRACTED_CHARS, EXTRACTION_WORKERS,
     * EXTRACTION_WORKER_HEAP and the OCR settings, with the defaults and reasons of {@link Settings}); spooled in the
     * temporary folder, workers run by this JVM's java.
     */
    public static ExtractionSettings from(Config config) {
        return new ExtractionSettings(
                config.getLong(Settings.MAX_UPLOAD_BYTES),
                Duration.ofSeconds(config.getInt(Settings.PARSE_TIMEOUT_SECONDS)),
                config.getInt(Settings.MAX_EXTRACTED_CHARS),
                DEFAULT_MAX_COMPRESSION_RATIO,
                config.getInt(Settings.EXTRACTION_WORKERS),
                config.get(Settings.EXTRACTION_WORKER_HEAP),
                Path.of(System.getProperty("java.io.tmpdir")),
                Path.of(System.getProperty("java.home"), "bin", "java"),
                OcrSettings.from(config));
    }

    /** The local defaults of {@link Settings}. */
    public static ExtractionSettings defaults() {
        return from(new Config(Map.of()));
    }

    public ExtractionSettings withMaxBytes(long bytes) {
        return new ExtractionSettings(
                bytes,
                parseTimeout,
                maxChars,
                maxCompressionRatio,
                workers,
                workerHeap,
                spoolDirectory,
                javaCommand,
                ocr);
    }

    public ExtractionSettings withParseTimeout(Duration timeout) {
        return new ExtractionSettings(
                maxBytes,
                timeout,
                maxChars,
                maxCompressionRatio,
                workers,
                workerHeap,
                spoolDirectory,
                javaCommand,
                ocr);
    }

    public ExtractionSettings withMaxChars(int chars) {
        return new ExtractionSettings(
                maxBytes,
                parseTimeout,
                chars,
                maxCompressionRatio,
                workers,
                workerHeap,
                spoolDirectory,
                javaCommand,
                ocr);
    }

    public ExtractionSettings withMaxCompressionRatio(long ratio) {
        return new ExtractionSettings(
                maxBytes, parseTimeout, maxChars, ratio, workers, workerHeap, spoolDirectory, javaCommand, ocr);
    }

    public ExtractionSettings withWorkers(int count, String heap) {
        return new ExtractionSettings(
                maxBytes, parseTimeout, maxChars, maxCompressionRatio, count, heap, spoolDirectory, javaCommand, ocr);
    }

    public ExtractionSettings withSpoolDirectory(Path directory) {
        return new ExtractionSettings(
                maxBytes,
                parseTimeout,
                maxChars,
                maxCompressionRatio,
                workers,
                workerHeap,
                directory,
                javaCommand,
                ocr);
    }

    public ExtractionSettings withOcr(OcrSettings settings) {
        return new ExtractionSettings(
                maxBytes,
                parseTimeout,
                maxChars,
                maxCompressionRatio,
                workers,
                workerHeap,
                spoolDirectory,
                javaCommand,
                settings);
    }

    public ExtractionSettings withJavaCommand(Path command) {
        return new ExtractionSettings(
                maxBytes,
                parseTimeout,
                maxChars,
                maxCompressionRatio,
                workers,
                workerHeap,
                spoolDirectory,
                command,
                ocr);
    }
}
