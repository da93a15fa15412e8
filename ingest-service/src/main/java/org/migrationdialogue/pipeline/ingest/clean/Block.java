package org.migrationdialogue.pipeline.ingest.clean;

/**
 * One unit of clean text: a heading, a paragraph, or a list item.
 *
 * @param marker for a list item the bullet or number it is written with, otherwise empty
 */
record Block(Kind kind, String marker, String text) {

    enum Kind { HEADING, PARAGRAPH, ITEM }

    String render() {
        return kind == Kind.ITEM ? marker + " " + text : text;
    }
}
