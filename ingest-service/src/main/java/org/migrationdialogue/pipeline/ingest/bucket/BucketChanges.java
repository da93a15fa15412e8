package org.migrationdialogue.pipeline.ingest.bucket;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.migrationdialogue.pipeline.common.events.UploadEvent;

/**
 * Compares what the bucket holds with what has been published and says what one scan publishes: created events for
 * new or changed complete objects, deleted events for removed ones (unless the {@link DeleteGuard} holds them),
 * dead letters for entries that cannot be read. An object that may still be growing is due only once nothing has
 * written to it for the settle time. Pure: no I/O.
 */
public final class BucketChanges {

    private BucketChanges() {}

    /** How a scan judges a listing: the settle time (zero: complete at once) and the mass-delete guard. */
    public record Rules(Duration settle, DeleteGuard guard) {}

    /**
     * What has been published of the bucket (the checkpoint), or of the keys a scan looks at.
     *
     * @param created      etag per key of what has been published as created
     * @param deadLettered version per key of the problems already dead-lettered
     * @param objects      how many objects have been published as created in the whole bucket (what the mass-delete
     *                     guard weighs deletes against, also when only some keys are scanned)
     */
    public record Published(Map<String, String> created, Map<String, String> deadLettered, int objects) {

        /** All of the bucket. */
        public Published(Map<String, String> created, Map<String, String> deadLettered) {
            this(created, deadLettered, created.size());
        }
    }

    /**
     * What one scan does.
     *
     * @param events      created events, then the deletes (none while held)
     * @param deadLetters problems not yet dead-lettered in this version
     * @param resolved    keys dead-lettered before that are no longer problems (to forget, so they are reported again
     *                    if they come back)
     * @param held        the deletes held back, or null
     * @param seen        when each listed object was first seen in its current version, for the next scan
     * @param unsettled   the changed objects that are not complete yet, so another scan is due soon
     */
    public record Plan(
            List<UploadEvent> events,
            List<ListingProblem> deadLetters,
            List<String> resolved,
            HeldDeletes held,
            Map<String, Sighting> seen,
            List<String> unsettled) {}

    /**
     * @param seen      the sightings of the previous scan (empty on the first)
     * @param confirmed keys whose deletes an operator confirmed: deleted when gone, whatever the guard says
     */
    public static Plan plan(
            String bucket,
            Published published,
            Map<String, Sighting> seen,
            Listing listing,
            Rules rules,
            Instant now,
            Set<String> confirmed) {
        Map<String, BucketObject> objects = new LinkedHashMap<>();
        listing.objects().forEach(object -> objects.putIfAbsent(object.key(), object));
        List<UploadEvent> events = new ArrayList<>();
        Map<String, Sighting> sightings = new LinkedHashMap<>();
        List<String> unsettled = new ArrayList<>();
        for (BucketObject object : objects.values()) {
            Sighting before = seen.get(object.key());
            sightings.put(
                    object.key(),
                    before != null && before.etag().equals(object.etag()) ? before : new Sighting(object.etag(), now));
            if (!object.etag().equals(published.created().get(object.key()))) {
                if (isComplete(object, before, rules.settle(), now)) {
                    events.add(UploadEvent.created(
                            bucket,
                            object.key(),
                            object.size(),
                            object.etag(),
                            object.contentType(),
                            object.lastModified()));
                } else {
                    unsettled.add(object.key());
                }
            }
        }
        List<String> gone = published.created().keySet().stream()
                .filter(key -> !objects.containsKey(key))
                .filter(key -> listing.problems().stream().noneMatch(problem -> problem.covers(key)))
                .sorted()
                .toList();
        List<String> unconfirmed =
                gone.stream().filter(key -> !confirmed.contains(key)).toList();
        HeldDeletes held = rules.guard().holds(unconfirmed.size(), published.objects())
                ? HeldDeletes.of(unconfirmed, published.objects())
                : null;
        gone.stream()
                .filter(key -> held == null || confirmed.contains(key))
                .forEach(key -> events.add(UploadEvent.deleted(bucket, key, now)));
        return new Plan(
                events,
                newProblems(listing, published),
                resolvedProblems(listing, published),
                held,
                sightings,
                unsettled);
    }

    private static List<ListingProblem> newProblems(Listing listing, Published published) {
        Map<String, ListingProblem> byKey = new LinkedHashMap<>();
        listing.problems().forEach(problem -> byKey.putIfAbsent(problem.key(), problem));
        return byKey.values().stream()
                .filter(problem -> !Objects.equals(
                        problem.version(), published.deadLettered().get(problem.key())))
                .toList();
    }

    private static List<String> resolvedProblems(Listing listing, Published published) {
        return published.deadLettered().keySet().stream()
                .filter(key -> listing.problems().stream()
                        .noneMatch(problem -> problem.key().equals(key)))
                .sorted()
                .toList();
    }

    /**
     * Complete when nothing has written to it for the settle time: its modification time is that old, or the scanner
     * has seen this version unchanged that long. A file renamed or copied in with an old modification time (an atomic
     * upload) is thus complete at once; one being written waits until the writer has been quiet; one whose
     * modification time is in the future (a clock ahead, a copy that kept a wrong time) is complete once seen
     * unchanged for the settle time.
     */
    private static boolean isComplete(BucketObject object, Sighting before, Duration settle, Instant now) {
        if (settle.isZero()) {
            return true;
        }
        if (before != null && !before.etag().equals(object.etag())) {
            return false;
        }
        return !object.lastModified().plus(settle).isAfter(now)
                || before != null && !before.firstSeen().plus(settle).isAfter(now);
    }
}
