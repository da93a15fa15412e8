package org.migrationdialogue.pipeline.enrich.core.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrationdialogue.pipeline.enrich.core.Reports;
import org.migrationdialogue.pipeline.enrich.core.knowledge.Knowledge;
import org.migrationdialogue.pipeline.enrich.core.knowledge.TermFlags;
import org.migrationdialogue.pipeline.enrich.core.text.Document;
import org.migrationdialogue.pipeline.enrich.core.text.DocumentReader;
import org.migrationdialogue.pipeline.enrich.core.text.TextNormaliser;

/** The automaton's matches, after word-end check, flags and resolution, are those of a plain reference scan. */
class PhraseAutomatonTest {

    private static final Path SEEDS = Path.of(System.getProperty("seeds.dir", "../seeds"));
    private static final TextNormaliser NORMALISER = new TextNormaliser();
    private static final List<KnowledgeVocabulary.Entry> TRICKY = List.of(
            entry("Guinea", TermKind.COUNTRY, "GN", TermFlags.CAPITAL),
            entry("Equatorial Guinea", TermKind.COUNTRY, "GQ", 0),
            entry("Gulf of Guinea", TermKind.COUNTRY_BLOCKER, "-", 0),
            entry("Guinea-Bissau", TermKind.COUNTRY, "GW", 0),
            entry("Oman", TermKind.COUNTRY, "OM", 0),
            entry("Rabat", TermKind.CITY, "MA", 0),
            entry("Rabat Process", TermKind.ORGANISATION, "rabat-process", 0),
            entry("Rabat Process Support Project", TermKind.ORGANISATION, "rabat-support", 0),
            entry("EU", TermKind.ORGANISATION, "eu", TermFlags.ACRONYM),
            entry("European Union", TermKind.ORGANISATION, "eu", 0),
            entry("migration", TermKind.THEME, "migration", 0),
            entry("irregular migration", TermKind.THEME, "irregular_migration", 0),
            entry("Chad", TermKind.COUNTRY, "TD", TermFlags.GIVEN_NAME | TermFlags.CAPITAL),
            entry("Mr", TermKind.HONORIFIC, "Mr", 0));

    @Test
    void shouldMatchLikeTheReferenceOnTrickyText() {
        // given phrases inside others, overlapping ones, and phrases at the text's start and end
        PhraseAutomaton automaton = build(TRICKY);
        List<String> texts = List.of(
                "Guinea and Equatorial Guinea in the Gulf of Guinea; Guinea-Bissau",
                "Rabat Process Support Project of the Rabat Process, in Rabat",
                "Romania, Oman, EU, Europe, the European Union: EU",
                "irregular migration and migration of Mr Chad; Chad Basin; Chad",
                "Oman",
                "",
                "guinea",
                "GUINEA EU");

        // when / then
        for (String text : texts) {
            Document document = document(text);
            assertSameMatches(
                    new ReferencePhraseScanner(NORMALISER, TRICKY).scan(document), automaton.scan(document), text);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"rabat-process-som-rabat-2014-06.txt", "rabat-process-thematic-meeting-crisis-paris-2014-04.txt"
            })
    void shouldMatchLikeTheReferenceOnTheSeeds(String seed) throws IOException {
        // given the whole knowledge base and a seed report
        Knowledge knowledge = Knowledge.fromResources();
        List<KnowledgeVocabulary.Entry> vocabulary = KnowledgeVocabulary.entries(knowledge);
        Document document = new DocumentReader(NORMALISER)
                .read(Reports.of(Files.readString(SEEDS.resolve(seed), StandardCharsets.UTF_8), "en"));

        // when
        Matches matches = AutomatonFactory.build(knowledge, NORMALISER).scan(document);

        // then
        assertSameMatches(new ReferencePhraseScanner(NORMALISER, vocabulary).scan(document), matches, seed);
        assertTrue(
                matches.of(Layer.COUNTRY).size() > 50 && matches.of(Layer.THEME).size() > 100);
    }

    private static void assertSameMatches(Map<Layer, List<Match>> expected, Matches actual, String text) {
        for (Layer layer : Layer.values()) {
            assertEquals(expected.get(layer), actual.of(layer), () -> layer + " in " + text);
        }
    }

    private static PhraseAutomaton build(List<KnowledgeVocabulary.Entry> entries) {
        PhraseAutomaton.Builder builder = PhraseAutomaton.builder(NORMALISER);
        entries.forEach(entry -> builder.add(entry.phrase(), entry.term()));
        return builder.build();
    }

    private static Document document(String text) {
        TextNormaliser.Folding folding = NORMALISER.foldForScan(text);
        return new Document(text, folding.folded(), folding.scanForm(), folding.words(), List.of());
    }

    private static KnowledgeVocabulary.Entry entry(String phrase, TermKind kind, String key, int flags) {
        return new KnowledgeVocabulary.Entry(phrase, new Term(kind, key, 1, flags));
    }
}
