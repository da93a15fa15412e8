package org.migrationdialogue.pipeline.ingest.clean;

/**
 * One unit of clean text while the cleaner builds it: a heading, a paragraph, a list item or a table row; rendered
 * into the report's text and its contract {@link org.migrationdialogue.pipeline.common.events.Block} by
 * {@link TextCleaner}.
 *
 * @param level  a heading's level (1 = top), a list item's nesting level (1 = top, 0 while not yet known), else 0
 * @param marker for a list item the bullet or number it is written with, otherwise empty
 * @param text   the block's text, normalised, on one line; for a table row its cells apart by
 *               {@link org.migrationdialogue.pipeline.common.events.Block#CELL_SEPARATOR}
 * @param page   the page the block starts on (1-based), null where the format has no pages
 */
record DraftBlock(Kind kind, int level, String marker, String text, Integer page) {

    enum Kind {
        HEADING,
        PARAGRAPH,
        ITEM,
        ROW
    }

    static DraftBlock heading(int level, String text, Integer page) {
        return new DraftBlock(Kind.HEADING, level, "", text, page);
    }

    static DraftBlock paragraph(String text, Integer page) {
        return new DraftBlock(Kind.PARAGRAPH, 0, "", text, page);
    }

    static DraftBlock item(int level, String marker, String text, Integer page) {
        return new DraftBlock(Kind.ITEM, level, marker, text, page);
    }

    static DraftBlock row(String text, Integer page) {
        return new DraftBlock(Kind.ROW, 0, "", text, page);
    }

    /** The text before the block's own text in the rendered report: the marker and a space for an item. */
    String prefix() {
        return kind == Kind.ITEM ? marker + " " : "";
    }

    DraftBlock withText(String newText) {
        return new DraftBlock(kind, level, marker, newText, page);
    }

    DraftBlock withLevel(int newLevel) {
        return new DraftBlock(kind, newLevel, marker, text, page);
    }
}
