package org.migrationdialogue.pipeline.common.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An extracted report with what enrichment found, on {@code reports.enriched}; key = report id.
 * The JSON is flat: the extracted fields, then the enrichment fields.
 */
public record EnrichedReport(String id, SourceObject source, String contentSha256, String title, String language,
                             Integer pageCount, Map<String, String> metadata, String text, Instant extractedAt,
                             Meeting meeting, List<CountryMention> countries,
                             List<OrganisationMention> organisations, List<Person> people, List<ThemeScore> themes,
                             List<Recommendation> recommendations, Instant enrichedAt) {

    public EnrichedReport {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
        meeting = meeting == null ? Meeting.unknown() : meeting;
        countries = countries == null ? List.of() : List.copyOf(countries);
        organisations = organisations == null ? List.of() : List.copyOf(organisations);
        people = people == null ? List.of() : List.copyOf(people);
        themes = themes == null ? List.of() : List.copyOf(themes);
        recommendations = recommendations == null ? List.of() : List.copyOf(recommendations);
    }

    public static EnrichedReport of(ExtractedReport report, Enrichment found, Instant enrichedAt) {
        return new EnrichedReport(report.id(), report.source(), report.contentSha256(), report.title(),
                report.language(), report.pageCount(), report.metadata(), report.text(), report.extractedAt(),
                found.meeting(), found.countries(), found.organisations(), found.people(), found.themes(),
                found.recommendations(), enrichedAt);
    }
}
