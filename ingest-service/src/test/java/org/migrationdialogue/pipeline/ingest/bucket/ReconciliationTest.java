package org.migrationdialogue.pipeline.ingest.bucket;

import org.junit.jupiter.api.Test;
import org.migrationdialogue.pipeline.common.events.UploadEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReconciliationTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final Duration GRACE = Duration.ofSeconds(60);

    @Test
    void shouldPublishOnlyTheObjectsWhoseNotificationNeverArrived() {
        // given a listing of three objects, two of whose notifications are on the topic (MinIO writes ETags unquoted)
        List<BucketObject> listing = List.of(
                object("2014/notified.pdf", "\"aaa\"", NOW.minusSeconds(3600)),
                object("2014/missed.pdf", "\"bbb\"", NOW.minusSeconds(600)),
                object("2014/also-notified.txt", "\"ccc\"", NOW.minusSeconds(7200)));
        Map<String, String> announced = Map.of("2014/notified.pdf", "aaa", "2014/also-notified.txt", "\"ccc\"");
        // when they are reconciled
        List<UploadEvent> missed = Reconciliation.missed("reports", announced, listing, GRACE, NOW);
        // then only the object no notification announced is published, as created, with its listing's version
        assertEquals(List.of(UploadEvent.created("reports", "2014/missed.pdf", 10, "\"bbb\"", null, NOW.minusSeconds(600))),
                missed);
    }

    @Test
    void shouldPublishAReplacedVersionAndADeleteThatWereNotAnnounced() {
        // given an object replaced and another deleted while the notifications were lost
        List<BucketObject> listing = List.of(object("replaced.pdf", "\"new\"", NOW.minusSeconds(300)));
        Map<String, String> announced = Map.of("replaced.pdf", "old", "deleted.pdf", "ddd");
        // when they are reconciled
        List<UploadEvent> missed = Reconciliation.missed("reports", announced, listing, GRACE, NOW);
        // then the new version is published as created and the deleted object as deleted
        assertEquals(List.of(UploadEvent.created("reports", "replaced.pdf", 10, "\"new\"", null, NOW.minusSeconds(300)),
                UploadEvent.deleted("reports", "deleted.pdf", NOW)), missed);
    }

    @Test
    void shouldLeaveAFreshObjectToItsNotification() {
        // given an object written 10 s ago, not yet announced, and an announced one replaced 10 s ago
        List<BucketObject> listing = List.of(object("fresh.pdf", "\"eee\"", NOW.minusSeconds(10)),
                object("rewritten.pdf", "\"v2\"", NOW.minusSeconds(10)));
        // when they are reconciled within the grace time
        List<UploadEvent> missed = Reconciliation.missed("reports", Map.of("rewritten.pdf", "v1"), listing, GRACE, NOW);
        // then nothing is published: neither as created nor, the fresh one being listed, as deleted
        assertEquals(List.of(), missed);
    }

    private static BucketObject object(String key, String etag, Instant lastModified) {
        return new BucketObject(key, 10, etag, null, lastModified);
    }
}
