package org.migrationdialogue.pipeline.ingest.clean;

/**
 * One non-blank line of extracted text, with the layout hints the cleaner needs.
 *
 * @param text      the line, stripped, runs of spaces collapsed
 * @param indented  the line started with whitespace (where a bullet glyph was lost, or a new paragraph)
 * @param wideGap   the line had a wide run of spaces inside it (two-column header/footer layout)
 * @param gapBefore how many blank lines preceded it
 * @param page      the page the line is on (1-based), null where the text has no pages
 */
record SourceLine(String text, boolean indented, boolean wideGap, int gapBefore, Integer page) {

    SourceLine withGapBefore(int gap) {
        return new SourceLine(text, indented, wideGap, gap, page);
    }
}
