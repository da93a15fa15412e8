package org.migrationdialogue.pipeline.enrich.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextNormaliserTest {

    private final TextNormaliser normaliser = new TextNormaliser();

    @Test
    void shouldFoldCaseAccentsApostrophesQuotesAndDashes() {
        // given text with accents, typographic apostrophes, quotes and dashes
        String text = "Côte d’Ivoire – “Sénégal” — l‘OIM";

        // when
        String folded = normaliser.fold(text);

        // then
        assertEquals("cote d'ivoire - \"senegal\" - l'oim", folded);
    }

    @Test
    void shouldKeepOffsetsOfTheOriginalText() {
        // given text with characters that fold to other characters
        String text = "Ministère de l’Intérieur\u00a0– Bruxelles";

        // when
        String folded = normaliser.fold(text);

        // then every offset points at the same character
        assertEquals(text.length(), folded.length());
        assertEquals("interieur", folded.substring(text.indexOf("Intérieur"), text.indexOf("Intérieur") + 9));
    }
}
