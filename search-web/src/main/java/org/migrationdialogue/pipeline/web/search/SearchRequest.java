package org.migrationdialogue.pipeline.web.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * What the search page was asked, all of it in the URL ({@code /?q=…&country=Mali&not_theme=return&sort=meeting&page=2}),
 * so a search can be bookmarked and shared. Pure: parses parameters and builds the links of the page (chips removed
 * or inverted, facet values added, other pages, other orders).
 *
 * @param query   the full-text query as typed (blank: every report)
 * @param page    1-based page number
 */
public record SearchRequest(String query, List<Filter> filters, SortOrder sort, int page) {

    public static final int PAGE_SIZE = 10;
    /** Deep pages are refused: Elasticsearch's from+size window, and no one reads page 500. */
    public static final int MAX_PAGE = 100;

    private static final int MAX_FILTERS = 30;

    public SearchRequest {
        query = query == null ? "" : query.strip();
        filters = List.copyOf(filters);
        page = Math.clamp(page, 1, MAX_PAGE);
    }

    public static SearchRequest parse(Map<String, List<String>> parameters) {
        String query = first(parameters, "q").orElse("");
        List<Filter> filters = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            parameters
                    .getOrDefault(facet.parameter(), List.of())
                    .forEach(value -> add(filters, new Filter(facet, value, false)));
            parameters
                    .getOrDefault(facet.excludingParameter(), List.of())
                    .forEach(value -> add(filters, new Filter(facet, value, true)));
        }
        SortOrder sort = SortOrder.of(first(parameters, "sort").orElse(""), !query.isBlank());
        return new SearchRequest(
                query,
                filters,
                sort,
                first(parameters, "page").map(SearchRequest::number).orElse(1));
    }

    private static void add(List<Filter> filters, Filter filter) {
        String value = filter.value().strip();
        if (!value.isEmpty()
                && filters.size() < MAX_FILTERS
                && filters.stream()
                        .noneMatch(f -> f.facet() == filter.facet() && f.value().equals(value))) {
            filters.add(new Filter(filter.facet(), value, filter.excluded()));
        }
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String name) {
        return parameters.getOrDefault(name, List.of()).stream()
                .filter(value -> !value.isBlank())
                .findFirst();
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    public boolean hasQuery() {
        return !query.isBlank();
    }

    public boolean isEmpty() {
        return !hasQuery() && filters.isEmpty();
    }

    public List<Filter> filtersOf(Facet facet) {
        return filters.stream().filter(filter -> filter.facet() == facet).toList();
    }

    public boolean has(Facet facet, String value) {
        return filters.stream()
                .anyMatch(filter -> filter.facet() == facet && filter.value().equals(value));
    }

    /** The link that adds a facet value (back to page 1). */
    public String adding(Facet facet, String value) {
        List<Filter> more = new ArrayList<>(filters);
        more.add(new Filter(facet, value, false));
        return new SearchRequest(query, more, sort, 1).url();
    }

    public String removing(Filter filter) {
        return new SearchRequest(
                        query, filters.stream().filter(f -> !f.equals(filter)).toList(), sort, 1)
                .url();
    }

    public String inverting(Filter filter) {
        return new SearchRequest(
                        query,
                        filters.stream()
                                .map(f -> f.equals(filter) ? f.inverted() : f)
                                .toList(),
                        sort,
                        1)
                .url();
    }

    /** Same query, no filters. */
    public String clearingFilters() {
        return new SearchRequest(query, List.of(), sort, 1).url();
    }

    public String onPage(int number) {
        return new SearchRequest(query, filters, sort, number).url();
    }

    public String sortedBy(SortOrder order) {
        return new SearchRequest(query, filters, order, 1).url();
    }

    /** The page's own URL: {@code /?…} with only what differs from the defaults. */
    public String url() {
        StringJoiner parameters = new StringJoiner("&");
        if (hasQuery()) {
            parameters.add("q=" + encode(query));
        }
        for (Filter filter : filters) {
            parameters.add(filter.parameter() + "=" + encode(filter.value()));
        }
        if (sort != SortOrder.of("", hasQuery())) {
            parameters.add("sort=" + sort.parameter());
        }
        if (page > 1) {
            parameters.add("page=" + page);
        }
        return parameters.length() == 0 ? "/" : "/?" + parameters;
    }

    /** A search for one entity or theme, as the report page links them. */
    public static String forValue(Facet facet, String value) {
        return new SearchRequest("", List.of(new Filter(facet, value, false)), SortOrder.LATEST, 1).url();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
