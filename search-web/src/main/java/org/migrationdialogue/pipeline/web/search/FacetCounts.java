package org.migrationdialogue.pipeline.web.search;

import java.util.List;

/** A facet's values with their report counts, for the side bar. */
public record FacetCounts(Facet facet, List<Value> values) {

    /**
     * @param count  distinct reports (by content) with this value
     * @param chosen already a chip of the search
     * @param link   the search with this value added
     */
    public record Value(String value, String label, long count, boolean chosen, String link) {}
}
