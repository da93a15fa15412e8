package org.migrationdialogue.pipeline.ingest.bucket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.migrationdialogue.pipeline.common.events.UploadEvent;

class ReconciliationTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final Reconciliation.Rules RULES =
            new Reconciliation.Rules(Duration.ofSeconds(60), new DeleteGuard(50, 10));

    @Test
    void shouldPublishOnlyTheObjectsWhoseNotificationNeverArrived() {
        // given a listing of three objects, two of whose notifications are on the topic (MinIO writes ETags unquoted)
        List<BucketObject> listing = List.of(
                object("2014/notified.pdf", "\"aaa\"", NOW.minusSeconds(3600)),
                object("2014/missed.pdf", "\"bbb\"", NOW.minusSeconds(600)),
                object("2014/also-notified.txt", "\"ccc\"", NOW.minusSeconds(7200)));
        Map<String, String> announced = Map.of("2014/notified.pdf", "aaa", "2014/also-notified.txt", "\"ccc\"");
        // when they are reconciled
        List<UploadEvent> missed =
                Reconciliation.missed("reports", announced, listing, RULES, NOW).events();
        // then only the object no notification announced is published, as created, with its listing's version
        assertEquals(
                List.of(UploadEvent.created("reports", "2014/missed.pdf", 10, "\"bbb\"", null, NOW.minusSeconds(600))),
                missed);
    }

    @Test
    void shouldPublishAReplacedVersionAndADeleteThatWereNotAnnounced() {
        // given an object replaced and another deleted while the notifications were lost
        List<BucketObject> listing = List.of(object("replaced.pdf", "\"new\"", NOW.minusSeconds(300)));
        Map<String, String> announced = Map.of("replaced.pdf", "old", "deleted.pdf", "ddd");
        // when they are reconciled
        List<UploadEvent> missed =
                Reconciliation.missed("reports", announced, listing, RULES, NOW).events();
        // then the new version is published as created and the deleted object as deleted
        assertEquals(
                List.of(
                        UploadEvent.created("reports", "replaced.pdf", 10, "\"new\"", null, NOW.minusSeconds(300)),
                        UploadEvent.deleted("reports", "deleted.pdf", NOW)),
                missed);
    }

    @Test
    void shouldLeaveAFreshObjectToItsNotification() {
        // given an object written 10 s ago, not yet announced, and an announced one replaced 10 s ago
        List<BucketObject> listing = List.of(
                object("fresh.pdf", "\"eee\"", NOW.minusSeconds(10)),
                object("rewritten.pdf", "\"v2\"", NOW.minusSeconds(10)));
        // when they are reconciled within the grace time
        List<UploadEvent> missed = Reconciliation.missed("reports", Map.of("rewritten.pdf", "v1"), listing, RULES, NOW)
                .events();
        // then nothing is published: neither as created nor, the fresh one being listed, as deleted
        assertEquals(List.of(), missed);
    }

    @Test
    void shouldNotPublishTheDeleteOfMostOfTheBucketAtOnce() {
        // given 20 announced objects of which a listing shows only one (a wrong bucket, a listing gone wrong)
        Map<String, String> announced = new java.util.TreeMap<>();
        for (int i = 0; i < 20; i++) {
            announced.put("report-" + i + ".pdf", "e" + i);
        }
        List<BucketObject> listing = List.of(object("report-0.pdf", "\"e0\"", NOW.minusSeconds(3600)));
        // when they are reconciled
        Reconciliation.Missed missed = Reconciliation.missed("reports", announced, listing, RULES, NOW);
        // then the 19 deletes are held back (the bucket's own notifications announce a real mass delete)
        assertEquals(List.of(), missed.events());
        assertEquals(19, missed.heldDeletes());
    }

    private static BucketObject object(String key, String etag, Instant lastModified) {
        return new BucketObject(key, 10, etag, null, lastModified);
    }
}
