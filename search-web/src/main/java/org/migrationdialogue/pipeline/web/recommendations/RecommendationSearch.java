package org.migrationdialogue.pipeline.web.recommendations;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.migrationdialogue.pipeline.common.search.IndexAliases;
import org.migrationdialogue.pipeline.web.search.Elastic;
import org.migrationdialogue.pipeline.web.search.MeetingCard;

/**
 * The latest recommendations from the {@code recommendations} alias, newest indexed first, each wording once (the
 * same recommendation in two reports is one document per report: collapsed on its id), with the values the filters
 * can take.
 */
public final class RecommendationSearch {

    private static final int SHOWN = 50;
    /** Filter fields: the URL parameter and the field of the alias. */
    static final Map<String, String> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("theme", "themes");
        FIELDS.put("country", "countries");
        FIELDS.put("organisation", "organisations");
        FIELDS.put("meeting", "meeting.title.keyword");
    }

    private final ElasticsearchClient client;
    private final String url;

    public RecommendationSearch(ElasticsearchClient client, String url) {
        this.client = client;
        this.url = url;
    }

    /** @param choices for each filter parameter, the values it can take (most frequent first) */
    public record Latest(List<RecommendationCard> cards, long total, Map<String, List<String>> choices) {}

    public Latest latest(RecommendationFilter filter) {
        SearchResponse<ObjectNode> response;
        try {
            response = Elastic.call(
                    url,
                    () -> client.search(
                            search -> {
                                search.index(IndexAliases.RECOMMENDATIONS)
                                        .size(SHOWN)
                                        .query(query(filter))
                                        .sort(sort -> sort.field(field ->
                                                field.field("indexed_at").order(SortOrder.Desc)))
                                        .collapse(collapse -> collapse.field("id"))
                                        .aggregations("distinct", a -> a.cardinality(c -> c.field("id")));
                                FIELDS.forEach((parameter, field) -> search.aggregations(
                                        parameter,
                                        Aggregation.of(a -> a.terms(
                                                terms -> terms.field(field).size(40)))));
                                return search;
                            },
                            ObjectNode.class));
        } catch (Elastic.NoIndexYet e) {
            return new Latest(List.of(), 0, Map.of());
        }
        List<RecommendationCard> cards =
                response.hits().hits().stream().map(hit -> card(hit.source())).toList();
        Map<String, List<String>> choices = new LinkedHashMap<>();
        FIELDS.keySet()
                .forEach(parameter -> choices.put(
                        parameter,
                        response.aggregations().get(parameter).sterms().buckets().array().stream()
                                .map(bucket -> bucket.key().stringValue())
                                .toList()));
        return new Latest(
                cards, response.aggregations().get("distinct").cardinality().value(), choices);
    }

    private static Query query(RecommendationFilter filter) {
        List<Query> filters = new ArrayList<>();
        add(filters, "theme", filter.theme());
        add(filters, "country", filter.country());
        add(filters, "organisation", filter.organisation());
        add(filters, "meeting", filter.meeting());
        return Query.of(q -> q.bool(b -> b.filter(filters)));
    }

    private static void add(List<Query> filters, String parameter, String value) {
        if (!value.isEmpty()) {
            filters.add(Query.of(q -> q.term(t -> t.field(FIELDS.get(parameter)).value(value))));
        }
    }

    private static RecommendationCard card(JsonNode source) {
        return new RecommendationCard(
                source.path("id").asText(),
                source.path("report_id").asText(),
                MeetingCard.text(source.path("report_title")),
                source.path("kind").asText(),
                source.path("ordinal").asInt(),
                MeetingCard.text(source.path("group")),
                source.path("text").asText(),
                MeetingCard.of(source.path("meeting")),
                strings(source.path("themes")).stream()
                        .map(theme -> theme.replace('_', ' '))
                        .toList(),
                strings(source.path("countries")),
                strings(source.path("organisations")));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
