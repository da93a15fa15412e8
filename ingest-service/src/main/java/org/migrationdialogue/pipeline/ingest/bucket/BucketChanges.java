package org.migrationdialogue.pipeline.ingest.bucket;

import org.migrationdialogue.pipeline.common.events.UploadEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares what the bucket holds with what has been published and says which upload events are due. An object
 * that may still be growing is due only once it has not changed for the settle time. Pure: no I/O.
 */
public final class BucketChanges {

    private BucketChanges() {
    }

    /**
     * @param bucket    the bucket's name
     * @param published etag per key of what has been published as created
     * @param previous  the previous listing, per key (empty on the first scan)
     * @param listing   the listing now
     * @param settle    how long an object must be unchanged before it is complete (zero: at once)
     */
    public static List<UploadEvent> due(String bucket, Map<String, String> published, Map<String, BucketObject> previous,
                                        List<BucketObject> listing, Duration settle, Instant now) {
        List<UploadEvent> events = new ArrayList<>();
        for (BucketObject object : listing) {
            boolean changed = !object.etag().equals(published.get(object.key()));
            if (changed && isComplete(object, previous.get(object.key()), settle, now)) {
                events.add(UploadEvent.created(bucket, object.key(), object.size(), object.etag(),
                        object.contentType(), object.lastModified()));
            }
        }
        Set<String> present = listing.stream().map(BucketObject::key).collect(Collectors.toSet());
        published.keySet().stream().filter(key -> !present.contains(key)).sorted()
                .forEach(key -> events.add(UploadEvent.deleted(bucket, key, now)));
        return events;
    }

    /** Whether some listed object changed but is not complete yet, so another scan is due soon. */
    public static boolean anyUnsettled(Map<String, String> published, List<BucketObject> listing,
                                       Map<String, BucketObject> previous, Duration settle, Instant now) {
        return listing.stream().anyMatch(object -> !object.etag().equals(published.get(object.key()))
                && !isComplete(object, previous.get(object.key()), settle, now));
    }

    /**
     * Complete when nothing has written to it for the settle time: its modification time is that old, and, if an
     * earlier scan saw it, its etag is unchanged since. A file renamed or copied in with an old modification time
     * (an atomic upload) is thus complete at once; one being written waits until the writer has been quiet.
     */
    private static boolean isComplete(BucketObject now, BucketObject before, Duration settle, Instant clock) {
        if (settle.isZero()) {
            return true;
        }
        boolean unchangedSinceSeen = before == null || before.etag().equals(now.etag());
        return unchangedSinceSeen && !now.lastModified().plus(settle).isAfter(clock);
    }
}
