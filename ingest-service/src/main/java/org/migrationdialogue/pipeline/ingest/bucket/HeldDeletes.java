package org.migrationdialogue.pipeline.ingest.bucket;

import java.util.List;
import org.migrationdialogue.pipeline.common.events.ReportId;

/**
 * Deletes a listing asked for but the {@link DeleteGuard} holds: the keys, how many objects had been published, and
 * the token a confirmation must name (it changes with the set of keys, so a confirmation never lets through a larger
 * or another mass delete than the one it was given for).
 */
public record HeldDeletes(List<String> keys, int published, String token) {

    public HeldDeletes {
        keys = List.copyOf(keys);
    }

    /** Held deletes of these keys (sorted), of {@code published} objects. */
    public static HeldDeletes of(List<String> sortedKeys, int published) {
        String token = ReportId.sha256Hex(String.join("\n", sortedKeys)).substring(0, 16);
        return new HeldDeletes(sortedKeys, published, token);
    }
}
