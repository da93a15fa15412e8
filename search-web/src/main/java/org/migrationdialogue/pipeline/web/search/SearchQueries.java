package org.migrationdialogue.pipeline.web.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.util.NamedValue;
import java.util.ArrayList;
import java.util.List;
import org.migrationdialogue.pipeline.common.search.IndexAliases;
import org.migrationdialogue.pipeline.web.text.Highlights;

/**
 * The Elasticsearch request of a search page (pure: builds it, sends nothing). Full text in the query-string syntax
 * (phrases in quotes, {@code -word} to exclude, {@code AND}/{@code OR}, {@code field:value}) analysed by each field's
 * own analyzer; the chips as filters; one result per content ({@code content_sha256} collapsed, the other names as
 * inner hits); highlighted snippets; and every facet counted in distinct contents.
 */
public final class SearchQueries {

    /**
     * Fields searched, with their boosts: a word in the title counts more than one in the text; the file name and the
     * author find a scan whose text is missing (extracted while OCR was off).
     */
    static final List<String> FIELDS = List.of(
            "title^3",
            "meeting.title^2",
            "text",
            "recommendations.text",
            "people.name.text",
            "source.key.text",
            "metadata.author");

    static final String SAME_CONTENT = "same_content";
    static final String DISTINCT = "reports";
    static final String CONTENT = "content_sha256";
    private static final int FACET_SIZE = 10;
    private static final int SNIPPET_CHARS = 200;

    private SearchQueries() {}

    public static co.elastic.clients.elasticsearch.core.SearchRequest of(SearchRequest request) {
        return co.elastic.clients.elasticsearch.core.SearchRequest.of(search -> {
            search.index(IndexAliases.REPORTS)
                    .query(query(request))
                    .from((request.page() - 1) * SearchRequest.PAGE_SIZE)
                    .size(SearchRequest.PAGE_SIZE)
                    .sort(sort(request.sort()))
                    .source(source -> source.filter(filter -> filter.includes(
                            "id",
                            "title",
                            "source.key",
                            "language",
                            "meeting",
                            "countries.name",
                            "organisations.acronym",
                            "organisations.name",
                            "themes.id",
                            CONTENT)))
                    .collapse(collapse -> collapse.field(CONTENT)
                            .innerHits(inner -> inner.name(SAME_CONTENT)
                                    .size(5)
                                    .source(source -> source.filter(filter -> filter.includes("id", "source.key")))
                                    .sort(sort -> sort.field(field -> field.field("source.key")))))
                    .highlight(highlight -> highlight
                            .preTags(Highlights.START)
                            .postTags(Highlights.END)
                            .fields(
                                    NamedValue.of(
                                            "text",
                                            HighlightField.of(field -> field.fragmentSize(SNIPPET_CHARS)
                                                    .numberOfFragments(3)
                                                    .noMatchSize(SNIPPET_CHARS))),
                                    NamedValue.of("title", HighlightField.of(field -> field.numberOfFragments(0)))))
                    .aggregations(DISTINCT, distinct());
            for (Facet facet : Facet.values()) {
                search.aggregations(facet.parameter(), facetAggregation(facet));
            }
            return search;
        });
    }

    static Query query(SearchRequest request) {
        Query text = request.hasQuery()
                ? Query.of(q -> q.queryString(
                        qs -> qs.query(request.query()).fields(FIELDS).defaultOperator(Operator.And)))
                : Query.of(q -> q.matchAll(all -> all));
        List<Query> filters = new ArrayList<>();
        List<Query> exclusions = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            List<Filter> chosen = request.filtersOf(facet);
            List<Query> included = chosen.stream()
                    .filter(filter -> !filter.excluded())
                    .map(SearchQueries::match)
                    .toList();
            chosen.stream().filter(Filter::excluded).map(SearchQueries::match).forEach(exclusions::add);
            if (included.isEmpty()) {
                continue;
            }
            if (facet.combination() == Facet.Combination.ALL_OF) {
                filters.addAll(included);
            } else {
                filters.add(Query.of(q -> q.bool(b -> b.should(included).minimumShouldMatch("1"))));
            }
        }
        return Query.of(q -> q.bool(b -> b.must(text).filter(filters).mustNot(exclusions)));
    }

    /** A document has this chip's value: a keyword term, or a meeting start date within the year. */
    private static Query match(Filter filter) {
        if (filter.facet().byYear()) {
            if (!filter.value().matches("\\d{4}")) {
                return Query.of(q -> q.matchNone(none -> none));
            }
            int year = Integer.parseInt(filter.value());
            return Query.of(q -> q.range(range -> range.date(date ->
                    date.field(filter.facet().field()).gte(year + "-01-01").lt((year + 1) + "-01-01"))));
        }
        return Query.of(q -> q.term(term -> term.field(filter.facet().field()).value(FieldValue.of(filter.value()))));
    }

    private static List<SortOptions> sort(SortOrder order) {
        SortOptions score =
                SortOptions.of(s -> s.score(by -> by.order(co.elastic.clients.elasticsearch._types.SortOrder.Desc)));
        SortOptions latest = SortOptions.of(s -> s.field(
                by -> by.field("source.uploaded_at").order(co.elastic.clients.elasticsearch._types.SortOrder.Desc)));
        return switch (order) {
            case RELEVANCE -> List.of(score, latest);
            case MEETING_DATE ->
                List.of(
                        SortOptions.of(s -> s.field(by -> by.field("meeting.start_date")
                                .order(co.elastic.clients.elasticsearch._types.SortOrder.Desc)
                                .missing("_last"))),
                        score);
            case LATEST -> List.of(latest, score);
        };
    }

    private static Aggregation distinct() {
        return Aggregation.of(a -> a.cardinality(c -> c.field(CONTENT)));
    }

    private static Aggregation facetAggregation(Facet facet) {
        if (facet.byYear()) {
            return Aggregation.of(a -> a.dateHistogram(histogram -> histogram
                            .field(facet.field())
                            .calendarInterval(CalendarInterval.Year)
                            .format("yyyy")
                            .minDocCount(1))
                    .aggregations(DISTINCT, distinct()));
        }
        return Aggregation.of(a ->
                a.terms(terms -> terms.field(facet.field()).size(FACET_SIZE)).aggregations(DISTINCT, distinct()));
    }
}
