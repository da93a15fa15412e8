package org.migrationdialogue.pipeline.ingest.bucket;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationdialogue.pipeline.common.events.UploadEvent;

/**
 * The scanner on a real folder, woken by a trigger the test drives: a change the trigger names is scanned alone, and
 * the whole folder is listed when the trigger cannot say what changed or deletes are held.
 */
class BucketScannerTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final Instant OLD = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path scratch;

    private Path uploads;
    private final Wakes trigger = new Wakes();
    private final List<UploadEvent> published = new CopyOnWriteArrayList<>();
    private CountingBucket bucket;
    private Thread thread;

    @BeforeEach
    void folders() throws IOException {
        uploads = Files.createDirectories(scratch.resolve("uploads"));
        bucket = new CountingBucket(new FolderBucket("reports", uploads));
    }

    @AfterEach
    void stop() throws InterruptedException {
        trigger.close();
        thread.join();
    }

    @Test
    void shouldScanOnlyTheFilesTheTriggerNames() throws IOException {
        // given a scanner that published the folder's three reports at start
        drop("a.txt", "b.txt", "c.txt");
        start(new DeleteGuard(100, 0));
        awaitPublished(3);
        // when a report arrives and one is deleted, and the trigger names both
        drop("d.txt");
        Files.delete(uploads.resolve("a.txt"));
        trigger.wake(ScanTrigger.Wake.of(Set.of("d.txt", "a.txt")));
        // then the new one is created and the deleted one deleted, from a listing of those two keys alone
        awaitPublished(5);
        assertEquals(
                List.of("created d.txt", "deleted a.txt"),
                published.subList(3, 5).stream()
                        .map(BucketScannerTest::describe)
                        .toList());
        assertEquals(1, bucket.wholeListings.get());
        assertEquals(1, bucket.keyListings.get());
    }

    @Test
    void shouldListEverythingWhenTheTriggerCannotSayWhatChanged() throws IOException {
        // given a scanner that published the folder's report at start
        drop("a.txt");
        start(new DeleteGuard(100, 0));
        awaitPublished(1);
        // when a report arrives and the trigger cannot say what changed (events were lost)
        drop("b.txt");
        trigger.wake(ScanTrigger.Wake.anything());
        // then the whole folder is listed, and the report found
        awaitPublished(2);
        assertEquals("created b.txt", describe(published.get(1)));
        assertEquals(2, bucket.wholeListings.get());
    }

    @Test
    void shouldJudgeHeldDeletesOnWholeListingsOnly() throws IOException {
        // given a scanner that published four reports, whose guard holds deleting more than half of them at once
        drop("a.txt", "b.txt", "c.txt", "d.txt");
        start(new DeleteGuard(50, 0));
        awaitPublished(4);
        // when three are deleted and named, then their deletes are held
        for (String key : List.of("a.txt", "b.txt", "c.txt")) {
            Files.delete(uploads.resolve(key));
        }
        trigger.wake(ScanTrigger.Wake.of(Set.of("a.txt", "b.txt", "c.txt")));
        await().atMost(PATIENCE).until(() -> bucket.keyListings.get() == 1);
        // and when a report arrives next, then the folder is listed whole: the deletes stay held, the report is found
        drop("e.txt");
        trigger.wake(ScanTrigger.Wake.of(Set.of("e.txt")));
        awaitPublished(5);
        assertEquals("created e.txt", describe(published.get(4)));
        assertEquals(2, bucket.wholeListings.get());
    }

    private void start(DeleteGuard guard) {
        BucketScanner scanner = new BucketScanner(
                bucket,
                Checkpoint.load(scratch.resolve("state/checkpoint-reports.json")),
                trigger,
                published::add,
                (name, problem) -> {
                    throw new IllegalStateException("no problem expected: " + problem);
                },
                DeleteConfirmation.in(scratch.resolve("state"), "reports"),
                Clock.systemUTC(),
                new BucketChanges.Rules(Duration.ofMillis(500), guard),
                Duration.ofHours(1));
        thread = new Thread(scanner, "scanner-under-test");
        thread.start();
    }

    private void drop(String... keys) throws IOException {
        for (String key : keys) {
            Path file = Files.writeString(uploads.resolve(key), "a report called " + key);
            Files.setLastModifiedTime(file, FileTime.from(OLD));
        }
    }

    private void awaitPublished(int count) {
        await().atMost(PATIENCE).until(() -> published.size() >= count);
    }

    private static String describe(UploadEvent event) {
        return (event.event() == UploadEvent.Kind.CREATED ? "created " : "deleted ") + event.key();
    }

    /** A trigger that wakes the scanner when the test says, and times out otherwise. */
    private static final class Wakes implements ScanTrigger {

        private final BlockingQueue<Optional<Wake>> queue = new LinkedBlockingQueue<>();

        void wake(Wake wake) {
            queue.add(Optional.of(wake));
        }

        @Override
        public Optional<Wake> await(Duration atMost) throws InterruptedException {
            Optional<Wake> next = queue.poll(atMost.toMillis(), TimeUnit.MILLISECONDS);
            return next == null ? Optional.of(Wake.timedOut()) : next;
        }

        @Override
        public void close() {
            queue.add(Optional.empty());
        }
    }

    /** The folder, counting its whole listings and its listings of keys. */
    private static final class CountingBucket implements Bucket {

        private final FolderBucket folder;
        private final AtomicInteger wholeListings = new AtomicInteger();
        private final AtomicInteger keyListings = new AtomicInteger();

        CountingBucket(FolderBucket folder) {
            this.folder = folder;
        }

        @Override
        public String name() {
            return folder.name();
        }

        @Override
        public Listing list() throws IOException {
            wholeListings.incrementAndGet();
            return folder.list();
        }

        @Override
        public Optional<Listing> list(Collection<String> keys) throws IOException {
            keyListings.incrementAndGet();
            return folder.list(keys);
        }

        @Override
        public Optional<BucketObject> head(String key) throws IOException {
            return folder.head(key);
        }

        @Override
        public InputStream open(String key) throws IOException {
            return folder.open(key);
        }

        @Override
        public boolean needsSettling() {
            return folder.needsSettling();
        }
    }
}
