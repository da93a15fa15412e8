package org.migrationdialogue.pipeline.ingest.bucket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.migrationdialogue.pipeline.common.events.UploadEvent;

class BucketChangesTest {

    private static final String BUCKET = "reports";
    private static final Duration SETTLE = Duration.ofMillis(500);
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final BucketChanges.Rules RULES = new BucketChanges.Rules(SETTLE, new DeleteGuard(50, 10));
    private static final BucketChanges.Published NOTHING = new BucketChanges.Published(Map.of(), Map.of());

    @Test
    void shouldPublishAnObjectUnchangedForTheSettleTimeAtTheFirstListing() {
        // given a file renamed into the folder, last written a minute ago (an atomic upload)
        BucketObject renamed = object("a.pdf", "e1", NOW.minusSeconds(60));
        // when the first listing sees it
        BucketChanges.Plan plan = plan(NOTHING, Map.of(), Listing.of(List.of(renamed)), NOW);
        // then it is published at once, with nothing left settling
        assertEquals(List.of("a.pdf"), keys(plan.events()));
        assertTrue(plan.unsettled().isEmpty());
    }

    @Test
    void shouldWaitForAnObjectWrittenWithinTheSettleTime() {
        // given a file written 100 ms ago, maybe still being written
        BucketObject growing = object("a.pdf", "e1", NOW.minusMillis(100));
        // when a listing sees it
        BucketChanges.Plan plan = plan(NOTHING, Map.of(), Listing.of(List.of(growing)), NOW);
        // then it is not published yet, and a scan is due soon
        assertEquals(List.of(), keys(plan.events()));
        assertFalse(plan.unsettled().isEmpty());
    }

    @Test
    void shouldPublishAnObjectOnceTheWriterHasBeenQuietForTheSettleTime() {
        // given a file seen 600 ms ago, last written 700 ms ago, unchanged since
        BucketObject seen = object("a.pdf", "e1", NOW.minusMillis(700));
        // when the next listing sees the same version
        BucketChanges.Plan plan = plan(
                NOTHING, Map.of("a.pdf", new Sighting("e1", NOW.minusMillis(600))), Listing.of(List.of(seen)), NOW);
        // then it is published
        assertEquals(List.of("a.pdf"), keys(plan.events()));
    }

    @Test
    void shouldPublishAnObjectWithAModificationTimeInTheFutureOnceSeenUnchangedForTheSettleTime() {
        // given a file whose modification time is a day ahead (a wrong clock, a copy that kept a wrong time)
        BucketObject ahead = object("a.pdf", "e1", NOW.plus(Duration.ofDays(1)));
        // when a first listing sees it, then another one the settle time later
        BucketChanges.Plan first = plan(NOTHING, Map.of(), Listing.of(List.of(ahead)), NOW);
        BucketChanges.Plan second = plan(NOTHING, first.seen(), Listing.of(List.of(ahead)), NOW.plus(SETTLE));
        // then the first waits, and the second publishes it: it does not wait for its time to pass
        assertEquals(List.of(), keys(first.events()));
        assertFalse(first.unsettled().isEmpty());
        assertEquals(List.of("a.pdf"), keys(second.events()));
        assertTrue(second.unsettled().isEmpty());
    }

    @Test
    void shouldWaitWhenAnObjectChangedSinceTheLastListing() {
        // given a file seen with one version, now listed with another whose time is old (set by the writer)
        BucketObject after = object("a.pdf", "e2", NOW.minusSeconds(30));
        // when the listing compares them
        BucketChanges.Plan plan = plan(
                NOTHING, Map.of("a.pdf", new Sighting("e1", NOW.minusSeconds(60))), Listing.of(List.of(after)), NOW);
        // then it waits for a listing that sees it unchanged
        assertEquals(List.of(), keys(plan.events()));
        assertFalse(plan.unsettled().isEmpty());
        assertEquals(new Sighting("e2", NOW), plan.seen().get("a.pdf"));
    }

    @Test
    void shouldPublishNothingForAnObjectAlreadyPublishedInThisVersion() {
        // given a published version
        BucketObject published = object("a.pdf", "e1", NOW.minusSeconds(60));
        // when it is listed again
        BucketChanges.Plan plan = plan(published(Map.of("a.pdf", "e1")), Map.of(), Listing.of(List.of(published)), NOW);
        // then nothing is due
        assertEquals(List.of(), plan.events());
    }

    @Test
    void shouldPublishADeleteForAPublishedObjectNoLongerListed() {
        // given a published object, then an empty listing
        // when changes are computed
        BucketChanges.Plan plan = plan(published(Map.of("a.pdf", "e1")), Map.of(), Listing.of(List.of()), NOW);
        // then a delete event is due
        assertEquals(1, plan.events().size());
        assertEquals(UploadEvent.Kind.DELETED, plan.events().getFirst().event());
        assertEquals("a.pdf", plan.events().getFirst().key());
        assertNull(plan.held());
    }

    @Test
    void shouldPublishAtOnceWhenTheBucketNeedsNoSettling() {
        // given an object written just now in a bucket whose uploads are atomic (settle zero, as for S3)
        BucketObject fresh = object("a.pdf", "e1", NOW);
        // when the first listing sees it
        BucketChanges.Plan plan = BucketChanges.plan(
                BUCKET,
                NOTHING,
                Map.of(),
                Listing.of(List.of(fresh)),
                new BucketChanges.Rules(Duration.ZERO, RULES.guard()),
                NOW,
                Set.of());
        // then it is published
        assertEquals(List.of("a.pdf"), keys(plan.events()));
    }

    @Test
    void shouldHoldTheDeletesOfAListingThatLostMostOfTheBucket() {
        // given 60 published reports, and a listing (an unmounted folder) that holds none of them but a new one
        BucketObject newcomer = object("new.pdf", "e1", NOW.minusSeconds(60));
        // when changes are computed
        BucketChanges.Plan plan = plan(published(reports(60)), Map.of(), Listing.of(List.of(newcomer)), NOW);
        // then no delete is due, the 60 are held with a token, and the new report is still published
        assertEquals(List.of("new.pdf"), keys(plan.events()));
        assertNotNull(plan.held());
        assertEquals(60, plan.held().keys().size());
        assertEquals(60, plan.held().published());
        assertEquals(16, plan.held().token().length());
    }

    @Test
    void shouldDeleteWhatIsNotAMassDeleteAtOnce() {
        // given 10 of 10 reports gone (not more than the minimum), and 11 of 100 gone (not more than half)
        BucketChanges.Plan few = plan(published(reports(10)), Map.of(), Listing.of(List.of()), NOW);
        Map<String, String> hundred = reports(100);
        List<BucketObject> remaining = hundred.keySet().stream()
                .sorted()
                .skip(11)
                .map(key -> object(key, hundred.get(key), NOW.minusSeconds(60)))
                .toList();
        BucketChanges.Plan some = plan(published(hundred), Map.of(), Listing.of(remaining), NOW);
        // then both are deleted at once
        assertNull(few.held());
        assertEquals(10, few.events().size());
        assertNull(some.held());
        assertEquals(11, some.events().size());
    }

    @Test
    void shouldDeleteHeldKeysOnceConfirmed() {
        // given 60 published reports gone at once, whose deletes an operator confirmed
        Map<String, String> sixty = reports(60);
        // when changes are computed with the confirmed keys
        BucketChanges.Plan plan = BucketChanges.plan(
                BUCKET, published(sixty), Map.of(), Listing.of(List.of()), RULES, NOW, sixty.keySet());
        // then all 60 are deleted and nothing is held
        assertNull(plan.held());
        assertEquals(
                60,
                plan.events().stream()
                        .filter(event -> event.event() == UploadEvent.Kind.DELETED)
                        .count());
    }

    @Test
    void shouldGiveAnotherTokenToAnotherSetOfHeldDeletes() {
        // given two mass deletes of different keys
        BucketChanges.Plan sixty = plan(published(reports(60)), Map.of(), Listing.of(List.of()), NOW);
        BucketChanges.Plan fifty = plan(published(reports(50)), Map.of(), Listing.of(List.of()), NOW);
        // then a confirmation of one cannot pass for the other
        assertNotEquals(sixty.held().token(), fifty.held().token());
    }

    @Test
    void shouldNotDeleteWhatWasPublishedUnderAFolderThatCannotBeRead() {
        // given two published reports in a folder that cannot be read now, and one elsewhere that is gone
        BucketChanges.Published published =
                published(Map.of("locked/a.pdf", "e1", "locked/b.pdf", "e2", "c.pdf", "e3"));
        ListingProblem locked = new ListingProblem("locked/", "0-1", "folder cannot be read (permission denied)");
        // when changes are computed
        BucketChanges.Plan plan = plan(published, Map.of(), new Listing(List.of(), List.of(locked)), NOW);
        // then only the one elsewhere is deleted, and the folder is to be dead-lettered
        assertEquals(List.of("c.pdf"), keys(plan.events()));
        assertEquals(List.of(locked), plan.deadLetters());
    }

    @Test
    void shouldDeadLetterAProblemOncePerVersionAndForgetItWhenItIsGone() {
        // given a symbolic link already dead-lettered in this version, and an undecodable name seen before in another
        ListingProblem link = new ListingProblem("link.pdf", "10-1", "is a symbolic link");
        ListingProblem name = new ListingProblem("r%E9union.pdf", "20-2", "file name is not valid UTF-8");
        BucketChanges.Published published = new BucketChanges.Published(
                Map.of(), Map.of("link.pdf", "10-1", "r%E9union.pdf", "20-1", "gone.pdf", "5-5"));
        // when changes are computed
        BucketChanges.Plan plan = plan(published, Map.of(), new Listing(List.of(), List.of(link, name)), NOW);
        // then only the changed one is dead-lettered again, and the one that went away is forgotten
        assertEquals(List.of(name), plan.deadLetters());
        assertEquals(List.of("gone.pdf"), plan.resolved());
    }

    @Test
    void shouldTakeAKeyListedTwiceOnce() {
        // given a listing that names the same key twice
        BucketObject a = object("a.pdf", "e1", NOW.minusSeconds(60));
        BucketObject again = object("a.pdf", "e2", NOW.minusSeconds(60));
        // when changes are computed, then the first is published, and nothing fails
        assertEquals(
                List.of("a.pdf"),
                keys(plan(NOTHING, Map.of(), Listing.of(List.of(a, again)), NOW).events()));
    }

    @Test
    void shouldHoldOnlyMoreThanTheMinimumAndMoreThanTheShare() {
        DeleteGuard guard = new DeleteGuard(50, 10);
        assertFalse(guard.holds(10, 10), "10 deletes are not more than the minimum");
        assertTrue(guard.holds(11, 20), "11 of 20 are more than half");
        assertFalse(guard.holds(11, 22), "11 of 22 are half, not more");
        assertFalse(new DeleteGuard(100, 10).holds(1000, 1000), "100 % never holds");
        assertTrue(new DeleteGuard(0, 0).holds(1, 1000), "0 % and 0 hold every delete");
    }

    private static BucketChanges.Plan plan(
            BucketChanges.Published published, Map<String, Sighting> seen, Listing listing, Instant now) {
        return BucketChanges.plan(BUCKET, published, seen, listing, RULES, now, Set.of());
    }

    private static BucketChanges.Published published(Map<String, String> etags) {
        return new BucketChanges.Published(etags, Map.of());
    }

    private static Map<String, String> reports(int count) {
        Map<String, String> etags = new HashMap<>();
        IntStream.range(0, count).forEach(i -> etags.put("report-%03d.pdf".formatted(i), "e" + i));
        return etags;
    }

    private static BucketObject object(String key, String etag, Instant lastModified) {
        return new BucketObject(key, 1000, etag, "application/pdf", lastModified);
    }

    private static List<String> keys(List<UploadEvent> events) {
        return events.stream().map(UploadEvent::key).toList();
    }
}
