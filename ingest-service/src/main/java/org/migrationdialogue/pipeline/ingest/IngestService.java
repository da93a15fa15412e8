package org.migrationdialogue.pipeline.ingest;

import org.migrationdialogue.pipeline.common.service.Health;
import org.migrationdialogue.pipeline.common.service.Service;
import org.migrationdialogue.pipeline.ingest.bucket.BucketScanner;
import org.migrationdialogue.pipeline.ingest.bucket.HeldDeletes;
import org.migrationdialogue.pipeline.ingest.extract.OcrStatus;
import org.migrationdialogue.pipeline.ingest.kafka.ExtractionLoop;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The ingest-service as a {@link Service}: a bucket scanner (for the folder bucket, or an S3 bucket without
 * notifications) publishing upload events, and the extraction loop turning them into extracted reports. Its health
 * says whether scans are read by OCR ({@code "ocr": "tesseract 5.3.0 (eng+fra)"}, or {@code "off: "} and why).
 */
public final class IngestService implements Service {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final int HELD_KEYS_SHOWN = 5;

    private final Optional<BucketScanner> scanner;
    private final ExtractionLoop loop;
    private final ExecutorService workers;
    private final OcrStatus ocr;
    private final List<AutoCloseable> resources;
    private final List<Thread> threads = new ArrayList<>();

    public IngestService(Optional<BucketScanner> scanner, ExtractionLoop loop, ExecutorService workers, OcrStatus ocr,
                         List<AutoCloseable> resources) {
        this.scanner = scanner;
        this.loop = loop;
        this.workers = workers;
        this.ocr = ocr;
        this.resources = List.copyOf(resources);
    }

    @Override
    public String name() {
        return "ingest-service";
    }

    @Override
    public void start() {
        scanner.ifPresent(bucketScanner -> threads.add(Thread.ofPlatform().name("bucket-scanner").start(bucketScanner)));
        threads.add(Thread.ofPlatform().name("extraction-loop").start(loop));
    }

    /**
     * Down when a thread stopped, the extraction loop failed, or the bucket cannot be listed (then nothing is published,
     * no delete either, until it can). Held mass deletes do not make it down (new uploads still go through) but are
     * reported, with the token and the file that confirm them.
     */
    @Override
    public Health health() {
        Optional<BucketScanner.Status> status = scanner.map(BucketScanner::status);
        boolean bucketReadable = status.map(scan -> scan.bucketError() == null).orElse(true);
        boolean up = threads.stream().allMatch(Thread::isAlive) && !failed() && bucketReadable;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("scanner", status.map(IngestService::scannerState).orElse("off (bucket notifications)"));
        status.ifPresent(scan -> addScannerDetails(scan, details));
        details.put("ocr", ocr.describe());
        if (loop.fatal() != null) {
            details.put("error", loop.fatal().getMessage());
        }
        return new Health(up, details);
    }

    private static String scannerState(BucketScanner.Status status) {
        if (status.fatal() != null) {
            return "stopped: " + status.fatal().getMessage();
        }
        return status.bucketError() == null ? "watching" : "waiting for the bucket";
    }

    private static void addScannerDetails(BucketScanner.Status status, Map<String, Object> details) {
        if (status.bucketError() != null) {
            details.put("bucket_error", status.bucketError());
        }
        HeldDeletes held = status.held();
        if (held != null) {
            Map<String, Object> deletes = new LinkedHashMap<>();
            deletes.put("count", held.keys().size());
            deletes.put("published", held.published());
            deletes.put("since", String.valueOf(status.heldSince()));
            deletes.put("first_keys", held.keys().subList(0, Math.min(HELD_KEYS_SHOWN, held.keys().size())));
            deletes.put("token", held.token());
            deletes.put("confirm_file", status.confirmationFile().toString());
            details.put("held_deletes", deletes);
        }
    }

    /** The service failed for good: the extraction loop or the bucket scanner stopped on an error. */
    @Override
    public boolean failed() {
        return loop.fatal() != null || scanner.map(bucketScanner -> bucketScanner.status().fatal() != null).orElse(false);
    }

    @Override
    public void close() {
        scanner.ifPresent(BucketScanner::stop);
        loop.stop();
        for (Thread thread : threads) {
            join(thread);
        }
        workers.shutdown();
        awaitWorkers();
        for (AutoCloseable resource : resources) {
            closeQuietly(resource);
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join(STOP_TIMEOUT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitWorkers() {
        try {
            workers.awaitTermination(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception e) {
            org.slf4j.LoggerFactory.getLogger(IngestService.class).warn("Closing {}: {}", resource, e.getMessage());
        }
    }
}
