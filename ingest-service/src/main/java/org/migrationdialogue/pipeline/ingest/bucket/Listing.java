package org.migrationdialogue.pipeline.ingest.bucket;

import java.util.List;

/**
 * What one listing of the bucket found: its candidate reports, and the entries that are there but cannot be offered
 * as objects, each with the reason.
 */
public record Listing(List<BucketObject> objects, List<ListingProblem> problems) {

    public Listing {
        objects = List.copyOf(objects);
        problems = List.copyOf(problems);
    }

    /** A listing without problems (an S3 bucket's: its keys are valid UTF-8, and it has no links or folders). */
    public static Listing of(List<BucketObject> objects) {
        return new Listing(objects, List.of());
    }
}
