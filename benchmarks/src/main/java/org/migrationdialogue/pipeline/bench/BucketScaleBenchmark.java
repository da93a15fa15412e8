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
import org.migrationdialogue.pipeline.ingest.bucket.BucketChanges;
import org.migrationdialogue.pipeline.ingest.bucket.BucketScanner;
import org.migrationdialogue.pipeline.ingest.bucket.Checkpoint;
import org.migrationdialogue.pipeline.ingest.bucket.DeleteConfirmation;
import org.migrationdialogue.pipeline.ingest.bucket.DeleteGuard;
import org.migrationdialogue.pipeline.ingest.bucket.FolderBucket;
import org.migrationdialogue.pipeline.ingest.bucket.FolderChangeTrigger;

/**
 * Whether the upload folder costs the same when it holds many reports (issue 16, target 4): the ingest-service's
 * bucket scanner (the production {@link BucketScanner}, {@link FolderBucket}, {@link FolderChangeTrigger} and
 * {@link Checkpoint}, on a real folder) once on an empty folder and once on one that holds {@code --objects} files
 * already published, side by side in one run. For each it prints the scanner thread's CPU while nothing happens
 * (over {@code --idle-seconds}, long enough for the periodic full listing), the time from a report renamed into the
 * folder to its upload event handed to the publisher ({@code --uploads} of them, one a second), the scanner's CPU
 * per upload, and the bytes the checkpoint wrote. The publisher records the events in memory: what follows an
 * upload event does not depend on the size of the bucket.
 *
 * <pre>java -cp 'benchmarks/target/benchmarks.jar:benchmarks/target/lib/*' \
 *     org.migrationdialogue.pipeline.bench.BucketScaleBenchmark --objects 20000 --folders 20 --uploads 20 \
 *     --idle-seconds 65</pre>
 */
public final class BucketScaleBenchmark {

    private static final Duration SETTLE = Duration.ofMillis(500);
    private static final Instant OLD = Instant.parse("2026-01-01T00:00:00Z");

    private BucketScaleBenchmark() {}

    /** What one folder size measured. */
    private record Result(
            int objects, double idleCpuMsPerMinute, Latencies latencies, double cpuMsPerUpload, long bytesPerUpload) {}

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        int objects = options.integer("objects", 20_000);
        int folders = options.integer("folders", 20);
        int uploads = options.integer("uploads", 20);
        Duration idle = Duration.ofSeconds(options.integer("idle-seconds", 65));
        Duration rescan =
                Duration.ofSeconds(options.integer("rescan-seconds", (int) FolderChangeTrigger.RESCAN.toSeconds()));
        Path root = Files.createTempDirectory("bucket-scale");
        System.out.println(Machine.describe());
        System.out.printf(
                "full listing at least every %d s; idle window %d s; %d uploads%n",
                rescan.toSeconds(), idle.toSeconds(), uploads);
        List<Result> results = new ArrayList<>();
        for (int size : new int[] {0, objects}) {
            results.add(measure(root.resolve("bucket-" + size), size, folders, uploads, idle, rescan));
        }
        System.out.println();
        System.out.println(
                "| objects in the folder | idle CPU of the scanner | upload → event (ms) | CPU per upload | bytes written per upload |");
        System.out.println("|---|---|---|---|---|");
        for (Result result : results) {
            System.out.printf(
                    "| %,d | %.1f ms a minute | %s | %.1f ms | %,d |%n",
                    result.objects(),
                    result.idleCpuMsPerMinute(),
                    result.latencies(),
                    result.cpuMsPerUpload(),
                    result.bytesPerUpload());
        }
        Result empty = results.getFirst();
        Result full = results.getLast();
        System.out.printf(
                "ratios (full / empty): idle CPU %.2f ×, upload p95 %.2f ×, CPU per upload %.2f × (target ≤ 1.5 ×)%n",
                full.idleCpuMsPerMinute() / Math.max(empty.idleCpuMsPerMinute(), 0.1),
                full.latencies().percentile(95) / Math.max(empty.latencies().percentile(95), 1),
                full.cpuMsPerUpload() / Math.max(empty.cpuMsPerUpload(), 0.1));
        System.out.println("load average " + Machine.loadAverage());
    }

    private static Result measure(Path base, int size, int folders, int uploads, Duration idle, Duration rescan)
            throws Exception {
        Path folder = Files.createDirectories(base.resolve("uploads"));
        Path state = Files.createDirectories(base.resolve("state"));
        Path staging = Files.createDirectories(base.resolve("staging"));
        for (int i = 0; i < size; i++) {
            Path file = folder.resolve(String.format("year-%02d/report-%06d.txt", i % Math.max(folders, 1), i));
            Files.createDirectories(file.getParent());
            Files.writeString(file, "Report " + i + " of the migration dialogue.\n");
            Files.setLastModifiedTime(file, FileTime.from(OLD));
        }
        Map<String, Long> published = new ConcurrentHashMap<>();
        AtomicInteger count = new AtomicInteger();
        FolderBucket bucket = new FolderBucket("reports", folder);
        FolderChangeTrigger trigger = new FolderChangeTrigger(bucket);
        BucketScanner scanner = new BucketScanner(
                bucket,
                Checkpoint.load(state.resolve("checkpoint-reports.json")),
                trigger,
                event -> {
                    published.put(event.key(), System.nanoTime());
                    count.incrementAndGet();
                },
                (name, problem) -> {
                    throw new IllegalStateException("unexpected problem " + problem);
                },
                DeleteConfirmation.in(state, "reports"),
                Clock.systemUTC(),
                new BucketChanges.Rules(SETTLE, new DeleteGuard(50, 100)),
                rescan);
        Thread thread = new Thread(scanner, "bucket-scanner-" + size);
        thread.start();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        await().atMost(Duration.ofMinutes(10)).until(() -> count.get() >= size);
        // the initial publication of what the folder held is a one-off; the idle window starts once it is written
        await().atMost(Duration.ofMinutes(1)).until(() -> size == 0 || checkpointBytes(state) > 0);
        long onDisk = checkpointBytes(state);
        long cpuBefore = threads.getThreadCpuTime(thread.threadId());
        Thread.sleep(idle.toMillis()); // the idle window being measured: nothing changes in the folder
        long idleCpu = threads.getThreadCpuTime(thread.threadId()) - cpuBefore;
        Latencies latencies = new Latencies();
        long uploadCpuBefore = threads.getThreadCpuTime(thread.threadId());
        long writtenBefore = writtenBytes();
        for (int i = 0; i < uploads; i++) {
            String key = String.format("year-%02d/new-%03d.txt", i % Math.max(folders, 1), i);
            Path staged = staging.resolve("new-" + i + ".txt");
            Files.writeString(staged, "A new report " + i + ".\n", StandardCharsets.UTF_8);
            Files.setLastModifiedTime(staged, FileTime.from(OLD));
            Files.createDirectories(folder.resolve(key).getParent());
            long start = System.nanoTime();
            Files.move(staged, folder.resolve(key), StandardCopyOption.ATOMIC_MOVE);
            await().atMost(Duration.ofMinutes(1)).until(() -> published.containsKey(key));
            latencies.add(published.get(key) - start);
            Thread.sleep(1_000); // one upload a second, as users drop them
        }
        double uploadCpu = (threads.getThreadCpuTime(thread.threadId()) - uploadCpuBefore) / 1e6 / uploads;
        long written = (writtenBytes() - writtenBefore) / Math.max(uploads, 1);
        trigger.close();
        thread.join();
        System.out.printf(
                "%,d objects: idle CPU %.1f ms in %d s; uploads %s; checkpoint on disk %,d bytes before the uploads%n",
                size, idleCpu / 1e6, idle.toSeconds(), latencies, onDisk);
        return new Result(size, idleCpu / 1e6 / idle.toSeconds() * 60, latencies, uploadCpu, written);
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
