package org.migrationdialogue.pipeline.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.migrationdialogue.pipeline.common.events.Block;
import org.migrationdialogue.pipeline.ingest.clean.Seeds;
import org.migrationdialogue.pipeline.ingest.extract.ExtractionResult.Extracted;

/** The layout extraction gives real files of each format: Tika's structure where the format has one, pages. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LayoutExtractionTest {

    private static final List<List<String>> PARTICIPANTS = List.of(
            List.of("Name", "Title", "Organisation", "Country"),
            List.of("Ms. Aminata Diallo", "Director of Migration", "Ministry of Foreign Affairs", "Senegal"),
            List.of("Mr. Youssef El Amrani", "Head of Unit", "Ministry of the Interior", "Morocco"),
            List.of("Mr. Jean Martin", "Programme Officer", "ICMPD", ""));
    private static final List<String> LEFT_COLUMN = List.of(
            "The delegations of the countries of origin", "and transit discussed the protection of",
            "migrants in crisis situations along the", "central Mediterranean route.");
    private static final List<String> RIGHT_COLUMN = List.of(
            "The co-chairs recalled that regional", "cooperation on return and reintegration",
            "remains the priority of the dialogue for", "the coming two years.");

    private ReportExtractor extractor;

    @BeforeAll
    void startExtractor(@TempDir Path spool) {
        extractor = new ReportExtractor(ExtractionSettings.defaults().withSpoolDirectory(spool));
    }

    @AfterAll
    void closeExtractor() {
        extractor.close();
    }

    private Extracted extract(String key, byte[] content) {
        ExtractionResult result = extractor.extract(new ObjectContent(
                key, "application/octet-stream", content.length, () -> new ByteArrayInputStream(content)));
        return assertInstanceOf(Extracted.class, result, result::toString);
    }

    /** Each block as "kind level marker page: text". */
    private static List<String> blocks(Extracted extracted) {
        return extracted.blocks().stream()
                .map(block -> block.kind().json() + " " + block.level()
                        + (block.marker() == null ? "" : " " + block.marker())
                        + (block.page() == null ? "" : " p" + block.page())
                        + ": " + block.textIn(extracted.cleanText()))
                .toList();
    }

    static List<PublicFixture> publicFixtures() {
        return PublicFixture.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publicFixtures")
    void shouldExtractAPhraseOfEachRealDocument(PublicFixture fixture) {
        // given a real document not written by us (.doc, .ppt, .xls, .rtf, .odt, .epub, a two-column PDF)
        // when
        Extracted extracted = extract("public/" + fixture.file(), fixture.content());
        // then its type is detected and the phrase comes out whole
        assertEquals(fixture.contentType(), extracted.metadata().get("content_type"));
        assertTrue(extracted.cleanText().contains(fixture.phrase()), extracted::cleanText);
        assertTrue(extracted.blocks().stream()
                .allMatch(block -> block.end() <= extracted.cleanText().length()));
    }

    @Test
    void shouldKeepEachRowOfAParticipantsTableWithItsCellsApart() throws IOException {
        // given a DOCX list of participants as a table
        Extracted extracted = extract("reports/participants.docx", FixtureFactory.participantsDocx(PARTICIPANTS));
        // then a heading, a paragraph and one row block per person, cells apart
        assertEquals(
                List.of(
                        "heading 1: List of participants",
                        "paragraph 0: The following delegations attended the meeting.",
                        "table_row 0: Name | Title | Organisation | Country",
                        "table_row 0: Ms. Aminata Diallo | Director of Migration | Ministry of Foreign Affairs | Senegal",
                        "table_row 0: Mr. Youssef El Amrani | Head of Unit | Ministry of the Interior | Morocco",
                        "table_row 0: Mr. Jean Martin | Programme Officer | ICMPD"),
                blocks(extracted));
        assertTrue(extracted.cleanText().contains("Name | Title | Organisation | Country\nMs. Aminata Diallo |"));
    }

    @Test
    void shouldReadAGeneratedTwoColumnPageColumnByColumn() throws IOException {
        // given a page with a title across it and two columns side by side, written as LaTeX and Word write them
        byte[] pdf = FixtureFactory.twoColumnPdf("Summary of debates", LEFT_COLUMN, RIGHT_COLUMN, true);
        // when
        String text = extract("reports/two-columns.pdf", pdf).cleanText();
        // then each column's sentence comes out whole, the left column first
        String left = String.join(" ", LEFT_COLUMN);
        String right = String.join(" ", RIGHT_COLUMN);
        assertTrue(text.contains(left) && text.contains(right), text);
        assertTrue(text.indexOf(left) < text.indexOf(right), text);
    }

    @Test
    void shouldReadARealTwoColumnArticleInReadingOrder() {
        // given an issue of LaTeX News, typeset in two columns
        PublicFixture article = PublicFixture.all().stream()
                .filter(fixture -> fixture.file().equals(PublicFixture.TWO_COLUMN_PDF))
                .findFirst()
                .orElseThrow();
        // when
        Extracted extracted = extract("public/" + article.file(), article.content());
        String text = extracted.cleanText();
        // then sentences wrapped within the left column, then the right column, come out whole and in order
        String endOfLeft =
                "While the math-mode commands worked correctly in section heads, they could cause problems in "
                        + "other places such as index entries.";
        String topOfRight = "Several of the packages in the tools bundle have been updated for this release.";
        assertTrue(text.contains(endOfLeft) && text.contains(topOfRight), text);
        assertTrue(text.indexOf(endOfLeft) < text.indexOf(topOfRight));
        assertEquals(2, extracted.blocks().getLast().page());
    }

    @Test
    void shouldNestWordsNumberedParagraphsByTheirMarkers() {
        // given the Argonne draft: numbered steps with lettered sub-steps, as Word paragraphs
        Extracted extracted = extract(
                "public/linac.doc",
                fixture("linac-beam-optics-govdocs-863534.doc").content());
        // then
        List<String> blocks = blocks(extracted);
        assertTrue(blocks.contains("heading 3: Lattice design strategy for the multi-GeV SC linac"), blocks::toString);
        assertTrue(blocks.contains("list_item 1 3.: Select frequency of the front end."), blocks::toString);
        assertTrue(blocks.contains("list_item 2 a): For RT front end it should be 1300:3=433 MHz"), blocks::toString);
        assertTrue(blocks.stream().anyMatch(block -> block.startsWith("list_item 1 4.: Select transition energy")));
    }

    @Test
    void shouldGiveTheHeadingsListsAndTablesOfAnOpenDocumentText() {
        // given an OpenOffice document with a heading, an annotation inside it, a numbered list and a table
        Extracted extracted =
                extract("public/ooo3.odt", fixture("tika-openoffice3.odt").content());
        // then
        List<String> blocks = blocks(extracted);
        assertTrue(
                blocks.containsAll(List.of(
                        "heading 1: Apache Tika Test Document",
                        "list_item 1 1.: First item",
                        "list_item 1 2.: Second item",
                        "table_row 0: Number | Name",
                        "table_row 0: 1 | one embedded")),
                blocks::toString);
    }

    @Test
    void shouldGiveTheHeadingLevelsAndListOfAnEpub() {
        // given the EPUB sample
        Extracted extracted =
                extract("public/sample.epub", fixture("tika-sample.epub").content());
        // then
        List<String> blocks = blocks(extracted);
        assertTrue(
                blocks.containsAll(List.of(
                        "heading 1: Chapter 2",
                        "heading 2: Subchapter 2.1",
                        "list_item 1 •: First item",
                        "table_row 0: Table header | Table data")),
                blocks::toString);
    }

    @Test
    void shouldGiveEachSpreadsheetRowAsATableRow() {
        // given the USDA workbook
        Extracted extracted = extract(
                "public/cabbage.xls",
                fixture("cabbage-exports-govdocs-515858.xls").content());
        // then
        assertTrue(blocks(extracted).contains("table_row 0: Austria | 88.83 | 10.08 | 6,694"));
    }

    @Test
    void shouldPutTheTextOfASlideOnItsPage() {
        // given the NREL slide
        Extracted extracted = extract(
                "public/slides.ppt",
                fixture("thin-film-budgets-govdocs-428996.ppt").content());
        // then
        assertEquals(1, extracted.blocks().getFirst().page());
    }

    @Test
    void shouldNestTheListsOfAnHtmlPage() {
        // given an HTML page with an ordered list holding a bulleted one
        String html = """
                <html><body><h1>Conclusions</h1><h2>Working group 1</h2>
                <ol><li>Strengthen cooperation;</li><li>Support return:<ul><li>voluntary return;</li>
                <li>reintegration.</li></ul></li><li>Protect migrants.</li></ol></body></html>
                """;
        // when
        Extracted extracted = extract("reports/conclusions.html", html.getBytes(StandardCharsets.UTF_8));
        // then
        assertEquals(
                List.of(
                        "heading 1: Conclusions",
                        "heading 2: Working group 1",
                        "list_item 1 1.: Strengthen cooperation;",
                        "list_item 1 2.: Support return:",
                        "list_item 2 •: voluntary return;",
                        "list_item 2 •: reintegration.",
                        "list_item 1 3.: Protect migrants."),
                blocks(extracted));
    }

    @Test
    void shouldPutEachBlockOfAPdfOnItsPage() throws IOException {
        // given the SOM seed as a multi-page PDF with a running header and page numbers
        SeedDocument som = SeedDocument.of(Seeds.SOM_RABAT_2014, GoodFixture.SOM_TITLE);
        // when
        Extracted extracted = extract("reports/som.pdf", FixtureFactory.pdf(som));
        // then blocks run from page 1 to the last page, in order, and no page number or header is a block
        List<Integer> pages = extracted.blocks().stream().map(Block::page).toList();
        assertTrue(pages.stream().allMatch(Objects::nonNull));
        assertEquals(1, pages.getFirst());
        assertEquals(FixtureFactory.pdfPages(som), pages.getLast());
        assertEquals(pages.stream().sorted().toList(), pages);
        assertTrue(blocks(extracted).stream().noneMatch(block -> block.contains(FixtureFactory.HEADER_LEFT)));
    }

    private static PublicFixture fixture(String file) {
        return PublicFixture.all().stream()
                .filter(fixture -> fixture.file().equals(file))
                .findFirst()
                .orElseThrow();
    }
}
