package org.migrationdialogue.pipeline.web.recommendations;

import java.util.List;
import org.migrationdialogue.pipeline.common.events.PublishedRecommendation;
import org.migrationdialogue.pipeline.web.search.MeetingCard;

/**
 * A recommendation as the page shows it, listed from Elasticsearch or arriving live from Kafka (then sent to the
 * browser as this record's JSON, which the page's script puts into the page as text, never as HTML).
 */
public record RecommendationCard(
        String id,
        String reportId,
        String reportTitle,
        String kind,
        int ordinal,
        String group,
        String text,
        MeetingCard meeting,
        List<String> themes,
        List<String> countries,
        List<String> organisations) {

    public static RecommendationCard of(PublishedRecommendation recommendation) {
        var meeting = recommendation.meeting();
        MeetingCard card = meeting == null
                ? new MeetingCard("other", "", "", "")
                : new MeetingCard(
                        meeting.type() == null ? "other" : meeting.type().replace('_', ' '),
                        meeting.title() == null ? "" : meeting.title(),
                        String.join(
                                ", ",
                                java.util.stream.Stream.of(meeting.city(), meeting.country())
                                        .filter(part -> part != null && !part.isBlank())
                                        .toList()),
                        meeting.startDate() == null ? "" : meeting.startDate().toString());
        return new RecommendationCard(
                recommendation.id(),
                recommendation.reportId(),
                recommendation.reportTitle(),
                recommendation.kind(),
                recommendation.ordinal(),
                recommendation.group(),
                recommendation.text(),
                card,
                recommendation.themes().stream()
                        .map(theme -> theme.replace('_', ' '))
                        .toList(),
                recommendation.countries(),
                recommendation.organisations());
    }
}
