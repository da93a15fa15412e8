package org.migrationdialogue.pipeline.runtime.cli;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** How the CLI shows reports and recommendations in a terminal: one idea per line. */
final class ReportLines {

    private static final String BOLD = "\u001B[1m";
    private static final String PLAIN = "\u001B[0m";

    private ReportLines() {
    }

    static String headline(JsonNode report) {
        return BOLD + report.path("title").asText("(untitled)") + PLAIN + "  [" + report.path("source").path("key").asText()
                + ", " + report.path("language").asText("?") + ", id " + report.path("id").asText() + "]";
    }

    static String meeting(JsonNode meeting) {
        List<String> parts = new ArrayList<>();
        parts.add(meeting.path("type").asText("other").replace('_', ' '));
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

    static String snippet(String highlighted) {
        return highlighted.replace("<em>", BOLD).replace("</em>", PLAIN).replaceAll("\\s+", " ");
    }

    private static String top(JsonNode items, String field, int limit) {
        List<String> values = new ArrayList<>();
        for (JsonNode item : items) {
            if (values.size() == limit) {
                values.add("…");
                break;
            }
            JsonNode value = item.path(field);
            values.add(value.isMissingNode() || value.isNull() ? item.path("name").asText("?") : value.asText());
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
            values.add(node.asText());
        }
    }
}
