package org.migrationdialogue.pipeline.web.search;

import com.fasterxml.jackson.databind.JsonNode;

/** The meeting a report records, as the page shows it: type, title, place and dates (any may be empty). */
public record MeetingCard(String type, String title, String place, String dates) {

    public static MeetingCard of(JsonNode meeting) {
        String type = text(meeting.path("type")).replace('_', ' ');
        String city = text(meeting.path("city"));
        String country = text(meeting.path("country"));
        String place = city.isEmpty() ? country : country.isEmpty() ? city : city + ", " + country;
        String start = text(meeting.path("start_date"));
        String end = text(meeting.path("end_date"));
        String dates = start.isEmpty() ? end : end.isEmpty() || end.equals(start) ? start : start + " – " + end;
        return new MeetingCard(type.isEmpty() ? "other" : type, text(meeting.path("title")), place, dates);
    }

    public static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? "" : node.asText().strip();
    }
}
