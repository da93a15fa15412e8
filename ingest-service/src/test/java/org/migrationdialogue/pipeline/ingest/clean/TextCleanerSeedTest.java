package org.migrationdialogue.pipeline.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TextCleanerSeedTest {

    private final TextCleaner cleaner = TextCleaner.withDefaultRules();

    private String cleaned(Seeds seed) {
        return cleaner.clean(seed.text()).text();
    }

    private static void assertContains(String text, String expected) {
        assertTrue(text.contains(expected), () -> "expected the clean text to contain: " + expected);
    }

    @ParameterizedTest
    @EnumSource(Seeds.class)
    void shouldLeaveNoRunningHeaderFooterOrPageNumberLines(Seeds seed) {
        // given a seed with a funder header and a page number on each page
        // when
        List<String> lines = cleaned(seed).lines().toList();
        // then
        assertFalse(lines.stream().anyMatch(line -> line.matches("\\s*\\d{1,3}\\s*")), "page number left");
        assertFalse(
                lines.stream()
                        .anyMatch(line -> line.contains("Project funded by")
                                || line.contains("Projet financé par")
                                || line.contains("Projet mis en œuvre")),
                "header left");
    }

    @ParameterizedTest
    @EnumSource(Seeds.class)
    void shouldNormaliseCurlyQuotesAndLeaveNoRunsOfBlanks(Seeds seed) {
        // given a seed with curly apostrophes and blank lines between every line
        // when
        String text = cleaned(seed);
        // then
        for (String unwanted : List.of("’", "‘", "“", "”", "\u00A0", "  ", "\n\n\n", " \n")) {
            assertFalse(text.contains(unwanted), () -> "clean text contains " + unwanted.codePointAt(0));
        }
    }

    @ParameterizedTest
    @EnumSource(Seeds.class)
    void shouldOfferTheFirstHeadingAsFallbackTitle(Seeds seed) {
        // given a seed
        // when
        CleanText clean = cleaner.clean(seed.text());
        // then
        assertEquals(Optional.of(seed.firstHeading()), clean.firstHeading());
    }

    @Test
    void shouldRejoinAParagraphSentenceThatSpannedThreeWrappedLines() {
        // given the SOM seed, where this sentence runs over three lines, the first ending in "Mr."
        // when
        String text = cleaned(Seeds.SOM_RABAT_2014);
        // then
        assertContains(
                text,
                "European Mobility Partnerships will be of great importance. Mr. Valensise "
                        + "reiterated Italy's strong commitment in the organisation of the Fourth Ministerial Conference "
                        + "within the framework of the Rabat Process, which constitutes both a political and operational "
                        + "forum for dialogue on migration and development.");
        assertContains(text, "line with the framework of Morocco's Africa policy");
    }

    @Test
    void shouldStartEachParagraphOnItsOwnLine() {
        // given the SOM seed's consecutive speaker paragraphs
        // when
        List<String> lines = cleaned(Seeds.SOM_RABAT_2014).lines().toList();
        // then
        assertTrue(lines.stream()
                .anyMatch(line -> line.startsWith("His Excellency Mr. Michele Valensise")
                        && line.endsWith("and migrant smuggling and human trafficking.")));
        assertTrue(lines.stream()
                .anyMatch(line -> line.startsWith("Mr. Raul De Luzenberger")
                        && line.endsWith("reaffirming the EU's support for the Dialogue.")));
    }

    @Test
    void shouldRejoinASentenceInterruptedByAPageBreak() {
        // given the Paris seed, where item 8 continues after the header and page number of page 19
        // when
        String text = cleaned(Seeds.CRISIS_PARIS_2014);
        // then
        assertContains(text, "in particular by issuing of humanitarian visas. In this context");
    }

    @Test
    void shouldKeepHyphensOfCompoundsBrokenAtTheirHyphen() {
        // given seeds breaking "inter-/ministerial", "sub-/regional", "post-/crisis", "sub-/Saharan" across lines
        // when
        String som = cleaned(Seeds.SOM_RABAT_2014);
        String paris = cleaned(Seeds.CRISIS_PARIS_2014);
        // then
        assertContains(som, "A third inter-ministerial commission");
        assertContains(som, "the sub-regional dimension");
        assertContains(som, "objectives in the post-crisis context");
        assertContains(paris, "the countries of sub-Saharan Africa");
    }

    @Test
    void shouldPutEachCoChairRecommendationOnItsOwnNumberedLine() {
        // given the Paris seed's numbered recommendations, some wrapped, one across a page break
        // when
        List<String> lines = cleaned(Seeds.CRISIS_PARIS_2014).lines().toList();
        // then
        int heading = lines.indexOf("CONCLUSIONS AND RECOMMENDATIONS OF THE CO-CHAIRS");
        assertTrue(heading > 0, "heading on its own line");
        List<String> items = lines.subList(heading, lines.size()).stream()
                .filter(line -> line.matches("\\d{1,2}\\. .*"))
                .toList();
        assertTrue(items.size() >= 11, () -> "numbered items: " + items.size());
        assertTrue(items.get(0).startsWith("1. Recognise the complexity"));
        assertTrue(items.stream()
                .anyMatch(
                        line -> line.startsWith("8. Emphasise") && line.endsWith("in particular children and women.")));
    }

    @Test
    void shouldPutEachWorkingGroupConclusionOnItsOwnBulletLine() {
        // given the Paris seed's "Working group 2 came to the following conclusions:" with dash and bullet items
        // when
        List<String> lines = cleaned(Seeds.CRISIS_PARIS_2014).lines().toList();
        // then
        int leadIn = lines.indexOf("Working group 2 came to the following conclusions:");
        assertTrue(lines.get(leadIn + 2).startsWith("• The issue of sustainable voluntary return"));
        assertTrue(lines.get(leadIn + 2).endsWith("in a post-crisis context."));
        assertEquals("• The terms of return management must include:", lines.get(leadIn + 3));
        assertEquals(
                "• A firm and comprehensive legislative framework for emergencies and sustainable return.",
                lines.get(leadIn + 5));
    }

    @Test
    void shouldRecoverBulletsWhoseGlyphWasLostInExtraction() {
        // given the SOM seed's pilot initiatives, each introduced only by a leading space
        // when
        List<String> lines = cleaned(Seeds.SOM_RABAT_2014).lines().toList();
        // then
        assertTrue(lines.containsAll(List.of(
                "• Create joint investigation teams;",
                "• Implement multidimensional actions due to the numerous connections among criminal networks "
                        + "(trafficking of weapons, etc.); and",
                "• Develop early warning systems (anticipation and prevention).",
                "The European Commission recalled that community funding can support implementation of these "
                        + "projects.")));
    }

    @Test
    void shouldKeepHeadingsOnTheirOwnLines() {
        // given the SOM seed's session, day and working-group headings
        // when
        List<String> lines = cleaned(Seeds.SOM_RABAT_2014).lines().toList();
        // then
        assertTrue(lines.containsAll(List.of(
                "Day 1 – 26 June 2014",
                "SESSION 1:",
                "Opening by the co-chairs",
                "Working group 1:",
                "Strengthening the synergies between migration and development",
                "Summary of debates - 26 and 27 June 2014, Rabat, Morocco")));
    }
}
