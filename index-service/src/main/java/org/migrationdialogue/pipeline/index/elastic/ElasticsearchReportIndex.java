package org.migrationdialogue.pipeline.index.elastic;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.migrationdialogue.pipeline.common.topics.IndexAliases;
import org.migrationdialogue.pipeline.index.core.IndexOperation;
import org.migrationdialogue.pipeline.index.schema.IndexSchema;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@link ReportIndex} on Elasticsearch through the official Java client. */
public final class ElasticsearchReportIndex implements ReportIndex {

    /** More recommendations than this for one batch of reports is not a meeting report. */
    private static final int MAX_RECOMMENDATION_DOCUMENTS = 10_000;

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

    @Override
    public Map<String, Set<String>> recommendationDocumentIds(Collection<String> reportIds) throws IOException {
        Map<String, Set<String>> byReport = new HashMap<>();
        if (reportIds.isEmpty()) {
            return byReport;
        }
        List<FieldValue> values = reportIds.stream().map(FieldValue::of).toList();
        var response = client.search(search -> search.index(recommendationsTarget)
                .size(MAX_RECOMMENDATION_DOCUMENTS)
                .source(source -> source.filter(filter -> filter.includes("report_id")))
                .query(query -> query.terms(terms -> terms.field("report_id").terms(t -> t.value(values)))),
                ObjectNode.class);
        for (Hit<ObjectNode> hit : response.hits().hits()) {
            String reportId = hit.source().path("report_id").asText();
            byReport.computeIfAbsent(reportId, id -> new HashSet<>()).add(hit.id());
        }
        return byReport;
    }

    @Override
    public List<Rejection> write(List<IndexOperation> operations) throws IOException {
        if (operations.isEmpty()) {
            return List.of();
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        operations.forEach(operation -> bulk.operations(toBulk(operation)));
        BulkResponse response = client.bulk(bulk.build());
        return response.errors() ? rejections(operations, response.items()) : List.of();
    }

    private BulkOperation toBulk(IndexOperation operation) {
        String target = target(operation.alias());
        return switch (operation) {
            case IndexOperation.Put put -> BulkOperation.of(op -> op.index(index -> index.index(target)
                    .id(put.documentId()).document(put.document())));
            case IndexOperation.Delete delete -> BulkOperation.of(op -> op.delete(d -> d.index(target)
                    .id(delete.documentId())));
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
                rejected.add(new Rejection(operations.get(i), item.status(),
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
