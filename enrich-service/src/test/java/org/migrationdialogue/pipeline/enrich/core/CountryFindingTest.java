package org.migrationdialogue.pipeline.enrich.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.migrationdialogue.pipeline.common.events.CountryMention;

class CountryFindingTest {

    private static final Enricher ENRICHER = Enricher.fromResources();

    @Test
    void shouldFindNigerWithoutNigeria() {
        // given a sentence naming Niger and Nigeria, with their demonyms
        String text = "Niger and Nigeria signed an agreement; Nigerien and Nigerian officials attended.";

        // when
        Map<String, Integer> countries = countries(text);

        // then each is counted on its own
        assertEquals(Map.of("NE", 2, "NG", 2), countries);
    }

    @Test
    void shouldKeepGuineaVariantsApart() {
        // given the three Guineas, Papua New Guinea and the Gulf of Guinea
        String text = "Guinea, Guinea-Bissau, Guinea Bissau and Equatorial Guinea met Papua New Guinea "
                + "in the Gulf of Guinea.";

        // when
        Map<String, Integer> countries = countries(text);

        // then the longest name wins and the gulf is no country
        assertEquals(Map.of("GN", 1, "GW", 2, "GQ", 1, "PG", 1), countries);
    }

    @Test
    void shouldReadCoteDIvoireWithAnyApostrophe() {
        // given Côte d'Ivoire written with several apostrophes, without accent, in English and as a demonym
        String text =
                "Côte d’Ivoire, Côte d'Ivoire, Cote d`Ivoire, Côte d‘Ivoire, Ivory Coast " + "and Ivorian returnees.";

        // when
        Map<String, Integer> countries = countries(text);

        // then all are one country
        assertEquals(Map.of("CI", 6), countries);
    }

    @Test
    void shouldTellBothCongosApartInFrench() {
        // given French names of the two Congos
        String text = "La République démocratique du Congo, la RDC et la République du Congo ont coopéré.";

        // when
        Map<String, Integer> countries = countries(text);

        // then
        assertEquals(Map.of("CD", 2, "CG", 1), countries);
    }

    @Test
    void shouldTellBothCongosApartInEnglish() {
        // given English names of the two Congos
        String text =
                "The Democratic Republic of the Congo, DR Congo, the Republic of the Congo " + "and Congo-Brazzaville.";

        // when
        Map<String, Integer> countries = countries(text);

        // then
        assertEquals(Map.of("CD", 2, "CG", 2), countries);
    }

    @Test
    void shouldReadTheAbbreviatedDemocraticRepublicOfTheCongo() {
        // given the Democratic Republic of the Congo abbreviated, with the capital letters of a title
        String text = "The meeting was hosted by the Dem. Rep. Of Congo as outgoing chair.";

        // when
        Map<String, Integer> countries = countries(text);

        // then it is not the Republic of the Congo
        assertEquals(Map.of("CD", 1), countries);
    }

    @Test
    void shouldNotFindOmanInsideRomania() {
        // given a country whose name contains another's
        String text = "Romania and Germany.";

        // when
        Map<String, Integer> countries = countries(text);

        // then only whole words count
        assertEquals(Map.of("RO", 1, "DE", 1), countries);
    }

    @Test
    void shouldKeepSudanAndSouthSudanApart() {
        // given
        String text = "South Sudan and Sudan; South Sudanese and Sudanese refugees.";

        // when
        Map<String, Integer> countries = countries(text);

        // then
        assertEquals(Map.of("SS", 2, "SD", 2), countries);
    }

    @Test
    void shouldCountTheDemonymOfAMinistry() {
        // given a ministry named by its country's adjective
        String text = "The Moroccan Ministry of Foreign Affairs and the Senegalese Ministry of Interior.";

        // when
        Map<String, Integer> countries = countries(text);

        // then
        assertEquals(Map.of("MA", 1, "SN", 1), countries);
    }

    @Test
    void shouldIgnoreChadAsAGivenName() {
        // given Chad as a given name and as a country
        String text = "Mr. Chad met Chad Smith, who works in Chad.";

        // when
        Map<String, Integer> countries = countries(text);

        // then only the country counts
        assertEquals(Map.of("TD", 1), countries);
    }

    @Test
    void shouldReadFrenchNamesAndAdjectives() {
        // given French names and adjectives
        String text =
                "Le Maroc, le Sénégal, la Mauritanie et le gouvernement malien ; " + "les ressortissants burkinabè.";

        // when
        Map<String, Integer> countries = countries(text);

        // then
        assertEquals(Map.of("MA", 1, "SN", 1, "MR", 1, "ML", 1, "BF", 1), countries);
    }

    @Test
    void shouldNotTakeAFrenchMeetingForReunionIsland() {
        // given the French word for meeting, in capitals, in lower case, and the island
        String text = "RÉUNION THÉMATIQUE. La réunion des hauts fonctionnaires a évoqué La Réunion.";

        // when
        Map<String, Integer> countries = countries(text);

        // then
        assertEquals(Map.of("RE", 1), countries);
    }

    @Test
    void shouldReadFeminineAndPluralFrenchAdjectives() {
        // given feminine and plural French adjectives of countries
        String text = "La diaspora somalienne, les autorités maliennes et les ressortissants marocains.";

        // when
        Map<String, Integer> countries = countries(text);

        // then
        assertEquals(Map.of("SO", 1, "ML", 1, "MA", 1), countries);
    }

    @Test
    void shouldNameCountriesInEnglishAndCountMentions() {
        // given a French text
        String text = "Cabo Verde, le Cap-Vert et la Gambie.";

        // when
        List<CountryMention> mentions = ENRICHER.enrich(Reports.of(text, "fr")).countries();

        // then names are the English CLDR names, most mentioned first
        assertEquals(
                List.of(new CountryMention("CV", "Cape Verde", 2), new CountryMention("GM", "Gambia", 1)), mentions);
    }

    @Test
    void shouldReadCapitalisedCountryAbbreviationsButNotThePronounUs() {
        // given abbreviations of country names beside the pronoun "us" and the French word "eau"
        String en = "Let us thank the U.S. delegation, the US envoy, the UAE and the UK for hosting us.";
        String fr = "Les EAU et la RDC ont parlé de l'eau potable.";

        // when
        Map<String, Integer> english = countries(en);
        Map<String, Integer> french = ENRICHER.enrich(Reports.of(fr, "fr")).countries().stream()
                .collect(Collectors.toMap(CountryMention::code, CountryMention::mentions));

        // then only the capitalised abbreviations are countries
        assertEquals(Map.of("US", 2, "AE", 1, "GB", 1), english);
        assertEquals(Map.of("AE", 1, "CD", 1), french);
    }

    @Test
    void shouldReadACountryGluedToTheNextCapitalisedWord() {
        // given a page header whose extraction glued the country to the next label, and a name inside a word
        String text = "Location: Lima, PeruDate: 3 May 2021. The Romanians met in Lima.";

        // when
        Map<String, Integer> countries = countries(text);

        // then the glued country counts, a name inside a lower-case word does not (no Oman in Romanians)
        assertEquals(Map.of("PE", 1, "RO", 1), countries);
    }

    private static Map<String, Integer> countries(String text) {
        return ENRICHER.enrich(Reports.of(text, "en")).countries().stream()
                .collect(Collectors.toMap(CountryMention::code, CountryMention::mentions));
    }
}
