package org.migrationdialogue.pipeline.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.migrationdialogue.pipeline.common.service.Health;
import org.migrationdialogue.pipeline.common.service.Service;
import org.migrationdialogue.pipeline.common.service.ServiceLoop;
import org.migrationdialogue.pipeline.ingest.bucket.BucketReconciler;
import org.migrationdialogue.pipeline.ingest.bucket.BucketScanner;
import org.migrationdialogue.pipeline.ingest.bucket.HeldDeletes;
import org.migrationdialogue.pipeline.ingest.extract.OcrStatus;
import org.migrationdialogue.pipeline.ingest.kafka.ExtractionLoop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest-service as a {@link Service}: a bucket scanner (for the folder bucket, or an S3 bucket without
 * notifications) publishing upload events, or, for a bucket that publishes its own notifications, a reconciler
 * publishing what they missed; and the extraction loop turning them into extracted reports. If any loop dies, the
 * service has failed. Its health says whether scans are read by OCR ({@code "ocr": "tesseract 5.3.0 (eng+fra)"}, or
 * {@code "off: "} and why).
 */
public final class IngestService implements Service {

    private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final int HELD_KEYS_SHOWN = 5;

    private final Optional<BucketScanner> scanner;
    private final Optional<BucketReconciler> reconciler;
    private final List<ServiceLoop> loops = new ArrayList<>();
    private final ExecutorService workers;
    private final OcrStatus ocr;
    private final List<AutoCloseable> resources;

    public IngestService(
            Optional<BucketScanner> scanner,
            Optional<BucketReconciler> reconciler,
            ExtractionLoop loop,
            ExecutorService workers,
            OcrStatus ocr,
            List<AutoCloseable> resources) {
        this.scanner = scanner;
        this.reconciler = reconciler;
        this.workers = workers;
        this.ocr = ocr;
        this.resources = List.copyOf(resources);
        scanner.ifPresent(
                bucketScanner -> loops.add(new ServiceLoop("bucket-scanner", bucketScanner, bucketScanner::stop)));
        reconciler.ifPresent(listing -> loops.add(new ServiceLoop("bucket-reconciler", listing, listing::stop)));
        loops.add(new ServiceLoop("extraction-loop", loop, loop::stop));
    }

    @Override
    public String name() {
        return "ingest-service";
    }

    @Override
    public void start() {
        loops.forEach(ServiceLoop::start);
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
        Optional<String> failure = failure();
        boolean up = loops.stream().allMatch(ServiceLoop::isAlive) && failure.isEmpty() && bucketReadable;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put(
                "scanner",
                status.map(IngestService::scannerState)
                        .orElse(reconciler.map(BucketReconciler::mode).orElse("off (bucket notifications)")));
        status.ifPresent(scan -> addScannerDetails(scan, details));
        details.put("ocr", ocr.describe());
        failure.ifPresent(reason -> details.put("error", reason));
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
            deletes.put(
                    "first_keys",
                    held.keys().subList(0, Math.min(HELD_KEYS_SHOWN, held.keys().size())));
            deletes.put("token", held.token());
            deletes.put("confirm_file", status.confirmationFile().toString());
            details.put("held_deletes", deletes);
        }
    }

    /** The service failed for good: the extraction loop or the bucket scanner stopped on an error. */
    @Override
    public Optional<String> failure() {
        Optional<String> scannerError = scanner.map(BucketScanner::status)
                .map(BucketScanner.Status::fatal)
                .map(error -> "bucket-scanner stopped: " + error.getMessage());
        return scannerError.or(
                () -> loops.stream().flatMap(loop -> loop.failure().stream()).findFirst());
    }

    /** Stops the scanner and the loop (the poll in hand finishes and is committed), then the workers and clients. */
    @Override
    public void close() {
        loops.forEach(loop -> loop.stop(STOP_TIMEOUT));
        workers.shutdown();
        awaitWorkers();
        for (AutoCloseable resource : resources) {
            closeQuietly(resource);
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
            LOG.warn("Closing {}: {}", resource, e.getMessage());
        }
    }
}
