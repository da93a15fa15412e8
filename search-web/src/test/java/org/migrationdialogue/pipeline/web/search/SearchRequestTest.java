package org.migrationdialogue.pipeline.web.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchRequestTest {

    @Test
    void shouldKeepTheWholeSearchInTheUrl() {
        // given a search with a query, an included and an excluded chip, an order and a page
        SearchRequest request = SearchRequest.parse(Map.of(
                "q",
                List.of("\"document fraud\" -visa"),
                "country",
                List.of("Mali"),
                "not_theme",
                List.of("return"),
                "sort",
                List.of("meeting"),
                "page",
                List.of("3")));
        // when its URL is made and read back
        SearchRequest again = SearchRequest.parse(parameters(request.url()));
        // then nothing is lost
        assertEquals(request, again);
        assertEquals("/?q=%22document+fraud%22+-visa&country=Mali&not_theme=return&sort=meeting&page=3", request.url());
    }

    @Test
    void shouldBuildTheLinksOfChipsFacetsAndPagesBackToPageOne() {
        // given a search on page 2 with one chip
        SearchRequest request = SearchRequest.parse(
                Map.of("q", List.of("migration"), "country", List.of("Mali"), "page", List.of("2")));
        Filter mali = request.filters().getFirst();
        // when its links are made, then each changes one thing and goes back to page 1
        assertEquals("/?q=migration&not_country=Mali", request.inverting(mali));
        assertEquals("/?q=migration", request.removing(mali));
        assertEquals("/?q=migration", request.clearingFilters());
        assertEquals("/?q=migration&country=Mali&theme=diaspora", request.adding(Facet.THEME, "diaspora"));
        assertEquals("/?q=migration&country=Mali&page=5", request.onPage(5));
        assertEquals("/?q=migration&country=Mali&sort=latest", request.sortedBy(SortOrder.LATEST));
    }

    @Test
    void shouldDefaultToTheLatestReportsWithoutAQueryAndIgnoreNonsense() {
        // given parameters with no query, a bad page number, blank and repeated values
        SearchRequest request = SearchRequest.parse(
                Map.of("page", List.of("x"), "country", List.of(" ", "Mali", "Mali"), "sort", List.of("nonsense")));
        // then the latest uploads come first, on page 1, with one chip
        assertEquals(SortOrder.LATEST, request.sort());
        assertEquals(1, request.page());
        assertEquals(1, request.filters().size());
        assertTrue(request.has(Facet.COUNTRY, "Mali"));
        assertEquals("/?country=Mali", request.url());
    }

    private static Map<String, List<String>> parameters(String url) {
        Map<String, List<String>> parameters = new java.util.LinkedHashMap<>();
        for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
            String[] parts = pair.split("=", 2);
            parameters
                    .computeIfAbsent(parts[0], key -> new java.util.ArrayList<>())
                    .add(java.net.URLDecoder.decode(parts[1], java.nio.charset.StandardCharsets.UTF_8));
        }
        return parameters;
    }
}
