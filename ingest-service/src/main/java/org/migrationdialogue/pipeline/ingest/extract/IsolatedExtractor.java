package org.migrationdialogue.pipeline.ingest.extract;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.migrationdialogue.pipeline.ingest.extract.ExtractionResult.Failed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The extractor services use: each document is parsed by {@link ReportExtractor} in a pool of worker JVMs
 * with a small heap, so a parser crash, hang or OutOfMemoryError costs one document and one worker, never
 * the service. The object is spooled and hashed here, size limits first; a worker that passes the parse
 * timeout (which grows with each page read by OCR) is killed with its Tesseract, and replaced. Workers get none
 * of the service's secrets ({@link WorkerCommand}).
 *
 * <p>Thread-safe: up to {@link ExtractionSettings#workers()} documents are parsed at once, further callers
 * wait for a free worker.
 */
public final class IsolatedExtractor implements Extractor {

    private static final Logger LOG = LoggerFactory.getLogger(IsolatedExtractor.class);
    /**
     * Loading Tika and warming up take 1-3 s on a quiet host, but 42-65 s were measured on the 2-core build host at a
     * load average of 35-40 (2026-12-01); a worker silent for three minutes will never be ready.
     */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final ExtractionSettings settings;
    private final WorkerCommand command;
    private final OcrStatus ocr;
    private final ContentSpooler spooler;
    private final BlockingQueue<WorkerSlot> idle;
    private final AtomicBoolean closed = new AtomicBoolean();

    /** Launches the workers now, so that they load Tika while the service starts. */
    public IsolatedExtractor(ExtractionSettings settings) {
        this(settings, System.getenv());
    }

    /** Workers started from a service whose environment is {@code serviceEnvironment}. */
    IsolatedExtractor(ExtractionSettings settings, Map<String, String> serviceEnvironment) {
        this.settings = settings;
        this.command = WorkerCommand.of(settings, serviceEnvironment);
        this.ocr = OcrStatus.detect(settings.ocr());
        this.spooler = new ContentSpooler(settings.maxBytes(), settings.spoolDirectory());
        this.idle = new ArrayBlockingQueue<>(settings.workers());
        for (int i = 0; i < settings.workers(); i++) {
            idle.add(WorkerSlot.launching(command));
        }
    }

    @Override
    public ExtractionResult extract(ObjectContent content) {
        return switch (spooler.spool(content)) {
            case ContentSpooler.Outcome.Rejected rejected -> rejected.failure();
            case ContentSpooler.Outcome.Spooled spooled -> extractSpooled(spooled.object(), content.key());
        };
    }

    private ExtractionResult extractSpooled(SpooledObject object, String key) {
        long start = System.nanoTime();
        try (object) {
            ExtractionResult result =
                    inWorker(new WorkerProtocol.Request(object.file().toString(), key, object.contentSha256()));
            LOG.info(
                    "extracted {} ({} bytes) in {} ms: {}",
                    key,
                    object.size(),
                    (System.nanoTime() - start) / 1_000_000,
                    outcome(result));
            return result;
        }
    }

    private ExtractionResult inWorker(WorkerProtocol.Request request) {
        if (closed.get()) {
            return Failed.fatal(Stage.WORKER, "extractor is closed");
        }
        WorkerSlot slot;
        try {
            slot = idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Failed.retriable(Stage.WORKER, "interrupted while waiting for a worker");
        }
        try {
            return slot.extract(
                    request,
                    command,
                    START_TIMEOUT,
                    settings.parseTimeout(),
                    settings.ocr().pageTimeout());
        } finally {
            release(slot);
        }
    }

    /** Back to the pool, or, when the extractor was closed meanwhile, stopped. */
    private void release(WorkerSlot slot) {
        idle.add(slot);
        if (closed.get()) {
            idle.forEach(WorkerSlot::close);
        }
    }

    private static String outcome(ExtractionResult result) {
        return switch (result) {
            case ExtractionResult.Extracted extracted ->
                "extracted " + extracted.cleanText().length() + " chars";
            case Failed failed -> failed.kind() + " at " + failed.stage() + ": " + failed.reason();
        };
    }

    /** What OCR the workers run, as found on this host when the extractor started. */
    public OcrStatus ocr() {
        return ocr;
    }

    @Override
    public void close() {
        closed.set(true);
        idle.forEach(WorkerSlot::close);
    }
}
