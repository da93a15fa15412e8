package org.migrationdialogue.pipeline.runtime.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.migrationdialogue.pipeline.common.events.PublishedRecommendation;
import org.migrationdialogue.pipeline.common.text.ControlCharacters;

/**
 * How the CLI shows reports and recommendations in a terminal: one idea per line. Every value from a report (title,
 * key, snippet, names) comes out with its control characters escaped: an uploaded file decides those, and an ESC
 * or CR in them must not act on the user's terminal. Only the CLI's own highlighting is sent as escape sequences.
 */
final class ReportLines {

    private static final String BOLD = "\u001B[1m";
    private static final String PLAIN = "\u001B[0m";

    private ReportLines() {}

    static String headline(JsonNode report) {
        return BOLD + text(report.path("title"), "(untitled)") + PLAIN + "  ["
                + text(report.path("source").path("key"), "") + ", " + text(report.path("language"), "?") + ", id "
                + text(report.path("id"), "") + "]";
    }

    static String meeting(JsonNode meeting) {
        List<String> parts = new ArrayList<>();
        parts.add(text(meeting.path("type"), "other").replace('_', ' '));
        addIfPresent(parts, meeting.path("title"));
        String place = String.join(", ", present(meeting.path("city"), meeting.path("country")));
        if (!place.isEmpty()) {
            parts.add(place);
        }
        String dates = String.join(" – ", present(meeting.path("start_date"), meeting.path("end_date")));
        if (!dates.isEmpty()) {
            parts.add(dates);
        }
        return "Meeting: " + String.join(" · ", parts);
    }

    static String entities(JsonNode report) {
        return "Countries: " + top(report.path("countries"), "code", 6) + "   Organisations: "
                + top(report.path("organisations"), "acronym", 6) + "   Themes: " + top(report.path("themes"), "id", 4);
    }

    /** For a report whose text is missing (a scan extracted while OCR was off): which pages, and what to do. */
    static Optional<String> textMissing(JsonNode report) {
        if (!report.path("text_missing").isTextual()) {
            return Optional.empty();
        }
        List<String> pages = new ArrayList<>();
        report.path("text_missing_pages").forEach(page -> pages.add(page.asText()));
        return Optional.of("Text missing (" + report.path("text_missing").asText() + ")"
                + (pages.isEmpty() ? "" : " on page(s) " + String.join(", ", pages))
                + ": found by name and metadata only; ./pipeline reprocess reads it once OCR is on");
    }

    /** A highlighted fragment: Elasticsearch's {@code <em>} marks become bold, runs of whitespace one space. */
    static String snippet(String highlighted) {
        return ControlCharacters.escape(highlighted.replaceAll("\\s+", " "))
                .replace("<em>", BOLD)
                .replace("</em>", PLAIN);
    }

    /** A facet bucket: its value (a country, an organisation, a theme) and how many reports have it. */
    static String bucket(String value, long count) {
        return ControlCharacters.escape(value) + " (" + count + ")";
    }

    /** A recommendation in three lines: its text; where it comes from; its themes, countries and organisations. */
    static List<String> recommendation(PublishedRecommendation recommendation) {
        var meeting = recommendation.meeting();
        return List.of(
                "• " + escape(recommendation.text()),
                "   " + escape(recommendation.kind()) + " #" + recommendation.ordinal() + " of \""
                        + escape(recommendation.group()) + "\" — " + escape(recommendation.reportTitle()) + " ("
                        + escape(meeting.type()).replace('_', ' ')
                        + (meeting.city() == null ? "" : ", " + escape(meeting.city()))
                        + (meeting.startDate() == null ? "" : ", " + meeting.startDate()) + ")",
                "   themes: " + escape(String.join(", ", recommendation.themes())) + "   countries: "
                        + escape(String.join(", ", recommendation.countries())) + "   organisations: "
                        + escape(String.join(", ", recommendation.organisations())));
    }

    private static String top(JsonNode items, String field, int limit) {
        List<String> values = new ArrayList<>();
        for (JsonNode item : items) {
            if (values.size() == limit) {
                values.add("…");
                break;
            }
            JsonNode value = item.path(field);
            values.add(value.isMissingNode() || value.isNull() ? text(item.path("name"), "?") : escape(value.asText()));
        }
        return values.isEmpty() ? "-" : String.join(", ", values);
    }

    private static List<String> present(JsonNode... nodes) {
        List<String> values = new ArrayList<>();
        for (JsonNode node : nodes) {
            addIfPresent(values, node);
        }
        return values;
    }

    private static void addIfPresent(List<String> values, JsonNode node) {
        if (!node.isMissingNode() && !node.isNull() && !node.asText().isBlank()) {
            values.add(escape(node.asText()));
        }
    }

    private static String text(JsonNode node, String whenMissing) {
        return escape(node.asText(whenMissing));
    }

    private static String escape(String text) {
        return ControlCharacters.escape(text);
    }
}
