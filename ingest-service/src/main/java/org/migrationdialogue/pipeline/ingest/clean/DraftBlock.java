package org.migrationdialogue.pipeline.ingest.clean;

/**
 * One unit of clean text while the cleaner builds it: a heading, a paragraph, or a list item; rendered into the
 * report's text and its contract {@link org.migrationdialogue.pipeline.common.events.Block} by {@link TextCleaner}.
 *
 * @param marker for a list item the bullet or number it is written with, otherwise empty
 */
record DraftBlock(Kind kind, String marker, String text) {

    enum Kind { HEADING, PARAGRAPH, ITEM }

    /** The text before the block's own text in the rendered report: the marker and a space for an item. */
    String prefix() {
        return kind == Kind.ITEM ? marker + " " : "";
    }
}
