package org.migrationdialogue.pipeline.ingest.bucket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the folder watch tells the scanner, on a real file system's change events. */
class FolderChangeTriggerTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @TempDir
    Path uploads;

    @Test
    void shouldNameTheFilesThatChangedInTheFolderAndItsSubFolders() throws IOException, InterruptedException {
        // given a watched folder with a sub-folder
        Path year = Files.createDirectories(uploads.resolve("2024"));
        try (FolderChangeTrigger trigger =
                new FolderChangeTrigger(new FolderBucket("reports", uploads), Clock.systemUTC())) {
            // when a report is written into the sub-folder
            Files.writeString(year.resolve("report.txt"), "a report");
            // then the wake names it by its key
            ScanTrigger.Wake wake = trigger.await(PATIENCE).orElseThrow();
            assertEquals(ScanTrigger.Wake.Kind.KEYS, wake.kind());
            assertEquals(Set.of("2024/report.txt"), wake.keys());
        }
    }

    @Test
    void shouldAskForAWholeListingWhenAFolderComesOrGoes() throws IOException, InterruptedException {
        // given a watched folder with a sub-folder
        Path year = Files.createDirectories(uploads.resolve("2024"));
        try (FolderChangeTrigger trigger =
                new FolderChangeTrigger(new FolderBucket("reports", uploads), Clock.systemUTC())) {
            // when a folder is created, then the scanner must list everything (what is in it is not known)
            Files.createDirectories(uploads.resolve("2025"));
            assertEquals(
                    ScanTrigger.Wake.Kind.ANYTHING,
                    trigger.await(PATIENCE).orElseThrow().kind());
            // and when a watched folder is deleted, the same (what was published from it is gone)
            Files.delete(year);
            assertEquals(
                    ScanTrigger.Wake.Kind.ANYTHING,
                    trigger.await(PATIENCE).orElseThrow().kind());
        }
    }

    @Test
    void shouldSayThatNothingChangedWhenNoEventCameAndNoFolderWasTouched() throws InterruptedException {
        // given a watched folder where nothing happens
        FolderChangeTrigger trigger = new FolderChangeTrigger(new FolderBucket("reports", uploads), Clock.systemUTC());
        // when the scanner waits, then the wait says that nothing changed: no listing at all
        assertEquals(
                ScanTrigger.Wake.none(), trigger.await(Duration.ofMillis(100)).orElseThrow());
        // and once the trigger is closed, the wait says so
        trigger.close();
        assertTrue(trigger.await(PATIENCE).isEmpty());
    }

    @Test
    void shouldAskForAWholeListingWhenAFolderChangedWithoutAnEvent() throws IOException, InterruptedException {
        // given a watched folder
        try (FolderChangeTrigger trigger =
                new FolderChangeTrigger(new FolderBucket("reports", uploads), Clock.systemUTC())) {
            // when its modification time changes with no event (as on a file system that sends none: the watch
            // reports no event of a watched folder's own attributes)
            Files.setLastModifiedTime(uploads, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
            // then the time-out asks for a whole listing, and once it was asked, nothing is left to say
            assertAsksForOneWholeListing(trigger);
        }
    }

    @Test
    void shouldAskForAWholeListingOnceTheLastIsSixHoursOld() throws InterruptedException {
        // given a watched folder where nothing happens, on a clock that the test moves
        MovingClock clock = new MovingClock();
        try (FolderChangeTrigger trigger = new FolderChangeTrigger(new FolderBucket("reports", uploads), clock)) {
            clock.move(FolderChangeTrigger.WHOLE_LISTING.minusSeconds(1));
            assertEquals(
                    ScanTrigger.Wake.none(),
                    trigger.await(Duration.ofMillis(100)).orElseThrow());
            // when six hours have passed since the whole listing at start
            clock.move(Duration.ofSeconds(1));
            // then the time-out asks for another (a file rewritten in place leaves its folder's time alone), and the
            // next is six hours after it
            assertAsksForOneWholeListing(trigger);
        }
    }

    /** The next time-out asks for a whole listing, and the one after it for nothing. */
    private static void assertAsksForOneWholeListing(ScanTrigger trigger) throws InterruptedException {
        assertEquals(
                ScanTrigger.Wake.anything(),
                trigger.await(Duration.ofMillis(100)).orElseThrow());
        assertEquals(
                ScanTrigger.Wake.none(), trigger.await(Duration.ofMillis(100)).orElseThrow());
    }

    /** A clock that stands still until the test moves it. */
    private static final class MovingClock extends Clock {

        private Instant now = Instant.parse("2026-12-01T00:00:00Z");

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
