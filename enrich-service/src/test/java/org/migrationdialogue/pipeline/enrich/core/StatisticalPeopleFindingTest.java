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

    @Test
    void shouldReadANameAfterAFrenchTitleOfSeveralWords() {
        // given French names after "Premier Ministre", the surname in capitals, once before a closing quotation mark
        String text = "Le Président de la République a félicité le Premier Ministre Mamadou KANE, pour le travail "
                + "remarquable accompli dans le cadre de la réforme.\n\nIl a remercié les Ministres sortants qui ont "
                + "travaillé sous la conduite du Premier Ministre Aliou NDIAYE ». Il a ensuite félicité les nouveaux "
                + "membres.";

        // when
        List<String> names = names(text, "fr");

        // then both names, without the title or the quotation mark
        assertTrue(names.contains("Mamadou KANE"), names::toString);
        assertTrue(names.contains("Aliou NDIAYE"), names::toString);
    }

    @Test
    void shouldNotTakeAPostNamedByItsSeatForAPerson() {
        // given posts named by a title, "de" and a city, beside a person's name
        String text = "Il a adressé ses félicitations à l’Evêque de Kaolack. Monseigneur Jean SARR a été nommé. "
                + "\n\nIl a adressé ses félicitations au Recteur de Ziguinchor. Monsieur Paul DIOP a été nommé.";

        // when
        List<String> names = names(text, "fr");

        // then only the people
        assertTrue(names.stream().noneMatch(name -> name.contains("Kaolack")), names::toString);
        assertTrue(names.stream().noneMatch(name -> name.contains("Ziguinchor")), names::toString);
        assertTrue(names.stream().anyMatch(name -> name.endsWith("Jean SARR")), names::toString);
        assertTrue(names.contains("Paul DIOP"), names::toString);
    }

    @Test
    void shouldTakeAFirstNameAloneThatSheOrHeTakesUp() {
        // given first names alone, each the subject of a verb that a personal pronoun takes up, and one that is not
        String text = "Amara moved from Guinea to Senegal when she heard about jobs there. Today she runs a small "
                + "tailoring shop in Dakar.\n\nTomasz returned to Poland after he lost his job in Berlin.\n\n"
                + "Lisbon hosted the talks last year.";

        // when
        List<String> names = names(text, "en");

        // then
        assertEquals(List.of("Amara", "Tomasz"), names);
    }

    @Test
    void shouldReadFrenchNamesWithASurnameInCapitals() {
        // given a French communiqué's names: after a plural title, after "Docteur", after a lower-case title, with a
        // capitalised particle before a lower-case one, and alone, each with its surname in capitals
        String text = "Le Chef de l’Etat a remercié les Présidents Ahmed Ould Sidi El MOKHTAR et Issa TRAORE pour "
                + "leur accueil chaleureux.\n\nMonsieur Alpha KEITA, Juriste, est nommé Directeur général de la "
                + "Société nationale des Eaux, en remplacement de Mamadou Lamine SY NDOYE ;\n\n"
                + "Docteur Awa SECK, Experte en Santé publique, est nommée Directrice de la Santé.\n\n"
                + "- Monsieur El hadji Ibrahima NDIAYE, Inspecteur du Trésor, est nommé Trésorier général.\n\n"
                + "Plus de cent départs ont été recensés selon le journaliste Modou SARR.";

        // when
        List<String> names = names(text, "fr");

        // then
        for (String name : List.of(
                "Ahmed Ould Sidi El MOKHTAR",
                "Issa TRAORE",
                "Alpha KEITA",
                "Mamadou Lamine SY NDOYE",
                "Awa SECK",
                "El hadji Ibrahima NDIAYE",
                "Modou SARR")) {
            assertTrue(names.contains(name), name + " in " + names);
        }
    }

    @Test
    void shouldNotTakeAnAreaOrAPostForAPerson() {
        // given an appointment naming areas after "Département de" and "Arrondissement de", and posts after "Premier"
        String text = "- Monsieur Samba FALL, précédemment Adjoint au Préfet du Département de Koumbal Dara, est "
                + "nommé Sous-Préfet de l’Arrondissement de Ndiaye Sarr.\n\n- Monsieur Ibou GAYE, précédemment "
                + "Premier Conseiller à l’Ambassade du Sénégal à Rome, est nommé Premier Délégué général adjoint.";

        // when
        List<String> names = names(text, "fr");

        // then only the people
        assertEquals(List.of("Samba FALL", "Ibou GAYE"), names);
    }

    private static List<String> names(String text, String language) {
        return enricher.enrich(Reports.of(text, language)).people().stream()
                .map(Person::name)
                .toList();
    }
}
