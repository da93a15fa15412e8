package org.migrationdialogue.pipeline.index.elastic;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import co.elastic.clients.transport.TransportException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.migrationdialogue.pipeline.common.search.IndexAliases;
import org.migrationdialogue.pipeline.index.core.IndexOperation;
import org.migrationdialogue.pipeline.index.core.RecommendationDocument;
import org.migrationdialogue.pipeline.index.schema.IndexSchema;

/** {@link ReportIndex} on Elasticsearch through the official Java client. */
public final class ElasticsearchReportIndex implements ReportIndex {

    private static final String RECOMMENDATION_IDS = "recommendations.id";

    private final ElasticsearchClient client;
    private final String reportsTarget;
    private final String recommendationsTarget;

    /** Writes through the aliases. */
    public ElasticsearchReportIndex(ElasticsearchClient client) {
        this(client, IndexAliases.REPORTS, IndexAliases.RECOMMENDATIONS);
    }

    /** Writes to given indices (a reindex writes to the next version before the alias moves). */
    public ElasticsearchReportIndex(ElasticsearchClient client, String reportsTarget, String recommendationsTarget) {
        this.client = client;
        this.reportsTarget = reportsTarget;
        this.recommendationsTarget = recommendationsTarget;
    }

    @Override
    public void ensureSchema() {
        new IndexSchema(client).ensure();
    }

    /**
     * Read from the report documents (their {@code recommendations.id}) with a real-time multi-get, not by searching
     * the recommendations: a get sees a version written a moment ago, before any refresh, so a new version that
     * follows within a second still removes the recommendations its predecessor had and it has not.
     */
    @Override
    public Map<String, Set<String>> recommendationDocumentIds(Collection<String> reportIds) throws IOException {
        Map<String, Set<String>> byReport = new HashMap<>();
        if (reportIds.isEmpty()) {
            return byReport;
        }
        MgetResponse<ObjectNode> response = classified(() -> client.mget(
                request ->
                        request.index(reportsTarget).ids(List.copyOf(reportIds)).sourceIncludes(RECOMMENDATION_IDS),
                ObjectNode.class));
        for (MultiGetResponseItem<ObjectNode> item : response.docs()) {
            if (item.isResult() && item.result().found()) {
                byReport.put(
                        item.result().id(),
                        recommendationDocumentIds(
                                item.result().id(), item.result().source()));
            }
        }
        return byReport;
    }

    private static Set<String> recommendationDocumentIds(String reportId, ObjectNode report) {
        Set<String> ids = new HashSet<>();
        report.path("recommendations")
                .forEach(recommendation -> ids.add(RecommendationDocument.documentId(
                        reportId, recommendation.path("id").asText())));
        return ids;
    }

    @Override
    public List<Rejection> write(List<IndexOperation> operations, boolean refresh) throws IOException {
        if (operations.isEmpty()) {
            return List.of();
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(refresh ? Refresh.True : Refresh.False);
        operations.forEach(operation -> bulk.operations(toBulk(operation)));
        BulkResponse response = classified(() -> client.bulk(bulk.build()));
        return response.errors() ? rejections(operations, response.items()) : List.of();
    }

    /**
     * Tells an error answer to a whole request apart: a rejection of its content becomes a
     * {@link RequestRejectedException}; overload, failure and unreachability an {@link IOException}.
     */
    private static <T> T classified(ElasticsearchCall<T> call) throws IOException {
        try {
            return call.call();
        } catch (ElasticsearchException e) {
            if (ReportIndex.rejectsContent(e.status())) {
                throw new RequestRejectedException(
                        e.status(), "Elasticsearch refused the request (" + e.status() + "): " + e.getMessage(), e);
            }
            throw new IOException("Elasticsearch answered " + e.status() + ": " + e.getMessage(), e);
        } catch (TransportException e) {
            if (ReportIndex.rejectsContent(e.statusCode())) {
                throw new RequestRejectedException(
                        e.statusCode(),
                        "Elasticsearch refused the request (" + e.statusCode() + "): " + e.getMessage(),
                        e);
            }
            throw e;
        }
    }

    @FunctionalInterface
    private interface ElasticsearchCall<T> {
        T call() throws IOException;
    }

    private BulkOperation toBulk(IndexOperation operation) {
        String target = target(operation.alias());
        return switch (operation) {
            case IndexOperation.Put put ->
                BulkOperation.of(op -> op.index(
                        index -> index.index(target).id(put.documentId()).document(put.document())));
            case IndexOperation.Delete delete ->
                BulkOperation.of(op -> op.delete(d -> d.index(target).id(delete.documentId())));
        };
    }

    private String target(String alias) {
        return IndexAliases.REPORTS.equals(alias) ? reportsTarget : recommendationsTarget;
    }

    private static List<Rejection> rejections(List<IndexOperation> operations, List<BulkResponseItem> items) {
        List<Rejection> rejected = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            BulkResponseItem item = items.get(i);
            if (item.error() != null) {
                rejected.add(new Rejection(
                        operations.get(i),
                        item.status(),
                        item.error().type() + ": " + item.error().reason()));
            }
        }
        return rejected;
    }

    @Override
    public boolean healthy() {
        try {
            return !client.cluster().health().timedOut();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
