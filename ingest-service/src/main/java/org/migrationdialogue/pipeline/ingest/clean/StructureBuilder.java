package org.migrationdialogue.pipeline.ingest.clean;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.migrationdialogue.pipeline.common.events.Block;

/**
 * Builds the blocks of a document that has its own structure (DOCX, ODT, HTML, RTF, EPUB, DOC, PPT, XLS) from the
 * structure as a parser reads it: paragraphs, headings, lists and their items, tables, rows and cells, pages, in
 * document order. Pure: the Tika adapter turns the XHTML elements into these calls; nothing here knows SAX.
 *
 * <p>Rules, for documents as they are rather than as they should be:
 * <ul>
 *   <li>A heading has its level; a list item its nesting level (lists inside lists, counted within a table cell)
 *       and its marker: the one its text starts with ("1.", "a)", "•"), else a bullet in an unordered list and its
 *       number ("3.") in an ordered one.</li>
 *   <li>A paragraph or heading inside a list item is part of the item's text. A paragraph inside a paragraph (a
 *       footnote, a comment or a text box anchored mid-sentence) comes after it, so the sentence stays whole. A
 *       list or table inside a paragraph or item ends the text before it: the text after it is a paragraph.</li>
 *   <li>A table row is one block, its cells' texts apart by {@link Block#CELL_SEPARATOR} (a cell's paragraphs
 *       joined by a space, trailing empty cells dropped, empty rows dropped). A table used for layout rather than
 *       data (one holding another table or a heading, or with one cell a row at most) gives its cells' blocks
 *       instead.</li>
 *   <li>Text outside any block (in a cell, a division, the body) is a paragraph that ends at the next line break
 *       or element. Text is Unicode-normalised ({@link UnicodeNormaliser}) and its white space collapsed.</li>
 * </ul>
 * Unclosed elements are closed by what closes their container; an end without its start is ignored.
 */
public final class StructureBuilder {

    private static final Pattern WHITE_SPACE = Pattern.compile("[ \\n]+");

    private final Deque<Frame> frames = new ArrayDeque<>();
    private final Sink document = new Sink();
    private int pages;

    public StructureBuilder() {
        frames.push(document);
    }

    /** A paragraph-like block starts: a paragraph, preformatted text, an address, a definition. */
    public void startParagraph() {
        startText(DraftBlock.Kind.PARAGRAPH, 0);
    }

    /** A heading of level 1 (top) to 6 starts. */
    public void startHeading(int level) {
        startText(DraftBlock.Kind.HEADING, level);
    }

    /** The innermost paragraph or heading ends. */
    public void endParagraphOrHeading() {
        closeImplicit();
        for (Frame frame : frames) {
            if (frame instanceof Absorbed || frame instanceof TextFrame text && text.kind != DraftBlock.Kind.ITEM) {
                popThrough(frame);
                return;
            }
            if (!(frame instanceof TextFrame)) {
                return;
            }
        }
    }

    public void startList(boolean ordered) {
        closeImplicit();
        splitOpenText();
        frames.push(new ListFrame(ordered));
    }

    public void endList() {
        closeImplicit();
        popThroughNearest(ListFrame.class);
    }

    public void startItem() {
        closeImplicit();
        while (frames.peek() instanceof Absorbed) {
            pop();
        }
        if (frames.peek() instanceof TextFrame item && item.kind == DraftBlock.Kind.ITEM) {
            popThrough(item);
        }
        ListFrame list = frames.peek() instanceof ListFrame open ? open : null;
        int index = list == null ? 1 : ++list.items;
        String marker = list != null && list.ordered ? index + "." : LineShape.BULLET;
        frames.push(new TextFrame(DraftBlock.Kind.ITEM, Math.max(1, listDepth()), marker, page()));
    }

    public void endItem() {
        closeImplicit();
        for (Frame frame : frames) {
            if (frame instanceof TextFrame text && text.kind == DraftBlock.Kind.ITEM) {
                popThrough(frame);
                return;
            }
            if (!(frame instanceof TextFrame || frame instanceof Absorbed)) {
                return;
            }
        }
    }

    public void startTable() {
        closeImplicit();
        splitOpenText();
        frames.push(new TableFrame());
    }

    public void endTable() {
        closeImplicit();
        popThroughNearest(TableFrame.class);
    }

    public void startRow() {
        closeImplicit();
        if (frames.peek() instanceof Cell || frames.peek() instanceof Row) {
            endRow();
        }
        if (!(frames.peek() instanceof TableFrame)) {
            frames.push(new TableFrame());
        }
        frames.push(new Row(page()));
    }

    public void endRow() {
        closeImplicit();
        popThroughNearest(Row.class);
    }

    public void startCell() {
        closeImplicit();
        if (frames.peek() instanceof Cell) {
            endCell();
        }
        if (!(frames.peek() instanceof Row)) {
            startRow();
        }
        frames.push(new Cell());
    }

    public void endCell() {
        closeImplicit();
        popThroughNearest(Cell.class);
    }

    /** A new page (or slide) starts; blocks after it are on it. Before any, blocks have no page. */
    public void startPage() {
        closeImplicit();
        pages++;
    }

    /** A line break: a space inside a block; outside one, the end of the text before it. */
    public void lineBreak() {
        if (frames.peek() instanceof TextFrame text && text.implicit) {
            closeImplicit();
        } else {
            text(" ");
        }
    }

    public void text(String characters) {
        TextFrame target = textTarget();
        if (target == null) {
            if (characters.isBlank()) {
                return;
            }
            target = new TextFrame(DraftBlock.Kind.PARAGRAPH, 0, "", page());
            target.implicit = true;
            frames.push(target);
        }
        target.text.append(characters);
    }

    /** The blocks read so far, every open element closed. */
    public Structure build() {
        while (frames.size() > 1) {
            pop();
        }
        return new Structure(List.copyOf(document.blocks));
    }

    private void startText(DraftBlock.Kind kind, int level) {
        closeImplicit();
        Frame top = frames.peek();
        if (top instanceof Absorbed || top instanceof TextFrame item && item.kind == DraftBlock.Kind.ITEM) {
            text(" ");
            frames.push(new Absorbed());
            return;
        }
        frames.push(new TextFrame(kind, level, "", page()));
    }

    /** The open block that text goes to: the top one, or the item a paragraph inside it belongs to. */
    private TextFrame textTarget() {
        for (Frame frame : frames) {
            if (frame instanceof TextFrame text) {
                return text;
            }
            if (!(frame instanceof Absorbed)) {
                return null;
            }
        }
        return null;
    }

    /** The text of the open block so far becomes a block of its own: a list or table follows it. */
    private void splitOpenText() {
        TextFrame open = textTarget();
        if (open != null) {
            open.finish().ifPresent(this::deliver);
            open.text.setLength(0);
            open.split = true;
        }
    }

    private void closeImplicit() {
        if (frames.peek() instanceof TextFrame text && text.implicit) {
            pop();
        }
    }

    private void popThroughNearest(Class<? extends Frame> type) {
        for (Frame frame : frames) {
            if (type.isInstance(frame)) {
                popThrough(frame);
                return;
            }
        }
    }

    private void popThrough(Frame target) {
        while (frames.size() > 1) {
            if (pop() == target) {
                return;
            }
        }
    }

    private Frame pop() {
        Frame frame = frames.pop();
        switch (frame) {
            case TextFrame text -> {
                text.finish().ifPresent(this::deliver);
                text.deferred.forEach(this::deliver);
            }
            case Cell cell -> {
                if (frames.peek() instanceof Row row) {
                    row.cells.add(cell.blocks);
                }
            }
            case Row row -> {
                if (frames.peek() instanceof TableFrame table) {
                    table.rows.add(row);
                }
            }
            case TableFrame table -> finishTable(table);
            default -> {
                // lists and absorbed paragraphs leave nothing of their own
            }
        }
        return frame;
    }

    private void finishTable(TableFrame table) {
        boolean nested = frames.stream().anyMatch(Cell.class::isInstance);
        if (nested) {
            frames.stream()
                    .filter(TableFrame.class::isInstance)
                    .map(TableFrame.class::cast)
                    .findFirst()
                    .ifPresent(outer -> outer.layout = true);
        }
        boolean layout = table.layout
                || table.rows.stream().allMatch(row -> row.filledCells() <= 1)
                || table.rows.stream().anyMatch(Row::holdsHeading);
        for (Row row : table.rows) {
            if (layout) {
                row.cells.forEach(cell -> cell.forEach(this::deliver));
            } else {
                row.render().ifPresent(this::deliver);
            }
        }
    }

    /** Hands a finished block to where it belongs: after the paragraph it was nested in, or to its cell or body. */
    private void deliver(DraftBlock block) {
        Iterator<Frame> outward = frames.iterator();
        while (outward.hasNext()) {
            Frame frame = outward.next();
            if (frame instanceof TextFrame text && text.kind != DraftBlock.Kind.ITEM && !text.split) {
                text.deferred.add(block);
                return;
            }
            if (frame instanceof Sink sink) {
                sink.blocks.add(block);
                return;
            }
        }
    }

    private int listDepth() {
        int depth = 0;
        for (Frame frame : frames) {
            if (frame instanceof Cell) {
                break;
            }
            if (frame instanceof ListFrame) {
                depth++;
            }
        }
        return depth;
    }

    private Integer page() {
        return pages == 0 ? null : pages;
    }

    static String normalise(CharSequence raw) {
        return WHITE_SPACE
                .matcher(UnicodeNormaliser.normalise(raw.toString()))
                .replaceAll(" ")
                .strip();
    }

    /** The blocks of a structured document, for {@link TextCleaner#clean(Structure)}. */
    public static final class Structure {
        final List<DraftBlock> blocks;

        Structure(List<DraftBlock> blocks) {
            this.blocks = blocks;
        }
    }

    private sealed interface Frame permits Sink, TextFrame, Absorbed, ListFrame, TableFrame, Row {}

    /** Where finished blocks go: the document, or a table cell. */
    private static sealed class Sink implements Frame permits Cell {
        final List<DraftBlock> blocks = new ArrayList<>();
    }

    private static final class Cell extends Sink {}

    /** A paragraph, heading or list item being read. */
    private static final class TextFrame implements Frame {
        final DraftBlock.Kind kind;
        final int level;
        final String marker;
        final Integer page;
        final StringBuilder text = new StringBuilder();
        final List<DraftBlock> deferred = new ArrayList<>();
        boolean implicit;
        /** Part of the text already went out as a block (before a list or table): the rest is a paragraph. */
        boolean split;

        TextFrame(DraftBlock.Kind kind, int level, String marker, Integer page) {
            this.kind = kind;
            this.level = level;
            this.marker = marker;
            this.page = page;
        }

        Optional<DraftBlock> finish() {
            String clean = normalise(text);
            if (clean.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(
                    switch (split ? DraftBlock.Kind.PARAGRAPH : kind) {
                        case HEADING -> DraftBlock.heading(level, clean, page);
                        case ITEM -> item(clean);
                        default -> DraftBlock.paragraph(clean, page);
                    });
        }

        /** An item whose text starts with its own marker ("a)", "•") keeps that one. */
        private DraftBlock item(String clean) {
            LineShape shape = LineShape.of(clean);
            return shape.isListItem()
                    ? DraftBlock.item(level, shape.marker(), shape.body(), page)
                    : DraftBlock.item(level, marker, clean, page);
        }
    }

    /** A paragraph or heading inside a list item: its text is the item's. */
    private static final class Absorbed implements Frame {}

    private static final class ListFrame implements Frame {
        final boolean ordered;
        int items;

        ListFrame(boolean ordered) {
            this.ordered = ordered;
        }
    }

    private static final class TableFrame implements Frame {
        final List<Row> rows = new ArrayList<>();
        boolean layout;
    }

    private static final class Row implements Frame {
        final Integer page;
        final List<List<DraftBlock>> cells = new ArrayList<>();

        Row(Integer page) {
            this.page = page;
        }

        boolean holdsHeading() {
            return cells.stream().flatMap(List::stream).anyMatch(block -> block.kind() == DraftBlock.Kind.HEADING);
        }

        long filledCells() {
            return cells.stream().filter(cell -> !cell.isEmpty()).count();
        }

        Optional<DraftBlock> render() {
            List<String> texts =
                    new ArrayList<>(cells.stream().map(Row::cellText).toList());
            while (!texts.isEmpty() && texts.getLast().isEmpty()) {
                texts.removeLast();
            }
            if (texts.isEmpty()) {
                return Optional.empty();
            }
            String joined = WHITE_SPACE
                    .matcher(String.join(Block.CELL_SEPARATOR, texts))
                    .replaceAll(" ")
                    .strip();
            return Optional.of(DraftBlock.row(joined, page));
        }

        private static String cellText(List<DraftBlock> blocks) {
            return String.join(
                    " ",
                    blocks.stream().map(block -> block.prefix() + block.text()).toList());
        }
    }
}
