package org.migrationdialogue.pipeline.common.topics;

import java.util.List;

/** The catalog of the pipeline's Kafka topics (contract: docs/contract.md). */
public final class Topics {

    /** Bucket changes: our own upload events and S3 event notifications (key {@code <bucket>/<key>}). */
    public static final TopicSpec UPLOADED = new TopicSpec("reports.uploaded", false);
    /** Clean text and metadata per report (key = report id; tombstone on delete). */
    public static final TopicSpec EXTRACTED = new TopicSpec("reports.extracted", true);
    /** Enriched reports (key = report id); compacted so it can be replayed to rebuild the index. */
    public static final TopicSpec ENRICHED = new TopicSpec("reports.enriched", true);
    /** Each distinct recommendation once (key = recommendation id). */
    public static final TopicSpec RECOMMENDATIONS = new TopicSpec("reports.recommendations", true);
    /** Records that could not be processed, with headers saying why. */
    public static final TopicSpec DLQ = new TopicSpec("reports.dlq", false);

    public static final List<TopicSpec> ALL = List.of(UPLOADED, EXTRACTED, ENRICHED, RECOMMENDATIONS, DLQ);

    private Topics() {
    }
}
