package org.migrationdialogue.pipeline.web.recommendations;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.migrationdialogue.pipeline.common.events.PublishedRecommendation;

/**
 * The filters of the recommendations page, from its URL: a theme id, a country code, an organisation id and a
 * meeting title (blank: any). The same filter selects the listed recommendations and the live ones.
 */
public record RecommendationFilter(String theme, String country, String organisation, String meeting) {

    public RecommendationFilter {
        theme = clean(theme);
        country = clean(country);
        organisation = clean(organisation);
        meeting = clean(meeting);
    }

    public static RecommendationFilter parse(Map<String, List<String>> parameters) {
        return new RecommendationFilter(
                first(parameters, "theme"),
                first(parameters, "country"),
                first(parameters, "organisation"),
                first(parameters, "meeting"));
    }

    public boolean matches(PublishedRecommendation recommendation) {
        return (theme.isEmpty() || recommendation.themes().contains(theme))
                && (country.isEmpty() || recommendation.countries().contains(country))
                && (organisation.isEmpty() || recommendation.organisations().contains(organisation))
                && (meeting.isEmpty()
                        || recommendation.meeting() != null
                                && meeting.equals(recommendation.meeting().title()));
    }

    public boolean isEmpty() {
        return theme.isEmpty() && country.isEmpty() && organisation.isEmpty() && meeting.isEmpty();
    }

    /** The query string of this filter ({@code theme=…&country=…}), empty when there is none. */
    public String query() {
        StringJoiner query = new StringJoiner("&");
        add(query, "theme", theme);
        add(query, "country", country);
        add(query, "organisation", organisation);
        add(query, "meeting", meeting);
        return query.toString();
    }

    private static void add(StringJoiner query, String name, String value) {
        if (!value.isEmpty()) {
            query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        return parameters.getOrDefault(name, List.of()).stream().findFirst().orElse("");
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
