package org.migrationdialogue.pipeline.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.migrationdialogue.pipeline.ingest.clean.Seeds;

class LanguageGuesserTest {

    private final LanguageGuesser guesser = LanguageGuesser.fromResource();

    @Test
    void shouldRecogniseEnglishReports() {
        // given the Paris seed, English with French running headers
        String text = Seeds.CRISIS_PARIS_2014.text();
        // when
        String language = guesser.guess(text);
        // then
        assertEquals("en", language);
    }

    @Test
    void shouldRecogniseFrench() {
        // given
        String text = "Les participants ont souligné l'importance de la coopération entre les pays d'origine, "
                + "de transit et de destination, ainsi que le rôle des diasporas dans la reconstruction. Ils ont "
                + "été invités à partager leurs expériences sur la gestion des crises et sur le retour des "
                + "personnes déplacées.";
        // when
        String language = guesser.guess(text);
        // then
        assertEquals("fr", language);
    }

    @Test
    void shouldNotGuessFromTooFewWords() {
        // given a heading only
        String text = "SESSION 1: Rabat Process";
        // when
        String language = guesser.guess(text);
        // then
        assertEquals(LanguageGuesser.UNDETERMINED, language);
    }
}
