package org.migrationdialogue.pipeline.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.migrationdialogue.pipeline.common.events.Block;

/** The blocks of structured documents, from the structure as a parser reads it. */
class StructureBuilderTest {

    private final StructureBuilder builder = new StructureBuilder();
    private final TextCleaner cleaner = TextCleaner.withDefaultRules();

    /** Each block as "kind level marker page: text", for short assertions. */
    private List<String> blocks() {
        CleanText clean = cleaner.clean(builder.build());
        return clean.blocks().stream()
                .map(block -> block.kind().json() + " " + block.level()
                        + (block.marker() == null ? "" : " " + block.marker())
                        + (block.page() == null ? "" : " p" + block.page())
                        + ": " + block.textIn(clean.text()))
                .toList();
    }

    private void paragraph(String text) {
        builder.startParagraph();
        builder.text(text);
        builder.endParagraphOrHeading();
    }

    private void heading(int level, String text) {
        builder.startHeading(level);
        builder.text(text);
        builder.endParagraphOrHeading();
    }

    private void item(String text) {
        builder.startItem();
        builder.text(text);
        builder.endItem();
    }

    private void row(String... cells) {
        builder.startRow();
        for (String cell : cells) {
            builder.startCell();
            if (!cell.isEmpty()) {
                paragraph(cell);
            }
            builder.endCell();
        }
        builder.endRow();
    }

    @Test
    void shouldKeepHeadingLevelsAndParagraphs() {
        // given a title, a section heading and a paragraph whose text comes in pieces with new lines inside
        heading(1, "Senior Officials Meeting");
        heading(2, "Session 1");
        builder.startParagraph();
        builder.text("The participants\n  discussed ");
        builder.text("return.");
        builder.endParagraphOrHeading();
        // then
        assertEquals(
                List.of(
                        "heading 1: Senior Officials Meeting",
                        "heading 2: Session 1",
                        "paragraph 0: The participants discussed return."),
                blocks());
    }

    @Test
    void shouldGiveNestedListItemsTheirLevelAndMarker() {
        // given an ordered list whose second item holds a bulleted list, then a third item
        builder.startList(true);
        item("Strengthen cooperation;");
        builder.startItem();
        builder.text("Support return:");
        builder.startList(false);
        item("voluntary return;");
        item("reintegration.");
        builder.endList();
        builder.endItem();
        item("Protect migrants.");
        builder.endList();
        // then the sub-items come after their parent's text, one level deeper, with bullets
        assertEquals(
                List.of(
                        "list_item 1 1.: Strengthen cooperation;",
                        "list_item 1 2.: Support return:",
                        "list_item 2 •: voluntary return;",
                        "list_item 2 •: reintegration.",
                        "list_item 1 3.: Protect migrants."),
                blocks());
    }

    @Test
    void shouldKeepTheMarkerAnItemIsWrittenWith() {
        // given a list whose items carry their own letters, as some converters write them
        builder.startList(false);
        item("a) Open consular offices;");
        item("b) Train border staff.");
        builder.endList();
        // then
        assertEquals(
                List.of("list_item 1 a): Open consular offices;", "list_item 1 b): Train border staff."), blocks());
    }

    @Test
    void shouldMakeTheParagraphsOfAListItemItsText() {
        // given an OpenDocument-style item whose text is in a paragraph
        builder.startList(false);
        builder.startItem();
        paragraph("First item");
        paragraph("continued");
        builder.endItem();
        builder.endList();
        // then
        assertEquals(List.of("list_item 1 •: First item continued"), blocks());
    }

    @Test
    void shouldMakeNumberedParagraphsListItemsNestedByTheirMarkers() {
        // given Word's numbered paragraphs, as Tika gives them: the number is text, the nesting is not said
        paragraph("The co-chairs recommend:");
        paragraph("1. Strengthen the exchange of data;");
        paragraph("a) between Senegal and Mali;");
        paragraph("b) with ECOWAS;");
        paragraph("i. through its statistics unit.");
        paragraph("2. Support voluntary return.");
        // then
        assertEquals(
                List.of(
                        "paragraph 0: The co-chairs recommend:",
                        "list_item 1 1.: Strengthen the exchange of data;",
                        "list_item 2 a): between Senegal and Mali;",
                        "list_item 2 b): with ECOWAS;",
                        "list_item 3 i.: through its statistics unit.",
                        "list_item 1 2.: Support voluntary return."),
                blocks());
    }

    @Test
    void shouldGiveEachTableRowItsCellsApart() {
        // given a participants table with a header row, an empty cell and an empty row
        builder.startTable();
        row("Name", "Title", "Organisation", "Country");
        row("Ms. Aminata Diallo", "Director of Migration", "Ministry of Foreign Affairs", "Senegal");
        row("Mr. Jean Martin", "", "ICMPD", "");
        row("", "", "", "");
        builder.endTable();
        // then one row a line, cells apart, trailing empty cells dropped, the empty row gone
        CleanText clean = cleaner.clean(builder.build());
        assertEquals("""
                Name | Title | Organisation | Country
                Ms. Aminata Diallo | Director of Migration | Ministry of Foreign Affairs | Senegal
                Mr. Jean Martin | | ICMPD
                """, clean.text());
        assertEquals(
                List.of(Block.Kind.TABLE_ROW, Block.Kind.TABLE_ROW, Block.Kind.TABLE_ROW),
                clean.blocks().stream().map(Block::kind).toList());
    }

    @Test
    void shouldReadALayoutTableAsItsBlocks() {
        // given a table used for layout: one cell a row, a heading and paragraphs inside
        builder.startTable();
        builder.startRow();
        builder.startCell();
        heading(2, "Conclusions");
        paragraph("The meeting closed.");
        builder.endCell();
        builder.endRow();
        builder.endTable();
        // then
        assertEquals(List.of("heading 2: Conclusions", "paragraph 0: The meeting closed."), blocks());
    }

    @Test
    void shouldPutAParagraphNestedInAParagraphAfterIt() {
        // given a footnote anchored mid-sentence, as ODT and DOCX text boxes come
        builder.startParagraph();
        builder.text("This is a rather");
        paragraph("1 A footnote.");
        builder.text(" difficult test.");
        builder.endParagraphOrHeading();
        // then the sentence stays whole
        assertEquals(List.of("paragraph 0: This is a rather difficult test.", "paragraph 0: 1 A footnote."), blocks());
    }

    @Test
    void shouldMakeLooseTextParagraphsEndingAtLineBreaks() {
        // given text directly in divisions, with a line break, as EPUB and HTML give it
        builder.text("Plus a simple div,");
        builder.lineBreak();
        builder.text("and a span");
        builder.lineBreak();
        // then
        assertEquals(List.of("paragraph 0: Plus a simple div,", "paragraph 0: and a span"), blocks());
    }

    @Test
    void shouldPutEachBlockOnItsPageOrSlide() {
        // given two slides
        builder.startPage();
        heading(1, "Slide one");
        builder.startPage();
        paragraph("Second slide text");
        // then
        assertEquals(List.of("heading 1 p1: Slide one", "paragraph 0 p2: Second slide text"), blocks());
    }

    @Test
    void shouldDropParagraphsThatAreKnownFurniture() {
        // given a funder line and a page number as body paragraphs
        paragraph("Project funded by the European Union");
        paragraph("Page 3 of 12");
        paragraph("The meeting opened.");
        // then
        assertEquals(List.of("paragraph 0: The meeting opened."), blocks());
    }

    @Test
    void shouldCloseWhatADocumentLeavesOpen() {
        // given a list item and a table cell never closed
        builder.startList(true);
        builder.startItem();
        builder.text("Unclosed item");
        builder.startTable();
        builder.startCell();
        builder.text("A");
        builder.startCell();
        builder.text("B");
        // then everything read is there, in order
        assertEquals(List.of("list_item 1 1.: Unclosed item", "table_row 0: A | B"), blocks());
    }
}
