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
 * Compares a listing of a bucket that announces its changes itself (S3 event notifications) with what has been
 * announced, and says which upload events were missed: an object created or replaced without its notification, an
 * object deleted without its. An object changed within the grace time is left to its notification, which may still be
 * on its way. Pure: no I/O.
 */
public final class Reconciliation {

    private Reconciliation() {
    }

    /**
     * @param announced etag per key of what has been announced as created (see {@link UploadHistory})
     * @param listing   the bucket's objects now
     */
    public static List<UploadEvent> missed(String bucket, Map<String, String> announced, List<BucketObject> listing,
                                           Duration grace, Instant now) {
        List<UploadEvent> events = new ArrayList<>();
        for (BucketObject object : listing) {
            boolean settled = !object.lastModified().plus(grace).isAfter(now);
            if (settled && !sameVersion(object.etag(), announced.get(object.key()))) {
                events.add(UploadEvent.created(bucket, object.key(), object.size(), object.etag(), object.contentType(),
                        object.lastModified()));
            }
        }
        Set<String> present = listing.stream().map(BucketObject::key).collect(Collectors.toSet());
        announced.keySet().stream().filter(key -> !present.contains(key)).sorted()
                .forEach(key -> events.add(UploadEvent.deleted(bucket, key, now)));
        return events;
    }

    /** S3 listings quote ETags ("\"9b2c…\""), MinIO's notifications do not: the same version either way. */
    private static boolean sameVersion(String listed, String announced) {
        return announced != null && unquoted(listed).equals(unquoted(announced));
    }

    private static String unquoted(String etag) {
        return etag == null ? "" : etag.replace("\"", "");
    }
}
