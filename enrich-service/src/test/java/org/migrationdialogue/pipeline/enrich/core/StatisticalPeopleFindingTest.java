package org.migrationdialogue.pipeline.enrich.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.migrationdialogue.pipeline.common.events.Person;

/** People the statistical model finds where no honorific introduces them (the model is loaded once). */
class StatisticalPeopleFindingTest {

    private static Enricher enricher;

    @BeforeAll
    static void loadModel() {
        enricher = Enricher.fromResources("on");
    }

    @Test
    void shouldFindPeopleNamedByTheirTitleOrAlone() {
        // given names after titles, and a name alone
        String text = "Secretary of State Antony Blinken met the delegation. Later, President Biden announced new "
                + "funding, and Alicia Bárcena Ibarra welcomed the decision.";

        // when
        List<String> names = enricher.enrich(Reports.of(text, "en")).people().stream()
                .map(Person::name)
                .toList();

        // then the names without their titles, the title kept as honorific where it is one
        assertEquals(List.of("Antony Blinken", "Biden", "Alicia Bárcena Ibarra"), names);
    }

    @Test
    void shouldNotTakeOrganisationsCountriesOrTitlesForPeople() {
        // given a sentence full of capitalised names that are no people
        String text = "The International Organization for Migration and the Government of Mexico met in "
                + "Tapachula with the President of the Republic.";

        // when
        List<Person> people = enricher.enrich(Reports.of(text, "en")).people();

        // then
        assertTrue(people.isEmpty(), people::toString);
    }

    @Test
    void shouldReadFrenchNamesWithTheFrenchModel() {
        // given a French communiqué naming people after "Monsieur" and alone
        String text = "Le Conseil a nommé Monsieur Bara DIOUF, Directeur de l'Administration générale. "
                + "Aminata Touré a présenté le rapport.";

        // when
        List<String> names = enricher.enrich(Reports.of(text, "fr")).people().stream()
                .map(Person::name)
                .toList();

        // then
        assertTrue(names.contains("Bara DIOUF"), names::toString);
        assertTrue(names.contains("Aminata Touré"), names::toString);
    }

    @Test
    void shouldKeepAHyphenatedSurnameAndLeaveOutThePlaceATitleEndsWith() {
        // given a delegation whose titles run into the names without commas
        String text = "The delegation included Deputy Administrator for Europe and the Caribbean Michael Torvald, "
                + "Counselor to the Department of Homeland Security Blas Arriaga-Neto, Special Assistant to the "
                + "President Dana Whitfield, and Rear Admiral Peter Holm.";

        // when
        List<String> names = enricher.enrich(Reports.of(text, "en")).people().stream()
                .map(Person::name)
                .toList();

        // then
        assertEquals(List.of("Michael Torvald", "Blas Arriaga-Neto", "Dana Whitfield", "Peter Holm"), names);
    }

    @Test
    void shouldNotTakeATitleAfterADashForPartOfTheName() {
        // given a name joined to its post by a dash without spaces
        String text =
                "Closing remarks: Ahmed Karrar-Senior Programme Officer of the secretariat thanked the delegates.";

        // when
        List<String> names = enricher.enrich(Reports.of(text, "en")).people().stream()
                .map(Person::name)
                .toList();

        // then
        assertEquals(List.of("Ahmed Karrar"), names);
    }
}
