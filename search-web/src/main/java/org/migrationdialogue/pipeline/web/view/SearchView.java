package org.migrationdialogue.pipeline.web.view;

import java.util.List;
import org.migrationdialogue.pipeline.web.search.Facet;
import org.migrationdialogue.pipeline.web.search.SearchRequest;
import org.migrationdialogue.pipeline.web.search.SearchResults;
import org.migrationdialogue.pipeline.web.search.SortOrder;

/**
 * The search page.
 *
 * @param results null when Elasticsearch rejected the query or could not be reached
 * @param problem what the reader should know about the query (null: nothing)
 */
public record SearchView(Chrome chrome, SearchRequest request, SearchResults results, String problem) {

    public List<SortOrder> sorts() {
        return List.of(SortOrder.values());
    }

    public List<Facet> facets() {
        return List.of(Facet.values());
    }

    /** The pages to link around the current one: first, a window around it, last. */
    public List<Integer> pageLinks() {
        int pages = results == null ? 0 : results.pages();
        java.util.TreeSet<Integer> shown = new java.util.TreeSet<>();
        if (pages > 1) {
            shown.add(1);
            shown.add(pages);
            for (int page = Math.max(1, request.page() - 2); page <= Math.min(pages, request.page() + 2); page++) {
                shown.add(page);
            }
        }
        return List.copyOf(shown);
    }
}
