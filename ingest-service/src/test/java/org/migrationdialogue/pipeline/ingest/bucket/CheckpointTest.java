package org.migrationdialogue.pipeline.ingest.bucket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checkpoint on a real file system: what a save writes, and what a restart reads back. */
class CheckpointTest {

    @TempDir
    Path state;

    private Path file() {
        return state.resolve("checkpoint-reports.json");
    }

    private Path journal() {
        return state.resolve("checkpoint-reports.json.journal");
    }

    @Test
    void shouldAppendWhatAScanChangedRatherThanRewriteEverything() throws IOException {
        // given a checkpoint of 5,000 published objects, compacted into its snapshot
        Checkpoint checkpoint = Checkpoint.load(file());
        for (int i = 0; i < 5_000; i++) {
            checkpoint.created("report-" + i + ".txt", "\"" + i + "\"");
        }
        checkpoint.save();
        long snapshot = Files.exists(file()) ? Files.size(file()) : 0;
        long journalBefore = Files.exists(journal()) ? Files.size(journal()) : 0;
        // when one more object is published and saved
        checkpoint.created("new.txt", "\"new\"");
        checkpoint.save();
        // then the save wrote one journal line, and the rest stayed as it was
        long journalAfter = Files.size(journal());
        assertTrue(journalAfter - journalBefore < 100, "bytes appended: " + (journalAfter - journalBefore));
        assertEquals(snapshot, Files.exists(file()) ? Files.size(file()) : 0);
        // and a restart reads every object back
        BucketChanges.Published published = Checkpoint.load(file()).published();
        assertEquals(5_001, published.created().size());
        assertEquals("\"new\"", published.created().get("new.txt"));
    }

    @Test
    void shouldReadBackCreatesDeletesAndProblemsFromSnapshotAndJournal() {
        // given changes of every kind, saved over several scans (more than a compaction's worth in all)
        Checkpoint checkpoint = Checkpoint.load(file());
        for (int i = 0; i < 1_500; i++) {
            checkpoint.created("report-" + i + ".txt", "\"v1\"");
            checkpoint.save();
        }
        checkpoint.created("report-1.txt", "\"v2\"");
        checkpoint.deleted("report-2.txt");
        checkpoint.deadLettered("link.txt", "12-34");
        checkpoint.deadLettered("fixed.txt", "56-78");
        checkpoint.resolved("fixed.txt");
        checkpoint.save();
        // when the service starts again, then it reads the state the last save left
        BucketChanges.Published published = Checkpoint.load(file()).published();
        assertEquals(1_499, published.created().size());
        assertEquals("\"v2\"", published.created().get("report-1.txt"));
        assertFalse(published.created().containsKey("report-2.txt"));
        assertEquals(Map.of("link.txt", "12-34"), published.deadLettered());
    }

    @Test
    void shouldEndInTheSameStateWhenStoppedBetweenTheSnapshotAndEmptyingTheJournal() throws IOException {
        // given a checkpoint of 1,000 objects saved as a journal
        Checkpoint checkpoint = Checkpoint.load(file());
        for (int i = 0; i < 1_000; i++) {
            checkpoint.created("c-" + i + ".txt", "\"1\"");
        }
        checkpoint.save();
        List<String> before = Files.readAllLines(journal());
        // and a save that compacts it, stopped after the new snapshot was written and before the journal, whose
        // last lines were that save's, was emptied
        checkpoint.deleted("c-0.txt");
        checkpoint.created("c-1.txt", "\"2\"");
        checkpoint.save();
        Checkpoint same = Checkpoint.load(state.resolve("same-changes.json"));
        same.deleted("c-0.txt");
        same.created("c-1.txt", "\"2\"");
        same.save();
        List<String> atTheStop = new ArrayList<>(before);
        atTheStop.addAll(Files.readAllLines(state.resolve("same-changes.json.journal")));
        Files.write(journal(), atTheStop);
        // when the service starts again, then replaying that journal over the new snapshot ends where the save did
        BucketChanges.Published published = Checkpoint.load(file()).published();
        assertEquals(999, published.created().size());
        assertFalse(published.created().containsKey("c-0.txt"));
        assertEquals("\"2\"", published.created().get("c-1.txt"));
    }

    @Test
    void shouldIgnoreALastJournalLineCutShortByACrash() throws IOException {
        // given a saved checkpoint whose journal ends in half a line (a crash while it was written)
        Checkpoint checkpoint = Checkpoint.load(file());
        checkpoint.created("a.txt", "\"1\"");
        checkpoint.save();
        Files.writeString(
                journal(), "{\"op\":\"created\",\"key\":\"b.t", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        // when the service starts again, then it has what was saved whole (the cut change is published again)
        assertEquals(
                Map.of("a.txt", "\"1\""), Checkpoint.load(file()).published().created());
    }

    @Test
    void shouldRefuseAJournalBrokenInTheMiddle() throws IOException {
        // given a journal with a broken line before a whole one
        Files.writeString(journal(), "not json\n{\"op\":\"created\",\"key\":\"a.txt\",\"version\":\"1\"}\n");
        // when it is loaded, then loading fails saying how to start over
        UncheckedIOException error = assertThrows(UncheckedIOException.class, () -> Checkpoint.load(file()));
        assertTrue(error.getMessage().contains("delete it and its .journal"), error.getMessage());
    }

    @Test
    void shouldStillReadTheFirstFormat() throws IOException {
        // given a checkpoint of the first format: a plain map of etags
        Files.writeString(file(), "{\"2014/som.txt\":\"\\\"abc\\\"\"}");
        // when it is loaded, then its objects are published ones
        assertEquals(
                Map.of("2014/som.txt", "\"abc\""),
                Checkpoint.load(file()).published().created());
    }

    @Test
    void shouldGiveTheKeysOfAScanWithTheWholeBucketsCount() {
        // given three published objects
        Checkpoint checkpoint = Checkpoint.load(file());
        checkpoint.created("a.txt", "\"1\"");
        checkpoint.created("b.txt", "\"1\"");
        checkpoint.created("c.txt", "\"1\"");
        // when a scan of two keys asks what was published of them
        BucketChanges.Published published = checkpoint.published(List.of("a.txt", "new.txt"));
        // then it gets those keys only, and the count of the whole bucket for the mass-delete guard
        assertEquals(Map.of("a.txt", "\"1\""), published.created());
        assertEquals(3, published.objects());
    }
}
