package org.migrationdialogue.pipeline.web.view;

import java.util.List;
import org.migrationdialogue.pipeline.web.recommendations.RecommendationFilter;
import org.migrationdialogue.pipeline.web.recommendations.RecommendationSearch;

/**
 * The recommendations page: the latest listed, and the stream of new ones from {@code since} on.
 *
 * @param latest null when Elasticsearch could not be reached (live ones still arrive)
 */
public record RecommendationsView(
        Chrome chrome, RecommendationFilter filter, RecommendationSearch.Latest latest, long since) {

    /** The server-sent events of new recommendations matching the filter, after the ones listed. */
    public String stream() {
        String query = filter.query();
        return "/recommendations/live?" + (query.isEmpty() ? "" : query + "&") + "since=" + since;
    }

    public List<String> choices(String parameter) {
        return latest == null ? List.of() : latest.choices().getOrDefault(parameter, List.of());
    }

    public String chosen(String parameter) {
        return switch (parameter) {
            case "theme" -> filter.theme();
            case "country" -> filter.country();
            case "organisation" -> filter.organisation();
            default -> filter.meeting();
        };
    }

    public static List<Choice> filters() {
        return List.of(
                new Choice("theme", "Theme"),
                new Choice("country", "Country (ISO code)"),
                new Choice("organisation", "Organisation"),
                new Choice("meeting", "Meeting"));
    }

    /** A filter's URL parameter and label. */
    public record Choice(String parameter, String label) {}
}
