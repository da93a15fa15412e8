package org.migrationdialogue.pipeline.web.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.json.JsonpUtils;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchQueriesTest {

    @Test
    void shouldCollapseOnContentCountFacetsInDistinctContentsAndCombineChipsByFacet() {
        // given a search with two countries (all of), two years (any of) and an excluded theme
        SearchRequest request = SearchRequest.parse(Map.of(
                "q",
                List.of("migration"),
                "country",
                List.of("Mali", "Niger"),
                "year",
                List.of("2014", "2015"),
                "not_theme",
                List.of("return")));
        // when its Elasticsearch request is made
        String json = JsonpUtils.toJsonString(
                SearchQueries.of(request), new co.elastic.clients.json.jackson.JacksonJsonpMapper());
        // then duplicates collapse on content_sha256, facets count distinct contents, and the chips are filters
        assertTrue(json.contains("\"collapse\":{\"field\":\"content_sha256\""), json);
        assertTrue(json.contains("\"cardinality\":{\"field\":\"content_sha256\"}"), json);
        assertTrue(json.contains("\"query_string\":{\"default_operator\":\"and\""), json);
        assertTrue(
                json.contains(
                        "{\"term\":{\"countries.name\":{\"value\":\"Mali\"}}},{\"term\":{\"countries.name\":{\"value\":\"Niger\"}}}"),
                json);
        assertTrue(json.contains("\"minimum_should_match\":\"1\""), json);
        assertTrue(json.contains("\"gte\":\"2014-01-01\",\"lt\":\"2015-01-01\""), json);
        assertTrue(json.contains("\"must_not\":[{\"term\":{\"themes.id\":{\"value\":\"return\"}}}]"), json);
        assertTrue(json.contains("\"calendar_interval\":\"year\""), json);
    }
}
