package org.migrationdialogue.pipeline.enrich.core.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** A seed report annotated by hand: {@code src/test/resources/gold/<seed file name>.json}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldAnnotation(
        String seed,
        String language,
        GoldMeeting meeting,
        List<String> countries,
        List<String> organisations,
        List<String> people,
        List<String> centralThemes,
        List<GoldRecommendation> recommendations) {

    /** The meeting as annotated; dates as ISO strings. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoldMeeting(
            String type, String title, String city, String country, String startDate, String endDate) {}

    /** One recommendation or conclusion item as annotated. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoldRecommendation(String group, String kind, String text) {}

    public static GoldAnnotation load(String seedFileName) {
        try (InputStream in = GoldAnnotation.class.getResourceAsStream("/gold/" + seedFileName + ".json")) {
            if (in == null) {
                throw new IllegalStateException("no gold annotation for " + seedFileName);
            }
            return new ObjectMapper().readValue(in, GoldAnnotation.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
