package org.migrationdialogue.pipeline.ingest;

import org.migrationdialogue.pipeline.common.service.Health;
import org.migrationdialogue.pipeline.common.service.Service;
import org.migrationdialogue.pipeline.ingest.bucket.BucketWatcher;
import org.migrationdialogue.pipeline.ingest.kafka.ExtractionLoop;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The ingest-service as a {@link Service}: a bucket watcher publishing upload events (the scanner of the folder
 * bucket or of an S3 bucket without notifications; the reconciler of a bucket's own notifications), and the
 * extraction loop turning them into extracted reports.
 */
public final class IngestService implements Service {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Optional<BucketWatcher> scanner;
    private final ExtractionLoop loop;
    private final ExecutorService workers;
    private final List<AutoCloseable> resources;
    private final List<Thread> threads = new ArrayList<>();

    public IngestService(Optional<BucketWatcher> scanner, ExtractionLoop loop, ExecutorService workers,
                         List<AutoCloseable> resources) {
        this.scanner = scanner;
        this.loop = loop;
        this.workers = workers;
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

    @Override
    public Health health() {
        boolean up = threads.stream().allMatch(Thread::isAlive) && loop.fatal() == null;
        Map<String, Object> details = new HashMap<>();
        details.put("scanner", scanner.map(BucketWatcher::mode).orElse("off"));
        if (loop.fatal() != null) {
            details.put("error", loop.fatal().getMessage());
        }
        return new Health(up, details);
    }

    @Override
    public boolean failed() {
        return loop.fatal() != null;
    }

    @Override
    public void close() {
        scanner.ifPresent(BucketWatcher::stop);
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
