package org.migrationdialogue.pipeline.ingest.bucket;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.migrationdialogue.pipeline.common.events.UploadEvent;

/**
 * Compares a listing of a bucket that announces its changes itself (S3 event notifications) with what has been
 * announced, and says which upload events were missed: an object created or replaced without its notification, an
 * object deleted without its. An object changed within the grace time is left to its notification, which may still be
 * on its way. Pure: no I/O.
 */
public final class Reconciliation {

    /**
     * @param grace how long a fresh object is left to its own notification
     * @param guard missed deletes of a large share of the bucket at once are not published (the bucket's own
     *              notifications announce a real mass delete; a listing that suddenly lacks most objects is suspect)
     */
    public record Rules(Duration grace, DeleteGuard guard) {}

    /** The events to publish, and how many missed deletes the guard held back. */
    public record Missed(List<UploadEvent> events, int heldDeletes) {}

    private Reconciliation() {}

    /**
     * @param announced etag per key of what has been announced as created (see {@link UploadHistory})
     * @param listing   the bucket's objects now
     */
    public static Missed missed(
            String bucket, Map<String, String> announced, List<BucketObject> listing, Rules rules, Instant now) {
        List<UploadEvent> events = new ArrayList<>();
        for (BucketObject object : listing) {
            boolean settled = !object.lastModified().plus(rules.grace()).isAfter(now);
            if (settled && !sameVersion(object.etag(), announced.get(object.key()))) {
                events.add(UploadEvent.created(
                        bucket,
                        object.key(),
                        object.size(),
                        object.etag(),
                        object.contentType(),
                        object.lastModified()));
            }
        }
        Set<String> present = listing.stream().map(BucketObject::key).collect(Collectors.toSet());
        List<UploadEvent> deletes = announced.keySet().stream()
                .filter(key -> !present.contains(key))
                .sorted()
                .map(key -> UploadEvent.deleted(bucket, key, now))
                .toList();
        if (rules.guard().holds(deletes.size(), announced.size())) {
            return new Missed(events, deletes.size());
        }
        events.addAll(deletes);
        return new Missed(events, 0);
    }

    /** S3 listings quote ETags ("\"9b2c…\""), MinIO's notifications do not: the same version either way. */
    private static boolean sameVersion(String listed, String announced) {
        return announced != null && unquoted(listed).equals(unquoted(announced));
    }

    private static String unquoted(String etag) {
        return etag == null ? "" : etag.replace("\"", "");
    }
}
