package org.migrationdialogue.pipeline.enrich.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.migrationdialogue.pipeline.common.events.Person;

class PeopleFindingTest {

    private static final Enricher ENRICHER = Enricher.fromResources();

    @Test
    void shouldReadNameRoleOrganisationAndCountry() {
        // given a speaker introduced with his role at a regional organisation
        String text = "Mr Sanoh N’Faly, Director for the Free Movement of People Department at the Economic "
                + "Community of West African States (ECOWAS) Commission, spoke.";

        // when
        List<Person> people = ENRICHER.enrich(Reports.of(text, "en")).people();

        // then
        // (the clean text writes every apostrophe as "'")
        assertEquals(
                List.of(new Person(
                        "Sanoh N'Faly",
                        "Mr",
                        "Director for the Free Movement of People Department",
                        "ECOWAS Commission",
                        null)),
                people);
    }

    @Test
    void shouldFoldANameTheEndOfAnExcerptCutsOffIntoThePersonItBegins() {
        // given an excerpt that stops in the middle of a known person's surname, after an honorific
        String text = "H.E. Marta Lindqvist opened the meeting and H.E. Jonas Berg replied.\n\nH.E. Lindq";

        // when
        List<String> names = ENRICHER.enrich(Reports.of(text, "en")).people().stream()
                .map(Person::name)
                .toList();

        // then the cut-off word is no person of its own
        assertEquals(List.of("Marta Lindqvist", "Jonas Berg"), names);
    }

    @Test
    void shouldFoldLaterMentionsIntoTheFirstFullName() {
        // given a speaker named in full, then by surname
        String text = "His Excellency Mr. Nasser Bourita, Secretary General of the Moroccan Ministry of Foreign "
                + "Affairs and Cooperation, opened the session. Mr. Bourita then recalled the partnership.";

        // when
        List<Person> people = ENRICHER.enrich(Reports.of(text, "en")).people();

        // then one person, attributed to the ministry and its country
        assertEquals(
                List.of(new Person(
                        "Nasser Bourita",
                        "His Excellency Mr.",
                        "Secretary General",
                        "Moroccan Ministry of Foreign Affairs and Cooperation",
                        "MA")),
                people);
    }

    @Test
    void shouldReadFrenchHonorifics() {
        // given French honorifics
        String text = "M. Jean-Pierre Dupont et Mme Awa Diop ont présidé la séance.";

        // when
        List<String> names = ENRICHER.enrich(Reports.of(text, "fr")).people().stream()
                .map(Person::name)
                .toList();

        // then
        assertEquals(List.of("Jean-Pierre Dupont", "Awa Diop"), names);
    }

    @Test
    void shouldReadParticlesInNames() {
        // given names with particles and several honorific styles
        String text = "Dr. Raul De Luzenberger met H.E. Mustapha El Bouazzaoui and Prof Maria da Silva.";

        // when
        List<String> names = ENRICHER.enrich(Reports.of(text, "en")).people().stream()
                .map(Person::name)
                .toList();

        // then
        assertEquals(List.of("Raul De Luzenberger", "Mustapha El Bouazzaoui", "Maria da Silva"), names);
    }

    @Test
    void shouldReadInitialsBeforeASurname() {
        // given names written with their initials after an honorific, run together or spaced, and a lone initial
        // that ends a sentence
        String text = "Mr. G.S. Perera opened the session. Dr. A. B. Mensah spoke next. The note was signed by Mr. X. "
                + "The meeting closed.";

        // when
        List<String> names = ENRICHER.enrich(Reports.of(text, "en")).people().stream()
                .map(Person::name)
                .toList();

        // then
        assertEquals(List.of("G.S. Perera", "A. B. Mensah"), names);
    }

    @Test
    void shouldSkipTitlesWithoutNames() {
        // given titles used as common nouns
        String text = "The Ambassador of Senegal to Cameroon met the Minister of the Interior.";

        // when
        List<Person> people = ENRICHER.enrich(Reports.of(text, "en")).people();

        // then
        assertEquals(List.of(), people);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("namesFollowedByWhatIsNotTheName")
    void shouldEndAPersonsNameWhereTheNameEnds(String followedBy, String text, String language, String name) {
        // given a person's name followed by something that is not part of it (the case's text)

        // when
        List<String> names = ENRICHER.enrich(Reports.of(text, language)).people().stream()
                .map(Person::name)
                .toList();

        // then the person is named without what follows the name
        assertEquals(List.of(name), names);
    }

    static Stream<Arguments> namesFollowedByWhatIsNotTheName() {
        return Stream.of(
                Arguments.of(
                        "a possessive, in a heading that names a visit by its visitor",
                        "Readout of Dr. Jane Holloway's Visit to Lisbon\n\nThe visit ended on Friday.",
                        "en",
                        "Jane Holloway"),
                Arguments.of(
                        "the post of its bearer, without a comma",
                        "L'accord a été signé en présence de M. Karim Bensaid Ambassadeur du Maroc au Sénégal.",
                        "fr",
                        "Karim Bensaid"),
                Arguments.of(
                        "the post of its bearer, joined by a dash",
                        "Speaking for the director, Dr Samuel Okafor-Senior Programme Officer at the secretariat, "
                                + "welcomed the delegates.",
                        "en",
                        "Samuel Okafor"),
                Arguments.of(
                        "nothing: a double-barrelled surname stays whole",
                        "Ms Anna Lindgren-Holm, Director of the unit, welcomed the delegates.",
                        "en",
                        "Anna Lindgren-Holm"));
    }
}
