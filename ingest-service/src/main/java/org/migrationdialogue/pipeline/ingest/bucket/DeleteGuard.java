package org.migrationdialogue.pipeline.ingest.bucket;

/**
 * Holds back a listing that would delete a large share of the bucket at once (an unmounted or emptied folder, a
 * wrong bucket): more than {@code minimumCount} deletes that are also more than {@code sharePercent} % of what was
 * published are held until an operator confirms them. Pure.
 *
 * @param sharePercent 0-100; 100 never holds (a listing cannot delete more than everything)
 * @param minimumCount deletes up to this many are never held
 */
public record DeleteGuard(int sharePercent, int minimumCount) {

    public DeleteGuard {
        if (sharePercent < 0 || sharePercent > 100 || minimumCount < 0) {
            throw new IllegalArgumentException("the mass-delete share is a percentage (0-100) and the minimum count "
                    + "is not negative: " + sharePercent + " %, " + minimumCount);
        }
    }

    /** Whether {@code deletes} of the {@code published} objects at once must wait for a confirmation. */
    public boolean holds(int deletes, int published) {
        return deletes > minimumCount && (long) deletes * 100 > (long) sharePercent * published;
    }
}
