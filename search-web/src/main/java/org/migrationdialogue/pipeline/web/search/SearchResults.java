package org.migrationdialogue.pipeline.web.search;

import java.util.List;

/**
 * One page of results.
 *
 * @param total distinct reports (by content) that match
 */
public record SearchResults(long total, List<ReportHit> hits, List<FacetCounts> facets, long tookMillis) {

    public int pages() {
        return (int) Math.min(SearchRequest.MAX_PAGE, (total + SearchRequest.PAGE_SIZE - 1) / SearchRequest.PAGE_SIZE);
    }
}
