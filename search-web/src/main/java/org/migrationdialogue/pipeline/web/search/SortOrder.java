package org.migrationdialogue.pipeline.web.search;

import java.util.Arrays;

/** How results are ordered; the URL carries the parameter value. */
public enum SortOrder {
    RELEVANCE("relevance", "Relevance"),
    MEETING_DATE("meeting", "Meeting date, newest first"),
    LATEST("latest", "Latest uploads first");

    private final String parameter;
    private final String label;

    SortOrder(String parameter, String label) {
        this.parameter = parameter;
        this.label = label;
    }

    public String parameter() {
        return parameter;
    }

    public String label() {
        return label;
    }

    /** The order a parameter names; without one, relevance for a query and the latest uploads for none. */
    public static SortOrder of(String parameter, boolean hasQuery) {
        return Arrays.stream(values())
                .filter(order -> order.parameter.equals(parameter))
                .findFirst()
                .orElse(hasQuery ? RELEVANCE : LATEST);
    }
}
