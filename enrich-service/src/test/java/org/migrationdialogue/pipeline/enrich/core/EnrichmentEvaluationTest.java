package org.migrationdialogue.pipeline.enrich.core;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrationdialogue.pipeline.common.events.CountryMention;
import org.migrationdialogue.pipeline.common.events.Enrichment;
import org.migrationdialogue.pipeline.common.events.Meeting;
import org.migrationdialogue.pipeline.common.events.OrganisationMention;
import org.migrationdialogue.pipeline.common.events.Person;
import org.migrationdialogue.pipeline.common.events.Recommendation;
import org.migrationdialogue.pipeline.common.events.ReportId;
import org.migrationdialogue.pipeline.common.events.ThemeScore;
import org.migrationdialogue.pipeline.enrich.core.eval.FieldScore;
import org.migrationdialogue.pipeline.enrich.core.eval.GoldAnnotation;
import org.migrationdialogue.pipeline.enrich.core.eval.TextMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures the enricher against the hand-made gold annotations of the two seed reports and fails below the
 * targets: countries F1 0.95, organisations F1 0.90, people F1 0.85, recommendations recall 0.95 and precision
 * 0.90, meeting fields exact, every central theme among the top five.
 */
class EnrichmentEvaluationTest {

    private static final Logger LOG = LoggerFactory.getLogger(EnrichmentEvaluationTest.class);
    private static final Path SEEDS = Path.of(System.getProperty("seeds.dir", "../seeds"));
    private static final int TOP_THEMES = 5;

    private final Enricher enricher = Enricher.fromResources();

    @ParameterizedTest
    @ValueSource(
            strings = {"rabat-process-som-rabat-2014-06.txt", "rabat-process-thematic-meeting-crisis-paris-2014-04.txt"
            })
    void shouldReachTheQualityTargetsOnTheSeedReports(String seed) throws IOException {
        // given a seed report and its gold annotation
        GoldAnnotation gold = GoldAnnotation.load(seed);
        String text = Files.readString(SEEDS.resolve(seed), StandardCharsets.UTF_8);

        // when the report is enriched
        Enrichment enrichment = enricher.enrich(Reports.of(text, gold.language()));

        // then every field reaches its target
        FieldScore countries = FieldScore.ofSets(
                enrichment.countries().stream().map(CountryMention::code).toList(), gold.countries());
        FieldScore organisations = FieldScore.ofSets(
                enrichment.organisations().stream().map(OrganisationMention::id).toList(), gold.organisations());
        FieldScore people = FieldScore.ofSets(
                normalised(enrichment.people().stream().map(Person::name).toList()), normalised(gold.people()));
        FieldScore recommendations = TextMatcher.score(
                enrichment.recommendations().stream().map(Recommendation::text).toList(),
                gold.recommendations().stream()
                        .map(GoldAnnotation.GoldRecommendation::text)
                        .toList());
        List<String> topThemes = enrichment.themes().stream()
                .limit(TOP_THEMES)
                .map(ThemeScore::id)
                .toList();
        report(
                seed,
                List.of(
                        countries.describe("countries"),
                        organisations.describe("organisations"),
                        people.describe("people"),
                        recommendations.describe("recommendations"),
                        "top themes       " + topThemes + " central " + gold.centralThemes(),
                        "meeting          " + enrichment.meeting()));
        assertAll(
                () -> assertTrue(countries.f1() >= 0.95, countries.describe("countries")),
                () -> assertTrue(organisations.f1() >= 0.90, organisations.describe("organisations")),
                () -> assertTrue(people.f1() >= 0.85, people.describe("people")),
                () -> assertTrue(recommendations.recall() >= 0.95, recommendations.describe("recommendations")),
                () -> assertTrue(recommendations.precision() >= 0.90, recommendations.describe("recommendations")),
                () -> assertTrue(topThemes.containsAll(gold.centralThemes()), "top themes " + topThemes),
                () -> assertMeeting(gold.meeting(), enrichment.meeting()));
    }

    private static void assertMeeting(GoldAnnotation.GoldMeeting expected, Meeting actual) {
        assertAll(
                () -> assertEquals(expected.type(), actual.type(), "meeting type"),
                () -> assertEquals(
                        ReportId.normaliseForIdentity(expected.title()),
                        ReportId.normaliseForIdentity(Objects.toString(actual.title(), "")),
                        "meeting title"),
                () -> assertEquals(expected.city(), actual.city(), "meeting city"),
                () -> assertEquals(expected.country(), actual.country(), "meeting country"),
                () -> assertEquals(expected.startDate(), Objects.toString(actual.startDate(), null), "start date"),
                () -> assertEquals(expected.endDate(), Objects.toString(actual.endDate(), null), "end date"));
    }

    private static List<String> normalised(List<String> names) {
        return names.stream().map(ReportId::normaliseForIdentity).toList();
    }

    private static void report(String seed, List<String> lines) {
        LOG.info("Evaluation of {}:\n  {}", seed, String.join("\n  ", lines));
    }
}
