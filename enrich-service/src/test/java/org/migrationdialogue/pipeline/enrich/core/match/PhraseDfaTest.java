package org.migrationdialogue.pipeline.enrich.core.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrationdialogue.pipeline.enrich.core.Reports;
import org.migrationdialogue.pipeline.enrich.core.knowledge.Knowledge;
import org.migrationdialogue.pipeline.enrich.core.match.ReferencePhraseScanner.RawHit;
import org.migrationdialogue.pipeline.enrich.core.text.Document;
import org.migrationdialogue.pipeline.enrich.core.text.DocumentReader;
import org.migrationdialogue.pipeline.enrich.core.text.TextNormaliser;

/** The compiled automaton reports exactly the occurrences a plain {@code indexOf} search finds. */
class PhraseDfaTest {

    private static final Path SEEDS = Path.of(System.getProperty("seeds.dir", "../seeds"));
    private static final Comparator<RawHit> ORDER = Comparator.comparingInt(RawHit::last)
            .thenComparingInt(RawHit::first)
            .thenComparingInt(RawHit::phrase);

    @Test
    void shouldReportOverlappingAndNestedPhrases() {
        // given phrases inside others, sharing suffixes and prefixes
        List<String> phrases = List.of("he", "she", "his", "hers", "ushers", "s");

        // when a text holding them at its start, end and overlapping is scanned
        List<RawHit> hits = scan("ushers his she hers", phrases);

        // then every occurrence is reported, as by indexOf
        assertEquals(sorted(ReferencePhraseScanner.occurrences("ushers his she hers", phrases)), hits);
        assertTrue(hits.contains(new RawHit(4, 0, 5)));
        assertTrue(hits.contains(new RawHit(3, 15, 18)));
    }

    @Test
    void shouldReportRepeatedAndWholeTextPhrases() {
        // given phrases made of one repeated letter, one of them the whole text
        List<String> phrases = List.of("a", "aa", "aaa", "aaaa");

        // when
        List<RawHit> hits = scan("aaaa", phrases);

        // then 4 + 3 + 2 + 1 occurrences
        assertEquals(10, hits.size());
        assertEquals(sorted(ReferencePhraseScanner.occurrences("aaaa", phrases)), hits);
    }

    @Test
    void shouldFollowFailureLinksAcrossWordsOfScanForms() {
        // given scan-form phrases where a longer one fails into shorter ones
        List<String> phrases = List.of(
                " guinea",
                " equatorial guinea",
                " gulf of guinea",
                " guinea bissau",
                " of",
                " new guinea",
                " papua new guinea");
        String text = " guinea equatorial guinea gulf of guinea bissau papua new guinea guinea";

        // when
        List<RawHit> hits = scan(text, phrases);

        // then
        assertEquals(sorted(ReferencePhraseScanner.occurrences(text, phrases)), hits);
    }

    @Test
    void shouldIgnoreCharactersNoPhraseHolds() {
        // given a text with letters, digits and symbols outside the phrases' alphabet
        List<String> phrases = List.of("g5", "sahel", "øresund", "5 5");
        String text = "øresund g5 sahél sahel ß g5 5 5 5 \u4e2d g5";

        // when
        List<RawHit> hits = scan(text, phrases);

        // then
        assertEquals(sorted(ReferencePhraseScanner.occurrences(text, phrases)), hits);
        assertEquals(List.of(), scan("", phrases));
    }

    @Test
    void shouldRefuseEmptyAndDuplicatePhrases() {
        assertThrows(IllegalArgumentException.class, () -> PhraseDfa.of(List.of("a", "")));
        assertThrows(IllegalArgumentException.class, () -> PhraseDfa.of(List.of("ab", "ab")));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"rabat-process-som-rabat-2014-06.txt", "rabat-process-thematic-meeting-crisis-paris-2014-04.txt"
            })
    void shouldFindWhatIndexOfFindsInTheSeedsWithTheWholeKnowledgeBase(String seed) throws IOException {
        // given every phrase of the knowledge base in scan form and a seed report's scan form
        Knowledge knowledge = Knowledge.fromResources();
        TextNormaliser normaliser = new TextNormaliser();
        List<String> phrases = KnowledgeVocabulary.entries(knowledge).stream()
                .map(entry -> normaliser.phraseScanForm(entry.phrase().strip()))
                .filter(phrase -> !phrase.isBlank())
                .distinct()
                .toList();
        Document document = new DocumentReader(normaliser)
                .read(Reports.of(Files.readString(SEEDS.resolve(seed), StandardCharsets.UTF_8), "en"));

        // when
        List<RawHit> hits = scan(document.scanForm(), phrases);

        // then the same occurrences, thousands of them
        assertEquals(sorted(ReferencePhraseScanner.occurrences(document.scanForm(), phrases)), hits);
        assertTrue(hits.size() > 1000, () -> "only " + hits.size() + " hits");
    }

    private static List<RawHit> scan(String text, List<String> phrases) {
        CollectingHits hits = new CollectingHits();
        PhraseDfa.of(phrases).scan(text, hits);
        return sorted(hits.found);
    }

    /** Keeps every hit. */
    private static final class CollectingHits implements PhraseDfa.Hits {
        private final List<RawHit> found = new ArrayList<>();

        @Override
        public boolean wantsEndAt(int last) {
            return true;
        }

        @Override
        public void found(int phrase, int first, int last) {
            found.add(new RawHit(phrase, first, last));
        }
    }

    private static List<RawHit> sorted(List<RawHit> hits) {
        return hits.stream().sorted(ORDER).toList();
    }
}
