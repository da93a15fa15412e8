package org.migrationdialogue.pipeline.web.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.InnerHitsResult;
import co.elastic.clients.json.JsonData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.migrationdialogue.pipeline.common.serde.Json;
import org.migrationdialogue.pipeline.web.text.Highlights;
import org.migrationdialogue.pipeline.web.text.Segment;

/** Runs a search page's request against the {@code reports} alias and reads the answer into results. */
public final class ReportSearch {

    private final ElasticsearchClient client;
    private final String url;

    public ReportSearch(ElasticsearchClient client, String url) {
        this.client = client;
        this.url = url;
    }

    /** Throws {@link Elastic.QueryRejected} or {@link Elastic.Unreachable}; no index yet reads as no results. */
    public SearchResults search(SearchRequest request) {
        try {
            SearchResponse<ObjectNode> response =
                    Elastic.call(url, () -> client.search(SearchQueries.of(request), ObjectNode.class));
            return read(request, response);
        } catch (Elastic.NoIndexYet e) {
            return new SearchResults(0, List.of(), List.of(), 0);
        }
    }

    static SearchResults read(SearchRequest request, SearchResponse<ObjectNode> response) {
        List<ReportHit> hits =
                response.hits().hits().stream().map(ReportSearch::hit).toList();
        List<FacetCounts> facets = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            facets.add(counts(request, facet, response.aggregations().get(facet.parameter())));
        }
        long total = response.aggregations()
                .get(SearchQueries.DISTINCT)
                .cardinality()
                .value();
        return new SearchResults(total, hits, facets, response.took());
    }

    private static ReportHit hit(Hit<ObjectNode> hit) {
        ObjectNode source = hit.source();
        Map<String, List<String>> highlight = hit.highlight();
        String title = MeetingCard.text(source.path("title"));
        List<Segment> titleSegments = highlight.containsKey("title")
                ? Highlights.segments(highlight.get("title").getFirst())
                : List.of(Segment.plain(title.isEmpty() ? "(untitled)" : title));
        List<List<Segment>> snippets = highlight.getOrDefault("text", List.of()).stream()
                .map(snippet ->
                        Highlights.segments(snippet.replaceAll("\\s+", " ").strip()))
                .toList();
        return new ReportHit(
                source.path("id").asText(hit.id()),
                titleSegments,
                source.path("source").path("key").asText(),
                MeetingCard.text(source.path("language")),
                MeetingCard.of(source.path("meeting")),
                values(source.path("countries"), "name", 8),
                organisations(source.path("organisations")),
                values(source.path("themes"), "id", 5).stream()
                        .map(id -> id.replace('_', ' '))
                        .toList(),
                snippets,
                otherNames(hit));
    }

    private static List<ReportHit.OtherName> otherNames(Hit<ObjectNode> hit) {
        InnerHitsResult same = hit.innerHits().get(SearchQueries.SAME_CONTENT);
        if (same == null) {
            return List.of();
        }
        List<ReportHit.OtherName> names = new ArrayList<>();
        for (Hit<JsonData> other : same.hits().hits()) {
            JsonNode node = other.source()
                    .to(JsonNode.class, new co.elastic.clients.json.jackson.JacksonJsonpMapper(Json.mapper()));
            if (!other.id().equals(hit.id())) {
                names.add(new ReportHit.OtherName(
                        other.id(), node.path("source").path("key").asText()));
            }
        }
        return names;
    }

    static List<String> values(JsonNode items, String field, int limit) {
        List<String> values = new ArrayList<>();
        for (JsonNode item : items) {
            String value = MeetingCard.text(item.path(field));
            if (!value.isEmpty() && !values.contains(value) && values.size() < limit) {
                values.add(value);
            }
        }
        return values;
    }

    private static List<String> organisations(JsonNode items) {
        List<String> values = new ArrayList<>();
        for (JsonNode item : items) {
            String acronym = MeetingCard.text(item.path("acronym"));
            String value = acronym.isEmpty() ? MeetingCard.text(item.path("name")) : acronym;
            if (!value.isEmpty() && !values.contains(value) && values.size() < 8) {
                values.add(value);
            }
        }
        return values;
    }

    private static FacetCounts counts(SearchRequest request, Facet facet, Aggregate aggregate) {
        List<FacetCounts.Value> values = new ArrayList<>();
        if (facet.byYear()) {
            aggregate
                    .dateHistogram()
                    .buckets()
                    .array()
                    .reversed()
                    .forEach(bucket -> values.add(value(
                            request,
                            facet,
                            bucket.keyAsString(),
                            bucket.aggregations()
                                    .get(SearchQueries.DISTINCT)
                                    .cardinality()
                                    .value())));
        } else {
            aggregate
                    .sterms()
                    .buckets()
                    .array()
                    .forEach(bucket -> values.add(value(
                            request,
                            facet,
                            bucket.key().stringValue(),
                            bucket.aggregations()
                                    .get(SearchQueries.DISTINCT)
                                    .cardinality()
                                    .value())));
        }
        return new FacetCounts(facet, values);
    }

    private static FacetCounts.Value value(SearchRequest request, Facet facet, String value, long count) {
        return new FacetCounts.Value(
                value, facet.display(value), count, request.has(facet, value), request.adding(facet, value));
    }
}
