package org.migrationdialogue.pipeline.enrich.core.text;

/** How a list item's marker is written: items of one list share a style, a nested list has another. */
public enum ListStyle {
    NONE,
    /** "1.", "1)", "(1)", "1.2". */
    NUMBER,
    /** "a)", "a.", "(a)", "A.". */
    LETTER,
    /** "i.", "(iv)", "IV.". */
    ROMAN,
    /** "•", "▪", "*", "o" and other bullet glyphs. */
    BULLET,
    /** "-" or a dash. */
    DASH;

    public boolean isItem() {
        return this != NONE;
    }

    /** The style of a marker as ingest-service wrote it ({@code null} or blank: an item without marker). */
    public static ListStyle of(String marker) {
        String m = marker == null ? "" : marker.strip();
        if (m.isEmpty()) {
            return BULLET;
        }
        String core = m.replaceAll("^[(\\[]+|[.)\\]:]+$", "");
        if (core.isEmpty()) {
            return BULLET;
        }
        if (core.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
            return NUMBER;
        }
        if (core.matches("(?i)[ivxlc]{1,6}")
                && !core.matches("(?i)[lc]")
                && (core.length() > 1 || core.equalsIgnoreCase("i") && m.length() > 1)) {
            return ROMAN;
        }
        if (core.length() == 1 && Character.isLetter(core.charAt(0))) {
            return core.equals("o") && m.equals("o") ? BULLET : LETTER;
        }
        char first = m.charAt(0);
        return first == '-' || first == '–' || first == '—' || first == '‐' ? DASH : BULLET;
    }
}
