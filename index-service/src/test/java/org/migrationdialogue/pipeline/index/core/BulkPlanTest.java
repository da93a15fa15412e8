package org.migrationdialogue.pipeline.index.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.migrationdialogue.pipeline.common.events.ContractSamples;
import org.migrationdialogue.pipeline.common.events.EnrichedReport;
import org.migrationdialogue.pipeline.common.search.IndexAliases;

class BulkPlanTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private static final IndexOperation.SourceOffset SOURCE = new IndexOperation.SourceOffset("reports.enriched", 0, 7);

    @Test
    void shouldPutTheReportAndEachRecommendationWithStableIds() {
        // given a new enriched report with one recommendation
        EnrichedReport report = ContractSamples.enriched();
        // when planned against an empty index
        List<IndexOperation> operations =
                BulkPlan.plan(List.of(new BulkPlan.ReportChange(report.id(), report, SOURCE)), Map.of(), NOW);
        // then the report document and the recommendation document are put, keyed by report and recommendation id
        assertEquals(2, operations.size());
        IndexOperation.Put reportPut = assertInstanceOf(IndexOperation.Put.class, operations.get(0));
        assertEquals(IndexAliases.REPORTS, reportPut.alias());
        assertEquals(report.id(), reportPut.documentId());
        assertEquals(
                report.id() + ":"
                        + report.enrichment().recommendations().getFirst().id(),
                operations.get(1).documentId());
        assertEquals(IndexAliases.RECOMMENDATIONS, operations.get(1).alias());
    }

    @Test
    void shouldDeleteRecommendationsANewVersionNoLongerHas() {
        // given a report whose index holds an older recommendation document too
        EnrichedReport report = ContractSamples.enriched();
        String stale = report.id() + ":rec-old";
        String kept = report.id() + ":"
                + report.enrichment().recommendations().getFirst().id();
        // when the new version is planned
        List<IndexOperation> operations = BulkPlan.plan(
                List.of(new BulkPlan.ReportChange(report.id(), report, SOURCE)),
                Map.of(report.id(), Set.of(stale, kept)),
                NOW);
        // then the stale one is deleted and the kept one overwritten
        assertEquals(
                List.of(stale),
                operations.stream()
                        .filter(IndexOperation.Delete.class::isInstance)
                        .map(IndexOperation::documentId)
                        .toList());
        assertEquals(
                2,
                operations.stream().filter(IndexOperation.Put.class::isInstance).count());
    }

    @Test
    void shouldDeleteTheReportAndAllItsRecommendationsOnATombstone() {
        // given a tombstone for a report with two indexed recommendations
        String id = "r-gone";
        // when planned
        List<IndexOperation> operations = BulkPlan.plan(
                List.of(new BulkPlan.ReportChange(id, null, SOURCE)),
                Map.of(id, Set.of(id + ":rec-b", id + ":rec-a")),
                NOW);
        // then the report and both recommendations are deleted
        assertEquals(
                List.of(id, id + ":rec-a", id + ":rec-b"),
                operations.stream().map(IndexOperation::documentId).toList());
        operations.forEach(operation -> assertInstanceOf(IndexOperation.Delete.class, operation));
    }

    @Test
    void shouldStampTheReportDocumentWithTheIndexingTime() {
        // given an enriched report
        EnrichedReport report = ContractSamples.enriched();
        // when mapped to documents
        ReportDocuments documents = ReportDocuments.of(report, NOW);
        // then the report document keeps the contract's fields and adds indexed_at
        assertEquals(
                "2026-11-26T12:00:00Z", documents.report().get("indexed_at").asText());
        assertEquals(report.id(), documents.report().get("id").asText());
        assertEquals(
                "MA", documents.report().get("countries").get(0).get("code").asText());
        assertEquals(
                report.report().title(), documents.recommendations().getFirst().reportTitle());
    }
}
