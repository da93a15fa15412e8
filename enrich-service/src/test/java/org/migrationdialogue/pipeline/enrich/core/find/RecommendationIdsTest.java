package org.migrationdialogue.pipeline.enrich.core.find;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrationdialogue.pipeline.common.events.Recommendation;
import org.migrationdialogue.pipeline.common.events.ReportId;
import org.migrationdialogue.pipeline.enrich.core.Enricher;
import org.migrationdialogue.pipeline.enrich.core.Reports;

/** The fast recommendation ids are the contract's {@link ReportId#ofRecommendation}. */
class RecommendationIdsTest {

    private static final Path SEEDS = Path.of(System.getProperty("seeds.dir", "../seeds"));

    @Test
    void shouldNormaliseEveryTabledCharacterLikeTheContract() {
        // given every character of the tables, alone, between words, and at a text's start and end
        for (char c = 0; c < 0x2070; c = c == 0x024f ? 0x2000 : (char) (c + 1)) {
            for (String text : List.of(String.valueOf(c), "Ab" + c + "Cd", c + "x" + c, "É " + c + c + " 12")) {

                // when / then
                assertEquals(
                        ReportId.normaliseForIdentity(text),
                        RecommendationIds.normalise(text),
                        () -> "U+" + Integer.toHexString(text.charAt(0)) + " in '" + text + "'");
                assertEquals(ReportId.ofRecommendation(text), RecommendationIds.of(text));
            }
        }
    }

    @Test
    void shouldLeaveOtherTextsToTheContract() {
        // given texts with a ligature, a Greek capital sigma and a Symbol-font bullet
        List<String> texts = List.of("ﬁnancial support", "ΟΔΥΣΣΕΥΣ", "\uf0b7 Enhance cooperation");

        for (String text : texts) {
            // when / then
            assertNull(RecommendationIds.normalise(text));
            assertEquals(ReportId.ofRecommendation(text), RecommendationIds.of(text));
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"rabat-process-som-rabat-2014-06.txt", "rabat-process-thematic-meeting-crisis-paris-2014-04.txt"
            })
    void shouldGiveTheContractIdsToTheSeedRecommendations(String seed) throws IOException {
        // given the recommendations of a seed report
        String text = Files.readString(SEEDS.resolve(seed), StandardCharsets.UTF_8);
        List<Recommendation> recommendations =
                Enricher.fromResources().enrich(Reports.of(text, "en")).recommendations();

        for (Recommendation recommendation : recommendations) {
            // when / then the fast path is taken and gives the contract's id
            assertNotNull(RecommendationIds.normalise(recommendation.text()));
            assertEquals(ReportId.ofRecommendation(recommendation.text()), recommendation.id());
        }
    }
}
