package org.migrationdialogue.pipeline.enrich.core.text;

/** How a block of text starts: as running text or as a list item of some style. */
public enum Marker {
    NONE,
    /** "1." or "1)". */
    NUMBER,
    /** "a)" or "a.". */
    LETTER,
    /** "•", "▪", "*" and other bullet glyphs. */
    BULLET,
    /** "-" or a dash. */
    DASH,
    /** A wrapped line indented by a lone space after a finished sentence: a bullet glyph lost in extraction. */
    SPACE;

    public boolean isItem() {
        return this != NONE;
    }
}
