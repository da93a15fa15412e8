package org.migrationdialogue.pipeline.common.topics;

import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.migrationdialogue.pipeline.common.events.EnrichedReport;
import org.migrationdialogue.pipeline.common.events.ExtractedReport;
import org.migrationdialogue.pipeline.common.events.PublishedRecommendation;
import org.migrationdialogue.pipeline.common.events.UploadEvent;
import org.migrationdialogue.pipeline.common.serde.JsonSerde;

/** The catalog of the pipeline's Kafka topics, each bound to its serdes (contract: docs/contract.md). */
public final class Topics {

    /**
     * Bucket changes (key {@code <bucket>/<key>}): our own upload events, which the serde reads and writes, and S3
     * event notifications that MinIO publishes itself, which the ingest-service reads from the raw bytes.
     */
    public static final Topic<String, UploadEvent> UPLOADED =
            new Topic<>("reports.uploaded", false, Serdes.String(), JsonSerde.of(UploadEvent.class));
    /** Clean text, layout and metadata per report (key = report id; tombstone on delete). */
    public static final Topic<String, ExtractedReport> EXTRACTED =
            new Topic<>("reports.extracted", true, Serdes.String(), JsonSerde.of(ExtractedReport.class));
    /** Enriched reports (key = report id); compacted so it can be replayed to rebuild the index. */
    public static final Topic<String, EnrichedReport> ENRICHED =
            new Topic<>("reports.enriched", true, Serdes.String(), JsonSerde.of(EnrichedReport.class));
    /** Each distinct recommendation once (key = recommendation id). */
    public static final Topic<String, PublishedRecommendation> RECOMMENDATIONS =
            new Topic<>("reports.recommendations", true, Serdes.String(), JsonSerde.of(PublishedRecommendation.class));
    /** Records that could not be processed: their key and value unchanged, with headers saying why. */
    public static final Topic<byte[], byte[]> DLQ =
            new Topic<>("reports.dlq", false, Serdes.ByteArray(), Serdes.ByteArray());

    public static final List<Topic<?, ?>> ALL = List.of(UPLOADED, EXTRACTED, ENRICHED, RECOMMENDATIONS, DLQ);

    private Topics() {}
}
