package org.migrationdialogue.pipeline.common.events;

import java.util.List;

/**
 * One item of an explicit list of recommendations or conclusions in a report.
 *
 * @param id            stable hash of the normalised text ({@link ReportId#ofRecommendation})
 * @param ordinal       1-based position in the report
 * @param group         the list it belongs to, e.g. "co-chairs' conclusions and recommendations"
 * @param kind          {@code recommendation} or {@code conclusion}
 * @param themes        theme ids
 * @param countries     ISO 3166-1 alpha-2 codes
 * @param organisations organisation ids
 */
public record Recommendation(
        String id,
        int ordinal,
        String group,
        String kind,
        String text,
        List<String> themes,
        List<String> countries,
        List<String> organisations) {

    public static final String RECOMMENDATION = "recommendation";
    public static final String CONCLUSION = "conclusion";

    public Recommendation {
        themes = themes == null ? List.of() : List.copyOf(themes);
        countries = countries == null ? List.of() : List.copyOf(countries);
        organisations = organisations == null ? List.of() : List.copyOf(organisations);
    }
}
