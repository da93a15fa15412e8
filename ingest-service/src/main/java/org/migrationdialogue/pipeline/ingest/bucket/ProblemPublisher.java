package org.migrationdialogue.pipeline.ingest.bucket;

/** Where entries of the bucket that cannot be ingested go: {@code reports.dlq}. Returns once the broker accepted it. */
@FunctionalInterface
public interface ProblemPublisher {

    void publish(String bucket, ListingProblem problem) throws Exception;
}
