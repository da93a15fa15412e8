package org.migrationdialogue.pipeline.index.elastic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.migrationdialogue.pipeline.common.events.ContractSamples;
import org.migrationdialogue.pipeline.common.events.EnrichedReport;
import org.migrationdialogue.pipeline.common.search.ElasticsearchClients;
import org.migrationdialogue.pipeline.index.core.BulkPlan;
import org.migrationdialogue.pipeline.index.core.IndexOperation;
import org.migrationdialogue.pipeline.index.core.RecommendationDocument;
import org.migrationdialogue.pipeline.index.schema.IndexSchema;
import org.migrationdialogue.pipeline.testing.RealInfrastructure;
import org.migrationdialogue.pipeline.testing.RealInfrastructureExtension;

@ExtendWith(RealInfrastructureExtension.class)
class ElasticsearchReportIndexIT {

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String reports = "reports-vit-" + run;
    private final String recommendations = "recommendations-vit-" + run;
    private ElasticsearchClient client;
    private ElasticsearchReportIndex index;

    @BeforeEach
    void createIndices(RealInfrastructure infra) throws IOException {
        client = ElasticsearchClients.create(infra.elasticsearchUrl());
        IndexSchema schema = new IndexSchema(client);
        schema.ensure();
        schema.createIndex(reports);
        schema.createIndex(recommendations);
        // No periodic refresh: nothing written becomes searchable unless a write asks for it.
        client.indices()
                .putSettings(request -> request.index(reports + "," + recommendations)
                        .settings(settings -> settings.refreshInterval(interval -> interval.time("-1"))));
        index = new ElasticsearchReportIndex(client, reports, recommendations);
    }

    @AfterEach
    void deleteIndices() throws IOException {
        client.indices().delete(request -> request.index(reports, recommendations));
        client.close();
    }

    @Test
    void shouldKnowTheRecommendationsOfAReportWrittenButNotYetSearchable() throws IOException {
        // given a report with recommendations, written without a refresh
        EnrichedReport report = ContractSamples.enriched();
        assertFalse(report.enrichment().recommendations().isEmpty());
        index.write(plan(report), false);
        // when the index is asked which recommendation documents the report has
        Map<String, Set<String>> found = index.recommendationDocumentIds(List.of(report.id()));
        // then it knows them all, although a search would not see them yet
        Set<String> expected = report.enrichment().recommendations().stream()
                .map(recommendation -> RecommendationDocument.documentId(report.id(), recommendation.id()))
                .collect(Collectors.toSet());
        assertEquals(Map.of(report.id(), expected), found);
        assertEquals(0, client.count(request -> request.index(recommendations)).count());
    }

    @Test
    void shouldMakeAWriteSearchableAtOnceWhenAskedToRefresh() throws IOException {
        // given a report
        EnrichedReport report = ContractSamples.enriched();
        // when it is written with a refresh
        index.write(plan(report), true);
        // then a search finds the report and its recommendations at once
        assertEquals(1, client.count(request -> request.index(reports)).count());
        assertEquals(
                report.enrichment().recommendations().size(),
                client.count(request -> request.index(recommendations)).count());
    }

    @Test
    void shouldReportNoRecommendationsForAReportNeverWritten() throws IOException {
        // given an empty index
        // when asked about an unknown report
        Map<String, Set<String>> found = index.recommendationDocumentIds(List.of("reports/never-written"));
        // then it knows none
        assertEquals(Map.of(), found);
    }

    private static List<IndexOperation> plan(EnrichedReport report) {
        return BulkPlan.plan(
                List.of(new BulkPlan.ReportChange(
                        report.id(), report, new IndexOperation.SourceOffset("reports.enriched", 0, 0))),
                Map.of(),
                Instant.parse("2026-11-27T10:00:00Z"));
    }
}
