package org.migrationdialogue.pipeline.ingest.bucket;

import org.junit.jupiter.api.Test;
import org.migrationdialogue.pipeline.common.events.UploadEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BucketChangesTest {

    private static final String BUCKET = "reports";
    private static final Duration SETTLE = Duration.ofMillis(500);
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void shouldPublishAnObjectUnchangedForTheSettleTimeAtTheFirstListing() {
        // given a file renamed into the folder, last written a minute ago (an atomic upload)
        BucketObject renamed = object("a.pdf", "e1", NOW.minusSeconds(60));
        // when the first listing sees it
        List<UploadEvent> due = BucketChanges.due(BUCKET, Map.of(), Map.of(), List.of(renamed), SETTLE, NOW);
        // then it is published at once, with nothing left settling
        assertEquals(List.of("a.pdf"), keys(due));
        assertFalse(BucketChanges.anyUnsettled(Map.of(), List.of(renamed), Map.of(), SETTLE, NOW));
    }

    @Test
    void shouldWaitForAnObjectWrittenWithinTheSettleTime() {
        // given a file written 100 ms ago, maybe still being written
        BucketObject growing = object("a.pdf", "e1", NOW.minusMillis(100));
        // when a listing sees it
        List<UploadEvent> due = BucketChanges.due(BUCKET, Map.of(), Map.of(), List.of(growing), SETTLE, NOW);
        // then it is not published yet, and a scan is due soon
        assertEquals(List.of(), keys(due));
        assertTrue(BucketChanges.anyUnsettled(Map.of(), List.of(growing), Map.of(), SETTLE, NOW));
    }

    @Test
    void shouldPublishAnObjectOnceTheWriterHasBeenQuietForTheSettleTime() {
        // given a file seen 600 ms ago, last written 700 ms ago, unchanged since
        BucketObject seen = object("a.pdf", "e1", NOW.minusMillis(700));
        // when the next listing sees the same version
        List<UploadEvent> due = BucketChanges.due(BUCKET, Map.of(), Map.of("a.pdf", seen), List.of(seen), SETTLE, NOW);
        // then it is published
        assertEquals(List.of("a.pdf"), keys(due));
    }

    @Test
    void shouldWaitWhenAnObjectChangedSinceTheLastListing() {
        // given a file seen with one version, now listed with another whose time is old (set by the writer)
        BucketObject before = object("a.pdf", "e1", NOW.minusSeconds(60));
        BucketObject after = object("a.pdf", "e2", NOW.minusSeconds(30));
        // when the listing compares them
        List<UploadEvent> due = BucketChanges.due(BUCKET, Map.of(), Map.of("a.pdf", before), List.of(after), SETTLE, NOW);
        // then it waits for a listing that sees it unchanged
        assertEquals(List.of(), keys(due));
        assertTrue(BucketChanges.anyUnsettled(Map.of(), List.of(after), Map.of("a.pdf", before), SETTLE, NOW));
    }

    @Test
    void shouldPublishNothingForAnObjectAlreadyPublishedInThisVersion() {
        // given a published version
        BucketObject published = object("a.pdf", "e1", NOW.minusSeconds(60));
        // when it is listed again
        List<UploadEvent> due = BucketChanges.due(BUCKET, Map.of("a.pdf", "e1"), Map.of(), List.of(published), SETTLE, NOW);
        // then nothing is due
        assertEquals(List.of(), due);
    }

    @Test
    void shouldPublishADeleteForAPublishedObjectNoLongerListed() {
        // given a published object, then an empty listing
        // when changes are computed
        List<UploadEvent> due = BucketChanges.due(BUCKET, Map.of("a.pdf", "e1"), Map.of(), List.of(), SETTLE, NOW);
        // then a delete event is due
        assertEquals(1, due.size());
        assertEquals(UploadEvent.Kind.DELETED, due.getFirst().event());
        assertEquals("a.pdf", due.getFirst().key());
    }

    @Test
    void shouldPublishAtOnceWhenTheBucketNeedsNoSettling() {
        // given an object written just now in a bucket whose uploads are atomic (settle zero, as for S3)
        BucketObject fresh = object("a.pdf", "e1", NOW);
        // when the first listing sees it
        List<UploadEvent> due = BucketChanges.due(BUCKET, Map.of(), Map.of(), List.of(fresh), Duration.ZERO, NOW);
        // then it is published
        assertEquals(List.of("a.pdf"), keys(due));
    }

    private static BucketObject object(String key, String etag, Instant lastModified) {
        return new BucketObject(key, 1000, etag, "application/pdf", lastModified);
    }

    private static List<String> keys(List<UploadEvent> events) {
        return events.stream().map(UploadEvent::key).toList();
    }
}
