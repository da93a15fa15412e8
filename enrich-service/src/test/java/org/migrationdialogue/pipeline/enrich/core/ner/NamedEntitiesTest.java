package org.migrationdialogue.pipeline.enrich.core.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class NamedEntitiesTest {

    /** Both models, loaded once for the class (about 8 s). */
    private static final NamedEntities MODELS = CrfNamedEntities.fromResources();

    @Test
    void shouldFindAPersonWithOffsetsIntoTheText() {
        // given an English sentence about a person, an organisation and a city
        String text = "Opening remarks. Ms Sara Bayes of the International Organization for Migration spoke in Rabat.";

        // when
        List<EntitySpan> found = MODELS.find(text, "en");

        // then the spans point at the names in the text
        assertEquals(
                List.of("PERSON Sara Bayes", "ORGANIZATION International Organization for Migration", "LOCATION Rabat"),
                described(found, text));
        assertEquals(new EntitySpan(20, 30, EntityType.PERSON), found.getFirst());
    }

    @Test
    void shouldFindAFrenchNameInAFrenchSentence() {
        // given a French sentence
        String text = "La séance a été ouverte par Mme Aminata Touré, ministre de la Justice du Sénégal, à Dakar.";

        // when
        List<String> found = described(MODELS.find(text, "fr"), text);

        // then (the French model, trained on Wikipedia, takes the honorific into the name)
        assertTrue(found.contains("PERSON Mme Aminata Touré"), found.toString());
        assertTrue(found.contains("LOCATION Dakar"), found.toString());
    }

    @Test
    void shouldGiveOffsetsIntoTheWholeTextForAPassage() {
        // given a passage in the middle of a longer text, with names outside it
        String text =
                "Mr John Smith opened. The delegation of Senegal was led by Mr Amadou Diallo. Mr Peter Jones closed.";
        int start = text.indexOf("The delegation");
        int end = text.indexOf(" Mr Peter");

        // when
        List<EntitySpan> found = MODELS.find(text, start, end, "en");

        // then only the passage's names, with offsets into the text
        assertEquals(List.of("LOCATION Senegal", "PERSON Amadou Diallo"), described(found, text));
        assertTrue(found.stream().allMatch(span -> span.start() >= start && span.end() <= end));
    }

    @Test
    void shouldFindNothingForALanguageWithoutAModel() {
        // given a Spanish sentence full of names
        String text = "La Sra. María González, de la Organización Internacional para las Migraciones, habló en Madrid.";

        // when, then
        assertEquals(List.of(), MODELS.find(text, "es"));
        assertEquals(List.of(), MODELS.find(text, null));
        assertFalse(MODELS.covers("es"));
        assertTrue(MODELS.covers("en-GB"));
        assertTrue(MODELS.covers("FR"));
    }

    @Test
    void shouldFindNothingWhenSwitchedOff() {
        // given the setting ENRICH_NER=off
        NamedEntities off = NamedEntities.forSetting("off");

        // when, then
        assertEquals(List.of(), off.find("Ms Sara Bayes spoke in Rabat.", "en"));
        assertFalse(off.covers("en"));
    }

    @Test
    void shouldRejectAnUnknownSettingNamingIt() {
        // when the setting is neither on nor off
        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> NamedEntities.forSetting("yes"));

        // then
        assertTrue(error.getMessage().contains("ENRICH_NER"), error.getMessage());
    }

    @Test
    void shouldNotJoinNamesAcrossABlankLine() {
        // given a heading and a paragraph separated by a blank line, without a full stop
        String text = "Opening of the Meeting\n\nMr Amadou Diallo welcomed the participants.";

        // when
        List<String> found = described(MODELS.find(text, "en"), text);

        // then the person is found on his own
        assertTrue(found.contains("PERSON Amadou Diallo"), found.toString());
        assertTrue(found.stream().noneMatch(span -> span.contains("\n")), found.toString());
    }

    @Test
    void shouldStayBoundedOnAFiveMegabyteLineOfDigits() {
        // given a 5 MB single line of digits, and one of a single unbroken token
        String digits = "0123456789 ".repeat(500_000);
        String token = "x".repeat(5_000_000);

        // when, then nothing is found, and it comes back at once (no capital letter: nothing is tokenized)
        assertEquals(List.of(), MODELS.find(digits, "en"));
        assertEquals(List.of(), MODELS.find(token, "fr"));
    }

    @Test
    void shouldFindNamesThroughoutALongSingleLine() {
        // given a 100 KB single line without a full stop, a name at its start and one at its end
        String filler = "the delegates discussed the Action Plan and its follow up ".repeat(1_700);
        String text = "Mr Amadou Diallo opened the meeting and " + filler + "and Ms Sara Bayes closed it";

        // when
        List<String> found = described(MODELS.find(text, "en"), text);

        // then both are found: the line was classified in bounded sentences
        assertTrue(found.contains("PERSON Amadou Diallo"), found.toString());
        assertTrue(found.getLast().equals("PERSON Sara Bayes"), found.toString());
    }

    @Test
    void shouldGiveTheSameNamesFromConcurrentCalls() throws Exception {
        // given one recognizer shared by four threads, each classifying the same passages
        String text = "Mr Amadou Diallo of the Economic Community of West African States met Ms Sara Bayes in Dakar. "
                .repeat(20);
        List<EntitySpan> alone = MODELS.find(text, "en");
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<EntitySpan>>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(threads.submit(() -> MODELS.find(text, "en")));
            }

            // then each call finds what one call alone finds
            for (Future<List<EntitySpan>> result : results) {
                assertEquals(alone, result.get());
            }
        } finally {
            threads.shutdownNow();
        }
        assertEquals(80, alone.size());
    }

    private static List<String> described(List<EntitySpan> spans, String text) {
        return spans.stream().map(span -> span.type() + " " + span.textIn(text)).toList();
    }
}
