package org.migrationdialogue.pipeline.enrich.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.migrationdialogue.pipeline.common.events.ThemeScore;

class ThemeScoringTest {

    private static final Enricher ENRICHER = Enricher.fromResources();

    @Test
    void shouldRankTheCentralThemeFirst() {
        // given a text mostly about return, with one mention of diaspora
        String text = "Voluntary return and reintegration: return programmes, readmission and the return of "
                + "returnees were discussed, as was the diaspora.";

        // when
        List<ThemeScore> themes = ENRICHER.enrich(Reports.of(text, "en")).themes();

        // then
        assertEquals("return", themes.getFirst().id());
        assertEquals("Return and readmission", themes.getFirst().label());
        assertTrue(themes.stream().anyMatch(theme -> theme.id().equals("diaspora")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textsOfOneTheme")
    void shouldRankFirstTheThemeItsVocabularyNames(String topic, String language, String text, String theme) {
        // given a short text on one topic (the case's)

        // when
        String first =
                ENRICHER.enrich(Reports.of(text, language)).themes().getFirst().id();

        // then
        assertEquals(theme, first);
    }

    static Stream<Arguments> textsOfOneTheme() {
        return Stream.of(
                Arguments.of(
                        "contract workers",
                        "en",
                        "The countries discussed fair recruitment of contract workers and labour migrants.",
                        "legal_migration"),
                Arguments.of(
                        "emergency preparedness",
                        "en",
                        "The task force works on preparedness for disasters at sea.",
                        "crisis"),
                Arguments.of(
                        "human rights, in Spanish",
                        "es",
                        "Los países reafirmaron el respeto de los derechos humanos y la dignidad de las personas.",
                        "human_rights"),
                Arguments.of(
                        "illicit movement run by criminal organisations",
                        "en",
                        "The governments will end the illicit movement of people across the jungle and disrupt the "
                                + "transnational criminal organizations that profit from it.",
                        "smuggling"),
                Arguments.of(
                        "working with regional partners",
                        "en",
                        "The strategy works collaboratively with regional partners throughout the region.",
                        "regional_cooperation"),
                Arguments.of(
                        "newcomers settling into welcoming communities",
                        "en",
                        "Volunteers help newcomers rebuild their lives and integrate into welcoming communities.",
                        "integration"),
                Arguments.of(
                        "socio-economic inclusion, in French",
                        "fr",
                        "Le programme aide les nouveaux arrivants à s'intégrer : insertion socio-économique.",
                        "integration"),
                Arguments.of(
                        "illegal migration, in French",
                        "fr",
                        "Les ministres veulent des cadres juridiques de lutte contre la migration illégale.",
                        "irregular_migration"),
                Arguments.of(
                        "trafficking as \"trafic des êtres humains\", in French",
                        "fr",
                        "Les experts ont recommandé de renforcer la lutte contre le trafic des êtres humains.",
                        "trafficking"),
                Arguments.of(
                        "working with regional partners, in French",
                        "fr",
                        "La stratégie est menée avec les partenaires régionaux dans la région.",
                        "regional_cooperation"));
    }

    @Test
    void shouldScoreFrenchVocabularyLikeEnglish() {
        // given the same sentence in French and English
        String french = "La traite des êtres humains et le trafic de migrants.";
        String english = "Trafficking in human beings and migrant smuggling.";

        // when
        List<String> fromFrench = ids(ENRICHER.enrich(Reports.of(french, "fr")).themes());
        List<String> fromEnglish =
                ids(ENRICHER.enrich(Reports.of(english, "en")).themes());

        // then
        assertEquals(
                List.of("trafficking", "smuggling"),
                fromFrench.stream().sorted().toList().reversed());
        assertEquals(
                fromFrench.stream().sorted().toList(),
                fromEnglish.stream().sorted().toList());
    }

    @Test
    void shouldNormaliseScoresByDocumentLength() {
        // given the same theme hit in a short and in a long text
        String shortText = "Border management matters.";
        String longText = shortText + " " + "Delegates met and talked at length about many things. ".repeat(20);

        // when
        double shortScore =
                ENRICHER.enrich(Reports.of(shortText, "en")).themes().getFirst().score();
        double longScore =
                ENRICHER.enrich(Reports.of(longText, "en")).themes().getFirst().score();

        // then
        assertTrue(shortScore > longScore, shortScore + " vs " + longScore);
    }

    @Test
    void shouldNotCountATermInsideAMinistersPortfolio() {
        // given a delegation led by a minister whose portfolio names integration, in a text about cooperation
        String en = "The delegation was led by the Minister of African Integration and Nationals Abroad. "
                + "Regional cooperation and cooperation between partner countries were discussed.";
        String fr = "Le ministère de l'Intégration africaine a présidé la séance sur la coopération régionale.";

        // when
        List<String> english = ids(ENRICHER.enrich(Reports.of(en, "en")).themes());
        List<String> french = ids(ENRICHER.enrich(Reports.of(fr, "fr")).themes());

        // then the portfolio's word is no theme
        assertEquals(List.of("regional_cooperation"), english);
        assertEquals(List.of("regional_cooperation"), french);
    }

    @Test
    void shouldStillCountIntegrationOutsideAPortfolio() {
        // given a minister's title beside integration as a topic of the text
        String text = "The Minister of Interior spoke on the integration of migrants in host societies.";

        // when
        List<String> themes = ids(ENRICHER.enrich(Reports.of(text, "en")).themes());

        // then
        assertEquals("integration", themes.getFirst());
    }

    @Test
    void shouldTakeSubRegionalIntegrationForRegionalCooperation() {
        // given French commitments to sub-regional integration, written with and without a hyphen
        String text = "Les engagements pour l'intégration sous régionale et l'intégration sous-régionale.";

        // when
        List<String> themes = ids(ENRICHER.enrich(Reports.of(text, "fr")).themes());

        // then it is regional cooperation, not the integration of migrants
        assertEquals(List.of("regional_cooperation"), themes);
    }

    private static List<String> ids(List<ThemeScore> themes) {
        return themes.stream().map(ThemeScore::id).toList();
    }
}
