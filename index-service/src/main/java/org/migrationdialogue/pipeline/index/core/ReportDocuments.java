package org.migrationdialogue.pipeline.index.core;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.migrationdialogue.pipeline.common.events.EnrichedReport;
import org.migrationdialogue.pipeline.common.events.ExtractedReport;
import org.migrationdialogue.pipeline.common.events.Recommendation;
import org.migrationdialogue.pipeline.common.serde.Json;

/**
 * The documents one enriched report becomes: its report document (id = report id) and one document per
 * recommendation. Pure mapping, no I/O.
 *
 * @param report the report document: the enriched report's JSON without its layout ({@code blocks}: the text is
 *               searched, its spans are not), plus {@code indexed_at}
 */
public record ReportDocuments(String reportId, ObjectNode report, List<RecommendationDocument> recommendations) {

    public static ReportDocuments of(EnrichedReport enriched, Instant indexedAt) {
        ObjectNode report = Json.mapper().valueToTree(enriched);
        report.remove("blocks");
        report.put("indexed_at", indexedAt.toString());
        List<RecommendationDocument> recommendations = enriched.enrichment().recommendations().stream()
                .map(item -> recommendation(enriched, item, indexedAt))
                .toList();
        return new ReportDocuments(enriched.id(), report, recommendations);
    }

    private static RecommendationDocument recommendation(
            EnrichedReport enriched, Recommendation item, Instant indexedAt) {
        ExtractedReport report = enriched.report();
        return new RecommendationDocument(
                item.id(),
                report.id(),
                report.title(),
                enriched.enrichment().meeting(),
                item.group(),
                item.kind(),
                item.ordinal(),
                item.text(),
                item.themes(),
                item.countries(),
                item.organisations(),
                report.language(),
                enriched.enrichedAt(),
                indexedAt);
    }
}
