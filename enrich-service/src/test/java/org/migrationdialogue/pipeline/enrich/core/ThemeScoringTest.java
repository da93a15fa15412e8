package org.migrationdialogue.pipeline.enrich.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
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

    @Test
    void shouldScoreLabourMigrationPreparednessAndSpanishHumanRights() {
        // given texts on contract workers, on emergency preparedness, and on human rights in Spanish
        String labour = "The countries discussed fair recruitment of contract workers and labour migrants.";
        String crisis = "The task force works on preparedness for disasters at sea.";
        String rights = "Los países reafirmaron el respeto de los derechos humanos y la dignidad de las personas.";

        // when
        String fromLabour =
                ENRICHER.enrich(Reports.of(labour, "en")).themes().getFirst().id();
        String fromCrisis =
                ENRICHER.enrich(Reports.of(crisis, "en")).themes().getFirst().id();
        String fromRights =
                ENRICHER.enrich(Reports.of(rights, "es")).themes().getFirst().id();

        // then
        assertEquals(List.of("legal_migration", "crisis", "human_rights"), List.of(fromLabour, fromCrisis, fromRights));
    }

    @Test
    void shouldScoreWorkingWithPartnersAcrossARegionAsRegionalCooperation() {
        // given a strategy update on working collaboratively with regional partners, in English and in French
        String english = "The strategy works collaboratively with regional partners throughout the region.";
        String french = "La stratégie est menée avec les partenaires régionaux dans la région.";

        // when
        String fromEnglish =
                ENRICHER.enrich(Reports.of(english, "en")).themes().getFirst().id();
        String fromFrench =
                ENRICHER.enrich(Reports.of(french, "fr")).themes().getFirst().id();

        // then
        assertEquals(List.of("regional_cooperation", "regional_cooperation"), List.of(fromEnglish, fromFrench));
    }

    @Test
    void shouldScoreIllicitMovementAndCriminalOrganisationsAsSmuggling() {
        // given a text on ending the illicit movement of people run by transnational criminal organizations
        String text = "The governments will end the illicit movement of people across the jungle and disrupt the "
                + "transnational criminal organizations that profit from it.";

        // when
        String first =
                ENRICHER.enrich(Reports.of(text, "en")).themes().getFirst().id();

        // then
        assertEquals("smuggling", first);
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

    private static List<String> ids(List<ThemeScore> themes) {
        return themes.stream().map(ThemeScore::id).toList();
    }
}
