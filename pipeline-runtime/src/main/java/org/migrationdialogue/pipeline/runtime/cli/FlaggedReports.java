package org.migrationdialogue.pipeline.runtime.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.migrationdialogue.pipeline.common.search.IndexAliases;

/**
 * The indexed reports whose text is missing ({@code text_missing}, e.g. scans extracted while OCR was off), with
 * what it takes to extract them again.
 */
final class FlaggedReports {

    /** More flagged reports than this are reprocessed in several runs. */
    static final int MOST = 10_000;

    private FlaggedReports() {}

    /** One flagged report: its bucket object, why its text is missing, and which pages. */
    record Flagged(
            String bucket, String key, long size, String etag, String contentType, String reason, List<Integer> pages) {

        /** "scans/a.pdf (pages 1, 2)". */
        String describe() {
            return key
                    + (pages.isEmpty()
                            ? ""
                            : " (page" + (pages.size() == 1 ? " " : "s ")
                                    + String.join(
                                            ", ",
                                            pages.stream().map(String::valueOf).toList()) + ")");
        }
    }

    /** Every flagged report (up to {@link #MOST}), by key; the total count may be larger. */
    record Found(long total, List<Flagged> reports) {}

    static Found find(ElasticsearchClient client) throws IOException {
        SearchResponse<ObjectNode> response = client.search(
                search -> search.index(IndexAliases.REPORTS)
                        .size(MOST)
                        .query(q -> q.exists(e -> e.field("text_missing")))
                        .sort(sort -> sort.field(f -> f.field("source.key")))
                        .source(source -> source.filter(
                                filter -> filter.includes("source", "text_missing", "text_missing_pages"))),
                ObjectNode.class);
        List<Flagged> reports = new ArrayList<>();
        response.hits().hits().forEach(hit -> reports.add(flagged(hit.source())));
        return new Found(
                response.hits().total() == null
                        ? reports.size()
                        : response.hits().total().value(),
                reports);
    }

    private static Flagged flagged(JsonNode report) {
        JsonNode source = report.path("source");
        List<Integer> pages = new ArrayList<>();
        report.path("text_missing_pages").forEach(page -> pages.add(page.asInt()));
        return new Flagged(
                source.path("bucket").asText(),
                source.path("key").asText(),
                source.path("size").asLong(-1),
                source.path("etag").asText(null),
                source.path("content_type").asText(null),
                report.path("text_missing").asText(),
                pages);
    }
}
