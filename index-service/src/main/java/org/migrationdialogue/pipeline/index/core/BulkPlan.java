package org.migrationdialogue.pipeline.index.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.migrationdialogue.pipeline.common.events.EnrichedReport;
import org.migrationdialogue.pipeline.common.search.IndexAliases;

/**
 * Plans the writes that make the index hold exactly what the topic says for a batch of reports: a new version
 * replaces the report document and its recommendation documents (removing recommendations it no longer has);
 * a tombstone deletes the report and all its recommendation documents. Pure: no I/O.
 */
public final class BulkPlan {

    private BulkPlan() {}

    /**
     * @param latest   the latest change per report id in the batch (a null report: a tombstone)
     * @param existing recommendation document ids already indexed, per report id
     */
    public static List<IndexOperation> plan(
            Collection<ReportChange> latest, Map<String, Set<String>> existing, Instant indexedAt) {
        List<IndexOperation> operations = new ArrayList<>();
        for (ReportChange change : latest) {
            Set<String> indexed = existing.getOrDefault(change.reportId(), Set.of());
            if (change.report() == null) {
                operations.addAll(deleteAll(change, indexed));
            } else {
                operations.addAll(replace(change, indexed, indexedAt));
            }
        }
        return operations;
    }

    private static List<IndexOperation> deleteAll(ReportChange change, Set<String> indexed) {
        List<IndexOperation> operations = new ArrayList<>();
        operations.add(new IndexOperation.Delete(IndexAliases.REPORTS, change.reportId(), change.source()));
        indexed.stream()
                .sorted()
                .map(id -> new IndexOperation.Delete(IndexAliases.RECOMMENDATIONS, id, change.source()))
                .forEach(operations::add);
        return operations;
    }

    private static List<IndexOperation> replace(ReportChange change, Set<String> indexed, Instant indexedAt) {
        ReportDocuments documents = ReportDocuments.of(change.report(), indexedAt);
        List<IndexOperation> operations = new ArrayList<>();
        operations.add(
                new IndexOperation.Put(IndexAliases.REPORTS, change.reportId(), documents.report(), change.source()));
        Set<String> kept = new java.util.HashSet<>();
        for (RecommendationDocument recommendation : documents.recommendations()) {
            kept.add(recommendation.documentId());
            operations.add(new IndexOperation.Put(
                    IndexAliases.RECOMMENDATIONS, recommendation.documentId(), recommendation, change.source()));
        }
        indexed.stream()
                .filter(id -> !kept.contains(id))
                .sorted()
                .map(id -> new IndexOperation.Delete(IndexAliases.RECOMMENDATIONS, id, change.source()))
                .forEach(operations::add);
        return operations;
    }

    /** The latest state of one report in a batch; {@code report} is null for a tombstone. */
    public record ReportChange(String reportId, EnrichedReport report, IndexOperation.SourceOffset source) {}
}
