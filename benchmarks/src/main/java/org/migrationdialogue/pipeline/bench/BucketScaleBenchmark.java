package org.migrationdialogue.pipeline.bench;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.migrationdialogue.pipeline.common.config.Settings;
import org.migrationdialogue.pipeline.ingest.bucket.Bucket;
import org.migrationdialogue.pipeline.ingest.bucket.BucketChanges;
import org.migrationdialogue.pipeline.ingest.bucket.BucketScanner;
import org.migrationdialogue.pipeline.ingest.bucket.Checkpoint;
import org.migrationdialogue.pipeline.ingest.bucket.DeleteConfirmation;
import org.migrationdialogue.pipeline.ingest.bucket.DeleteGuard;
import org.migrationdialogue.pipeline.ingest.bucket.FolderBucket;
import org.migrationdialogue.pipeline.ingest.bucket.FolderChangeTrigger;
import org.migrationdialogue.pipeline.ingest.bucket.IntervalTrigger;
import org.migrationdialogue.pipeline.ingest.bucket.S3Bucket;
import org.migrationdialogue.pipeline.ingest.bucket.ScanTrigger;
import org.migrationdialogue.pipeline.testing.S3ProxyServer;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Whether the upload bucket costs the same when it holds many reports (issue 16, target 4): the ingest-service's
 * bucket scanner as production wires it ({@link BucketScanner} and {@link Checkpoint}; for {@code --bucket folder}, the
 * default, {@link FolderBucket} and {@link FolderChangeTrigger} on a real folder; for {@code --bucket s3},
 * {@link S3Bucket} in polling mode, an {@link IntervalTrigger} every {@code --poll-seconds}, on a real S3 API server,
 * S3Proxy, which counts the LIST requests) once on an empty bucket and once on one that holds {@code --objects}
 * reports already published, side by side in one run. For each it prints the scanner thread's CPU while nothing happens
 * (over {@code --idle-seconds}, long enough for the periodic comparison of the folders' times, or for several polls),
 * the LIST requests in that time (S3), the CPU of one whole listing of the bucket (which the folder's scanner makes
 * at start and every {@link FolderChangeTrigger#WHOLE_LISTING}, and the S3 scanner at every poll), the time from a
 * report uploaded (renamed into the folder; put into the bucket) to its upload event handed to the publisher
 * ({@code --uploads} of them, one a second), the scanner's CPU per upload, and the bytes the checkpoint wrote. The
 * publisher records the events in memory: what follows an upload event does not depend on the size of the bucket.
 *
 * <pre>java -cp 'benchmarks/target/benchmarks.jar:benchmarks/target/lib/*' \
 *     org.migrationdialogue.pipeline.bench.BucketScaleBenchmark --objects 20000 --folders 20 --uploads 20 \
 *     --idle-seconds 125 [--bucket s3 --poll-seconds 10]</pre>
 */
public final class BucketScaleBenchmark {

    private static final Duration SETTLE = Duration.ofMillis(500);
    private static final Instant OLD = Instant.parse("2026-01-01T00:00:00Z");
    private static final String BUCKET = "reports";

    private BucketScaleBenchmark() {}

    /** What one bucket size measured. */
    private record Result(
            int objects,
            double idleCpuMsPerMinute,
            double listRequestsPerMinute,
            double wholeListingCpuMs,
            Latencies latencies,
            double cpuMsPerUpload,
            Long bytesPerUpload) {}

    /** One bucket under the scanner: how it is listed, woken, uploaded into, and what its server counted. */
    private interface Fixture extends AutoCloseable {

        Bucket bucket();

        /** The scanner's trigger, made at the first call: once the bucket is filled, as the scanner is started. */
        ScanTrigger trigger();

        Duration interval();

        /** Uploads a new report under this key, as users do (atomically), and returns when it is in the bucket. */
        void upload(String key, String text) throws IOException;

        /** The LIST requests the bucket's server answered so far (0 for a folder: it has none). */
        long listRequests();

        /**
         * Whether this process's writes are the scanner's alone: not with the S3 server in it, whose replies are
         * written by this process too.
         */
        boolean writesAreTheScanners();
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        int objects = options.integer("objects", 20_000);
        int folders = options.integer("folders", 20);
        int uploads = options.integer("uploads", 20);
        Duration idle = Duration.ofSeconds(options.integer("idle-seconds", 125));
        String kind = options.text("bucket", "folder");
        if (!kind.equals("folder") && !kind.equals("s3")) {
            throw new IllegalArgumentException("--bucket is folder or s3, not " + kind);
        }
        boolean s3 = kind.equals("s3");
        Duration interval = s3
                ? Duration.ofSeconds(options.integer(
                        "poll-seconds", Integer.parseInt(Settings.S3_POLL_INTERVAL_SECONDS.defaultValue())))
                : FolderChangeTrigger.RESCAN;
        Path root = Files.createTempDirectory("bucket-scale");
        System.out.println(Machine.describe());
        System.out.println(
                s3
                        ? "S3 bucket (S3Proxy) in polling mode: the whole bucket listed every " + interval.toSeconds()
                                + " s"
                        : "folder: the folders' times compared every " + interval.toSeconds()
                                + " s, the whole folder listed every " + FolderChangeTrigger.WHOLE_LISTING.toMinutes()
                                + " min");
        System.out.printf("idle window %d s; %d uploads, one a second%n", idle.toSeconds(), uploads);
        List<Result> results = new ArrayList<>();
        S3ProxyServer server = s3 ? S3ProxyServer.start() : null;
        try {
            for (int size : new int[] {0, objects}) {
                Path base = Files.createDirectories(root.resolve("bucket-" + size));
                try (Fixture fixture = s3 ? s3(server, "reports-" + size, interval) : folder(base)) {
                    fill(fixture, size, folders);
                    results.add(measure(fixture, base, size, folders, uploads, idle));
                }
            }
        } finally {
            if (server != null) {
                server.stop();
            }
        }
        System.out.println();
        System.out.println("| objects in the bucket | idle CPU of the scanner | LIST requests | a whole listing (CPU) "
                + "| upload → event (ms) | CPU per upload | bytes written per upload |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (Result result : results) {
            System.out.printf(
                    "| %,d | %.1f ms a minute | %.1f a minute | %.1f ms | %s | %.1f ms | %s |%n",
                    result.objects(),
                    result.idleCpuMsPerMinute(),
                    result.listRequestsPerMinute(),
                    result.wholeListingCpuMs(),
                    result.latencies(),
                    result.cpuMsPerUpload(),
                    result.bytesPerUpload() == null
                            ? "n/a (the S3 server's replies count)"
                            : String.format("%,d", result.bytesPerUpload()));
        }
        Result empty = results.getFirst();
        Result full = results.getLast();
        System.out.printf(
                "ratios (full / empty): idle CPU %.2f ×, LIST requests %.2f ×, upload p95 %.2f ×, CPU per upload %.2f ×"
                        + " (target ≤ 1.5 ×)%n",
                full.idleCpuMsPerMinute() / Math.max(empty.idleCpuMsPerMinute(), 0.1),
                full.listRequestsPerMinute() / Math.max(empty.listRequestsPerMinute(), 0.1),
                full.latencies().percentile(95) / Math.max(empty.latencies().percentile(95), 1),
                full.cpuMsPerUpload() / Math.max(empty.cpuMsPerUpload(), 0.1));
        System.out.println("load average " + Machine.loadAverage());
    }

    private static Fixture folder(Path base) throws IOException {
        Path folder = Files.createDirectories(base.resolve("uploads"));
        Path staging = Files.createDirectories(base.resolve("staging"));
        FolderBucket bucket = new FolderBucket(BUCKET, folder);
        return new Fixture() {
            /** Made after the filling: a watch during it would hand the scanner 20,000 files' events to take. */
            private FolderChangeTrigger trigger;

            @Override
            public Bucket bucket() {
                return bucket;
            }

            @Override
            public ScanTrigger trigger() {
                if (trigger == null) {
                    trigger = new FolderChangeTrigger(bucket, Clock.systemUTC());
                }
                return trigger;
            }

            @Override
            public Duration interval() {
                return FolderChangeTrigger.RESCAN;
            }

            @Override
            public void upload(String key, String text) throws IOException {
                Path staged = staging.resolve(key.replace('/', '_'));
                Files.writeString(staged, text, StandardCharsets.UTF_8);
                Files.setLastModifiedTime(staged, FileTime.from(OLD));
                Path target = folder.resolve(key);
                Files.createDirectories(target.getParent());
                Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
            }

            @Override
            public long listRequests() {
                return 0;
            }

            @Override
            public boolean writesAreTheScanners() {
                return true;
            }

            @Override
            public void close() {
                if (trigger != null) {
                    trigger.close();
                }
            }
        };
    }

    private static Fixture s3(S3ProxyServer server, String name, Duration interval) {
        S3Client client = server.client();
        client.createBucket(request -> request.bucket(name));
        S3Bucket bucket = new S3Bucket(client, name);
        IntervalTrigger trigger = new IntervalTrigger();
        return new Fixture() {
            @Override
            public Bucket bucket() {
                return bucket;
            }

            @Override
            public ScanTrigger trigger() {
                return trigger;
            }

            @Override
            public Duration interval() {
                return interval;
            }

            @Override
            public void upload(String key, String text) {
                client.putObject(request -> request.bucket(name).key(key), RequestBody.fromString(text));
            }

            @Override
            public long listRequests() {
                return server.listRequests();
            }

            @Override
            public boolean writesAreTheScanners() {
                return false;
            }

            @Override
            public void close() {
                trigger.close();
                bucket.close();
            }
        };
    }

    /** The reports the bucket holds before the scanner starts, {@code folders} folders of them. */
    private static void fill(Fixture fixture, int size, int folders) throws IOException {
        for (int i = 0; i < size; i++) {
            fixture.upload(
                    String.format("year-%02d/report-%06d.txt", i % Math.max(folders, 1), i),
                    "Report " + i + " of the migration dialogue.\n");
        }
    }

    private static Result measure(Fixture fixture, Path base, int size, int folders, int uploads, Duration idle)
            throws Exception {
        Path state = Files.createDirectories(base.resolve("state"));
        Map<String, Long> published = new ConcurrentHashMap<>();
        AtomicInteger count = new AtomicInteger();
        BucketScanner scanner = new BucketScanner(
                fixture.bucket(),
                Checkpoint.load(state.resolve("checkpoint-" + BUCKET + ".json")),
                fixture.trigger(),
                event -> {
                    published.put(event.key(), System.nanoTime());
                    count.incrementAndGet();
                },
                (name, problem) -> {
                    throw new IllegalStateException("unexpected problem " + problem);
                },
                DeleteConfirmation.in(state, BUCKET),
                Clock.systemUTC(),
                new BucketChanges.Rules(SETTLE, new DeleteGuard(50, 100)),
                fixture.interval());
        Thread thread = new Thread(scanner, "bucket-scanner-" + size);
        thread.start();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        await().atMost(Duration.ofMinutes(10)).until(() -> count.get() >= size);
        // the initial publication of what the bucket held is a one-off; the idle window starts once it is written
        await().atMost(Duration.ofMinutes(1)).until(() -> size == 0 || checkpointBytes(state) > 0);
        long onDisk = checkpointBytes(state);
        long cpuBefore = threads.getThreadCpuTime(thread.threadId());
        long listsBefore = fixture.listRequests();
        Thread.sleep(idle.toMillis()); // the idle window being measured: nothing changes in the bucket
        long idleCpu = threads.getThreadCpuTime(thread.threadId()) - cpuBefore;
        long idleLists = fixture.listRequests() - listsBefore;
        long listingCpuBefore = threads.getCurrentThreadCpuTime();
        int listed = fixture.bucket().list().objects().size();
        double wholeListingCpu = (threads.getCurrentThreadCpuTime() - listingCpuBefore) / 1e6;
        Latencies latencies = new Latencies();
        long uploadCpuBefore = threads.getThreadCpuTime(thread.threadId());
        long writtenBefore = writtenBytes();
        for (int i = 0; i < uploads; i++) {
            String key = String.format("year-%02d/new-%03d.txt", i % Math.max(folders, 1), i);
            long start = System.nanoTime();
            fixture.upload(key, "A new report " + i + ".\n");
            await().atMost(Duration.ofMinutes(1)).until(() -> published.containsKey(key));
            latencies.add(published.get(key) - start);
            Thread.sleep(1_000); // one upload a second, as users drop them
        }
        double uploadCpu = (threads.getThreadCpuTime(thread.threadId()) - uploadCpuBefore) / 1e6 / uploads;
        long written = (writtenBytes() - writtenBefore) / Math.max(uploads, 1);
        fixture.trigger().close();
        thread.join();
        System.out.printf(
                "%,d objects: idle CPU %.1f ms and %d LIST requests in %d s; a whole listing of %,d objects %.1f ms of"
                        + " CPU; uploads %s; checkpoint on disk %,d bytes before the uploads%n",
                size, idleCpu / 1e6, idleLists, idle.toSeconds(), listed, wholeListingCpu, latencies, onDisk);
        double perMinute = 60.0 / idle.toSeconds();
        return new Result(
                size,
                idleCpu / 1e6 * perMinute,
                idleLists * perMinute,
                wholeListingCpu,
                latencies,
                uploadCpu,
                fixture.writesAreTheScanners() ? written : null);
    }

    /** Bytes this process has written so far (/proc/self/io wchar): the checkpoint's writes, and a few log lines. */
    private static long writtenBytes() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/io")).stream()
                .filter(line -> line.startsWith("wchar:"))
                .mapToLong(
                        line -> Long.parseLong(line.substring("wchar:".length()).trim()))
                .sum();
    }

    /** Bytes of the checkpoint files on disk now . */
    private static long checkpointBytes(Path state) throws IOException {
        try (Stream<Path> files = Files.list(state)) {
            return files.filter(file -> file.getFileName().toString().startsWith("checkpoint-"))
                    .mapToLong(file -> {
                        try {
                            return Files.size(file);
                        } catch (IOException e) {
                            return 0;
                        }
                    })
                    .sum();
        }
    }
}
