package org.migrationdialogue.pipeline.index.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.util.NamedValue;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.migrationdialogue.pipeline.common.events.ContractSamples;
import org.migrationdialogue.pipeline.common.search.ElasticsearchClients;
import org.migrationdialogue.pipeline.common.search.IndexAliases;
import org.migrationdialogue.pipeline.index.core.RecommendationDocument;
import org.migrationdialogue.pipeline.index.core.ReportDocuments;
import org.migrationdialogue.pipeline.testing.RealInfrastructure;
import org.migrationdialogue.pipeline.testing.RealInfrastructureExtension;

@ExtendWith(RealInfrastructureExtension.class)
class IndexSchemaIT {

    private ElasticsearchClient client;

    @BeforeEach
    void connect(RealInfrastructure infra) {
        client = ElasticsearchClients.create(infra.elasticsearchUrl());
    }

    @Test
    void shouldCreateTemplatesIndicesAndAliasesIdempotently() throws IOException {
        // given the schema applied once
        new IndexSchema(client).ensure();
        // when applied again (a second service instance, a restart)
        new IndexSchema(client).ensure();
        // then each alias points at exactly one versioned index, with no replicas on the single node
        for (String alias : IndexSchema.ALIASES) {
            var aliases =
                    client.indices().getAlias(request -> request.name(alias)).aliases();
            assertEquals(1, aliases.size());
            assertTrue(aliases.keySet().iterator().next().matches(alias + "-v\\d+"), aliases.keySet()::toString);
            String replicas = client.indices()
                    .getSettings(request -> request.index(alias))
                    .settings()
                    .values()
                    .iterator()
                    .next()
                    .settings()
                    .index()
                    .numberOfReplicas();
            assertEquals("0", replicas);
        }
    }

    @Test
    void shouldBulkIndexAndSearchAnEnrichedReportWithFacetsAndHighlights() throws IOException {
        // given the schema and the documents of an enriched report
        new IndexSchema(client).ensure();
        ReportDocuments documents =
                ReportDocuments.of(ContractSamples.enriched(), Instant.parse("2026-11-26T10:16:00Z"));
        // when bulk-indexed and refreshed
        BulkResponse response = client.bulk(bulk -> {
            bulk.operations(op -> op.index(index ->
                    index.index(IndexAliases.REPORTS).id(documents.reportId()).document(documents.report())));
            for (RecommendationDocument recommendation : documents.recommendations()) {
                bulk.operations(op -> op.index(index -> index.index(IndexAliases.RECOMMENDATIONS)
                        .id(recommendation.documentId())
                        .document(recommendation)));
            }
            return bulk;
        });
        assertFalse(response.errors(), () -> response.items().toString());
        client.indices().refresh(request -> request.index(IndexSchema.ALIASES));

        // then a full-text search finds the report, highlights the match and facets by country
        SearchResponse<ObjectNode> found = client.search(
                search -> search.index(IndexAliases.REPORTS)
                        .query(q -> q.bool(b -> b.must(
                                        m -> m.match(t -> t.field("text").query("Rabat")))
                                .filter(f -> f.term(t -> t.field("id").value(documents.reportId())))))
                        .highlight(h -> h.fields(NamedValue.of("text", HighlightField.of(f -> f))))
                        .aggregations("countries", a -> a.terms(t -> t.field("countries.code"))),
                ObjectNode.class);
        assertEquals(1, found.hits().total().value());
        assertTrue(found.hits()
                .hits()
                .getFirst()
                .highlight()
                .get("text")
                .getFirst()
                .contains("<em>Rabat</em>"));
        var countryCodes = found.aggregations().get("countries").sterms().buckets().array().stream()
                .map(bucket -> bucket.key().stringValue())
                .toList();
        assertEquals(List.of("MA", "SN"), countryCodes);

        // and the recommendation is searchable by theme
        SearchResponse<RecommendationDocument> recommendations = client.search(
                search -> search.index(IndexAliases.RECOMMENDATIONS)
                        .query(q -> q.bool(b -> b.must(
                                        m -> m.term(t -> t.field("themes").value("document_fraud")))
                                .filter(f -> f.term(t -> t.field("report_id").value(documents.reportId()))))),
                RecommendationDocument.class);
        assertEquals(1, recommendations.hits().total().value());
        assertEquals(
                documents.recommendations().getFirst(),
                recommendations.hits().hits().getFirst().source());
    }

    @Test
    void shouldFindAScanWhoseTextIsMissingByItsFlagItsFileNameAndItsMetadata() throws IOException {
        // given the schema and a two-page scan extracted while OCR was off (empty text, flagged)
        new IndexSchema(client).ensure();
        ReportDocuments documents =
                ReportDocuments.of(ContractSamples.enrichedScanWithoutText(), Instant.parse("2026-11-26T10:16:00Z"));
        // when indexed
        var response = client.index(index ->
                index.index(IndexAliases.REPORTS).id(documents.reportId()).document(documents.report()));
        assertEquals("created", response.result().jsonValue());
        client.indices().refresh(request -> request.index(IndexAliases.REPORTS));
        // then it is found by its flag, by words of its file name, and by its metadata
        for (var query : List.<Query>of(
                Query.of(q -> q.term(t -> t.field("text_missing").value("ocr_off"))),
                Query.of(q -> q.match(m -> m.field("source.key.text").query("signed declaration"))),
                Query.of(q -> q.match(m -> m.field("metadata.author").query("secretariat"))),
                Query.of(q -> q.term(t -> t.field("text_missing_pages").value(2))))) {
            SearchResponse<ObjectNode> found = client.search(
                    search -> search.index(IndexAliases.REPORTS)
                            .query(q -> q.bool(b -> b.must(query)
                                    .filter(f -> f.term(t -> t.field("id").value(documents.reportId()))))),
                    ObjectNode.class);
            assertEquals(1, found.hits().total().value(), query::toString);
        }
    }
}
