package org.migrationdialogue.pipeline.common.events;

import java.time.Instant;
import java.util.List;

/**
 * A recommendation as published once on {@code reports.recommendations}; key = recommendation id.
 *
 * @param firstSeenAt when the pipeline first saw this wording
 */
public record PublishedRecommendation(
        String id,
        String reportId,
        String reportTitle,
        Meeting meeting,
        String group,
        String kind,
        int ordinal,
        String text,
        List<String> themes,
        List<String> countries,
        List<String> organisations,
        Instant firstSeenAt) {

    public PublishedRecommendation {
        themes = themes == null ? List.of() : List.copyOf(themes);
        countries = countries == null ? List.of() : List.copyOf(countries);
        organisations = organisations == null ? List.of() : List.copyOf(organisations);
    }

    public static PublishedRecommendation of(EnrichedReport report, Recommendation item, Instant firstSeenAt) {
        return new PublishedRecommendation(
                item.id(),
                report.id(),
                report.report().title(),
                report.enrichment().meeting(),
                item.group(),
                item.kind(),
                item.ordinal(),
                item.text(),
                item.themes(),
                item.countries(),
                item.organisations(),
                firstSeenAt);
    }
}
