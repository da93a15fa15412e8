package org.migrationdialogue.pipeline.index.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;
import org.migrationdialogue.pipeline.common.events.Meeting;

/** A document of the {@code recommendations} alias: one recommendation of one report, with its report's context. */
public record RecommendationDocument(
        String id,
        String reportId,
        String reportTitle,
        Meeting meeting,
        String group,
        String kind,
        int ordinal,
        String text,
        List<String> themes,
        List<String> countries,
        List<String> organisations,
        String language,
        Instant enrichedAt,
        Instant indexedAt) {

    /** The Elasticsearch id: a report and a recommendation id, so a replay overwrites instead of duplicating. */
    @JsonIgnore
    public String documentId() {
        return documentId(reportId, id);
    }

    public static String documentId(String reportId, String recommendationId) {
        return reportId + ":" + recommendationId;
    }
}
