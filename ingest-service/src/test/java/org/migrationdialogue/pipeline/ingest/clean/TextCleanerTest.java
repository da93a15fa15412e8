package org.migrationdialogue.pipeline.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.migrationdialogue.pipeline.common.events.Block;

class TextCleanerTest {

    private final TextCleaner cleaner = TextCleaner.withDefaultRules();

    /** Wide enough lines that only the last of a paragraph counts as short. */
    private static final String WRAPPED = """
            The delegates discussed the situation of migrants in transit countries and the respon-
            sibilities of the countries of origin, while the working group examined how the mi-
            gration of workers could be supported by co-
            operation between the services in charge of employment and the consular services.
            A second paragraph starts here after a short last line and continues for a while to
            make the line long enough to count as a full line of the wrapped text of the report.
            """;

    private String clean(String text) {
        return cleaner.clean(text).text();
    }

    @Test
    void shouldGiveEachBlockAsASpanOfTheCleanText() {
        // given a heading, a lead-in paragraph and two numbered items
        String text = """
                CONCLUSIONS

                The participants agreed on the following points:

                1. Strengthen the exchange of information;
                2. Support voluntary return.
                """;
        // when cleaned
        CleanText cleaned = cleaner.clean(text);
        // then each block is a span of the text: the heading, the paragraph, and each item without its marker
        List<Block> blocks = cleaned.blocks();
        assertEquals(
                List.of(Block.Kind.HEADING, Block.Kind.PARAGRAPH, Block.Kind.LIST_ITEM, Block.Kind.LIST_ITEM),
                blocks.stream().map(Block::kind).toList());
        assertEquals("CONCLUSIONS", blocks.get(0).textIn(cleaned.text()));
        assertEquals(
                "The participants agreed on the following points:",
                blocks.get(1).textIn(cleaned.text()));
        assertEquals("Strengthen the exchange of information;", blocks.get(2).textIn(cleaned.text()));
        assertEquals("1.", blocks.get(2).marker());
        assertEquals("Support voluntary return.", blocks.get(3).textIn(cleaned.text()));
        assertEquals("2.", blocks.get(3).marker());
    }

    @Test
    void shouldKeepAListItemWholeAcrossAPageBreak() {
        // given a numbered item whose wrapped line falls on the next page (blank lines of a page break between)
        String text = """
                CONCLUSIONS AND RECOMMENDATIONS OF THE CO-CHAIRS

                2. Promote voluntary return and sustainable reintegration programmes between Mali and Belgium
                with IOM (point 2);

                3. Establish consular cooperation for the protection of migrants in crisis situations between



                Belgium and Senegal with the African Union (point 3);

                4. Consolidate voluntary return and sustainable reintegration programmes between France and
                Nigeria with the European Union (point 4);
                """;
        // when
        String cleaned = clean(text);
        // then item 3 is one item, on one line, and item 4 still starts its own
        assertTrue(
                cleaned.contains("3. Establish consular cooperation for the protection of migrants in crisis "
                        + "situations between Belgium and Senegal with the African Union (point 3);"),
                cleaned);
        assertTrue(cleaned.contains("\n4. Consolidate voluntary return"), cleaned);
    }

    @Test
    void shouldKeepTheIndentedTextOfAnItemAfterItsLabel() {
        // given hard-wrapped bullets with a hanging indent, each a label ending in ":" and then its text
        String text = """
                The partners reported the following results of the regional programme
                during its second year of implementation in the three countries:

                - Training Labour Inspectors: The ministry trained two hundred labour
                  inspectors on the new recruitment rules in the border provinces.
                - Protecting Seasonal Workers:
                  The ministry opened a portal where seasonal workers find vetted
                  employers and the terms of their contracts before they travel.
                """;
        // when
        String cleaned = clean(text);
        // then the second item is one block, its label and its text on one line
        assertTrue(
                cleaned.contains("• Protecting Seasonal Workers: The ministry opened a portal where seasonal workers "
                        + "find vetted employers"),
                cleaned);
    }

    @Test
    void shouldJoinLowerCaseWordsBrokenByATypesettingHyphen() {
        // given "respon-" / "sibilities" and "mi-" / "gration" wrapped across lines
        // when
        String text = clean(WRAPPED);
        // then
        assertTrue(text.contains("the responsibilities of the countries"));
        assertTrue(text.contains("how the migration of workers"));
    }

    @Test
    void shouldKeepTheHyphenAfterAKnownPrefix() {
        // given "co-" / "operation" wrapped across lines, with no other spelling in the document
        // when
        String text = clean(WRAPPED);
        // then
        assertTrue(text.contains("supported by co-operation between"));
    }

    @Test
    void shouldFollowTheDocumentsOwnSpellingOfABrokenWord() {
        // given "co-" / "operation" broken, and "cooperation" spelt without hyphen elsewhere in the document
        String text = "Regional cooperation was the first subject of the meeting of senior officials today.\n"
                + "The delegates praised the co-\noperation between the services of the countries of origin.\n";
        // when
        String cleaned = clean(text);
        // then
        assertTrue(cleaned.contains("praised the cooperation between"));
    }

    @Test
    void shouldKeepTheHyphenWhenTheSecondPartIsCapitalised() {
        // given
        String text = "The countries of sub-\nSaharan Africa took part in the meeting.\n";
        // when
        String cleaned = clean(text);
        // then
        assertEquals("The countries of sub-Saharan Africa took part in the meeting.\n", cleaned);
    }

    @Test
    void shouldKeepTheHyphenOfAnAlreadyHyphenatedCompound() {
        // given
        String text = "Applications were examined on a case-by-\ncase basis by the commission.\n";
        // when
        String cleaned = clean(text);
        // then
        assertEquals("Applications were examined on a case-by-case basis by the commission.\n", cleaned);
    }

    @Test
    void shouldNormaliseQuotesSpacesLigaturesSoftHyphensAndDashes() {
        // given curly quotes, a no-break space, a ligature, a soft hyphen, an em dash and a thin space
        String text =
                "\u201CThe \uFB01rst\u00A0meet\u00ADing\u201D \u2014 the delegates\u2019 view" + "\u2009\u2009today.\n";
        // when
        String cleaned = clean(text);
        // then
        assertEquals("\"The first meeting\" – the delegates' view today.\n", cleaned);
    }

    @Test
    void shouldComposeDecomposedAccents() {
        // given "é" written as "e" and a combining acute accent
        String text = "Re\u0301union des ministres a\u0300 Paris.\n";
        // when
        String cleaned = clean(text);
        // then
        assertEquals("R\u00E9union des ministres \u00E0 Paris.\n", cleaned);
    }

    @Test
    void shouldDropLinesThatRecurOnEveryPageWithTheirPageNumbers() {
        // given a running header with a changing page number, on three pages
        String text = """
                Rabat Process Senior Officials Meeting 1
                The first page has a paragraph.
                Rabat Process Senior Officials Meeting 2
                The second page has another paragraph.
                Rabat Process Senior Officials Meeting 3
                The third page closes the report.
                """;
        // when
        String cleaned = clean(text);
        // then
        assertFalse(cleaned.contains("Rabat Process Senior Officials Meeting"));
        assertTrue(cleaned.contains("The first page has a paragraph."));
        assertTrue(cleaned.contains("The third page closes the report."));
    }

    @Test
    void shouldKeepNumberedLabelsOfRecommendationsThatRecurWithTheirNumbers() {
        // given three recommendations, each under its numbered label
        String text = """
                Recommendation 1

                Publish the results every year.

                Recommendation 2

                Meet twice a year.

                Recommendation 3

                Train the staff of the partners.
                """;
        // when
        String cleaned = clean(text);
        // then
        assertTrue(cleaned.contains("Recommendation 1"), cleaned);
        assertTrue(cleaned.contains("Recommendation 3"), cleaned);
    }

    @Test
    void shouldKeepALineThatAppearsOnlyTwice() {
        // given the same lead-in sentence used twice in a report
        String text = """
                Working group 2 came to the following conclusions:
                - Return must be voluntary;
                Working group 2 came to the following conclusions:
                - Diasporas must be consulted.
                """;
        // when
        String cleaned = clean(text);
        // then
        assertEquals("""
                Working group 2 came to the following conclusions:

                • Return must be voluntary;

                Working group 2 came to the following conclusions:

                • Diasporas must be consulted.
                """, cleaned);
    }

    @Test
    void shouldKeepNumbersAndLettersOfNumberedItems() {
        // given numbered and lettered items, one wrapped over two lines
        String text = """
                The ministers agreed to:
                1. strengthen the dialogue;
                2) support the diaspora and the countries of origin in the implementation of the joint
                action plan;
                a) share data;
                iv. report back.
                """;
        // when
        String cleaned = clean(text);
        // then
        assertEquals("""
                The ministers agreed to:

                1. strengthen the dialogue;
                2) support the diaspora and the countries of origin in the implementation of the joint action plan;
                a) share data;
                iv. report back.
                """, cleaned);
    }

    @Test
    void shouldTurnBulletGlyphsIntoOneBulletCharacter() {
        // given bullets from the Symbol font, Wingdings and a plain dash
        String text = "Topics:\n\uF0B7 return\n\uF0A7 asylum\n- border management\n* visas\n";
        // when
        String cleaned = clean(text);
        // then
        assertEquals("Topics:\n\n• return\n• asylum\n• border management\n• visas\n", cleaned);
    }

    @Test
    void shouldNotTakeAHyphenatedWordAtLineStartForABullet() {
        // given a wrapped line starting with a hyphenated word, not a "- " bullet
        String text = "The ministers discussed the situation in a very long sentence about the situation of\n"
                + "-based approaches and the way they could be applied in the countries of the region.\n";
        // when
        String cleaned = clean(text);
        // then
        assertEquals(1, cleaned.strip().lines().count());
    }

    @Test
    void shouldReturnEmptyTextForBlankInput() {
        // given only furniture and blank lines
        String text = "  \n\n 12 \n\n";
        // when
        CleanText cleaned = cleaner.clean(text);
        // then
        assertEquals(new CleanText("", List.of(), Optional.empty()), cleaned);
    }

    @Test
    void shouldKeepEachParagraphOfUnwrappedTextOnItsOwnLine() {
        // given text from a word processor: one long line per paragraph, no blank lines
        String first = "The meeting opened. ".repeat(12).strip();
        String second = "The meeting closed. ".repeat(12).strip();
        // when
        String cleaned = clean(first + "\n" + second + "\n");
        // then
        assertEquals(first + "\n\n" + second + "\n", cleaned);
    }

    @Test
    void shouldTurnMarkdownHeadingsIntoHeadingsWithoutHashes() {
        // given a Markdown title and section heading
        String text = "# Senior Officials Meeting\n\n## Session 1 ##\n\nThe meeting opened.\n";
        // when
        CleanText cleaned = cleaner.clean(text);
        // then
        assertEquals("Senior Officials Meeting\n\nSession 1\n\nThe meeting opened.\n", cleaned.text());
        assertEquals(Optional.of("Senior Officials Meeting"), cleaned.firstHeading());
    }

    @Test
    void shouldGiveMarkdownHeadingsTheLevelOfTheirHashes() {
        // given a Markdown title and a section heading
        CleanText cleaned = cleaner.clean("# Senior Officials Meeting\n\n## Session 1\n\nThe meeting opened.\n");
        // then
        assertEquals(
                List.of(1, 2, 0), cleaned.blocks().stream().map(Block::level).toList());
    }

    @Test
    void shouldPutEachBlockOnThePageOfItsFirstLineAndNestItemsByTheirMarkers() {
        // given two pages of a PDF as Tika gives them, a numbered item with lettered sub-items across the break
        String first = """

                CONCLUSIONS

                The co-chairs recommend the following:

                1. Strengthen the exchange of information between the countries of origin, transit and destination
                on the routes;
                a) Support the national statistics offices;

                """;
        String second = """

                b) Train the consular staff.

                2. Support voluntary return.
                """;
        // when
        CleanText cleaned = cleaner.clean(new PagedText(List.of(first, second), true));
        // then
        List<Block> blocks = cleaned.blocks();
        assertEquals(List.of(1, 1, 1, 1, 2, 2), blocks.stream().map(Block::page).toList());
        assertEquals(
                List.of(1, 0, 1, 2, 2, 1), blocks.stream().map(Block::level).toList());
        assertEquals("Train the consular staff.", blocks.get(4).textIn(cleaned.text()));
        assertEquals("b)", blocks.get(4).marker());
    }

    @Test
    void shouldGiveNoPagesToTextWithoutPages() {
        // given plain text
        CleanText cleaned = cleaner.clean("The meeting opened.\n");
        // then
        assertEquals(null, cleaned.blocks().getFirst().page());
    }
}
