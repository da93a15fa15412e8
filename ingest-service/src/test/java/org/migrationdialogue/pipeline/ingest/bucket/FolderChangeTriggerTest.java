package org.migrationdialogue.pipeline.ingest.bucket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
        try (FolderChangeTrigger trigger = new FolderChangeTrigger(new FolderBucket("reports", uploads))) {
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
        try (FolderChangeTrigger trigger = new FolderChangeTrigger(new FolderBucket("reports", uploads))) {
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
    void shouldSayWhenNothingChangedAndWhenItWasClosed() throws InterruptedException {
        // given a watched folder where nothing happens
        FolderChangeTrigger trigger = new FolderChangeTrigger(new FolderBucket("reports", uploads));
        // when the scanner waits, then the wait times out
        assertEquals(
                ScanTrigger.Wake.Kind.TIMED_OUT,
                trigger.await(Duration.ofMillis(100)).orElseThrow().kind());
        // and once the trigger is closed, the wait says so
        trigger.close();
        assertTrue(trigger.await(PATIENCE).isEmpty());
    }
}
