package org.migrationdialogue.pipeline.ingest.clean;

import java.text.Normalizer;
import java.util.Map;

/**
 * Character-level normalisation, applied before any line logic.
 *
 * <p>Rules: NFC; curly single quotes and apostrophes become {@code '}, curly double quotes {@code "}
 * (guillemets are kept, they are not typographic variants of a straight quote); every kind of space,
 * including no-break spaces and tabs, becomes a plain space; ligatures are expanded; soft hyphens and
 * zero-width characters are removed; bullet glyphs (including the private-use glyphs of the Symbol and
 * Wingdings fonts) become {@code •}. Dashes: the hyphen-like characters (U+2010, U+2011, U+2212) become
 * {@code -}, and every dash used as punctuation (en dash, em dash, figure dash, horizontal bar) becomes
 * the en dash {@code –}, so "Day 1 – 26 June" keeps its dash and one character serves all dash punctuation.
 * Other control characters are removed; line ends become {@code \n}, a form feed is a line end.
 */
final class UnicodeNormaliser {

    private static final Map<Integer, String> REPLACEMENTS = Map.ofEntries(
            Map.entry(0x2018, "'"),
            Map.entry(0x2019, "'"),
            Map.entry(0x201A, "'"),
            Map.entry(0x201B, "'"),
            Map.entry(0x2032, "'"),
            Map.entry(0x201C, "\""),
            Map.entry(0x201D, "\""),
            Map.entry(0x201E, "\""),
            Map.entry(0x201F, "\""),
            Map.entry(0x2033, "\""),
            Map.entry(0x2010, "-"),
            Map.entry(0x2011, "-"),
            Map.entry(0x2212, "-"),
            Map.entry(0x2012, "–"),
            Map.entry(0x2014, "–"),
            Map.entry(0x2015, "–"),
            Map.entry(0xFB00, "ff"),
            Map.entry(0xFB01, "fi"),
            Map.entry(0xFB02, "fl"),
            Map.entry(0xFB03, "ffi"),
            Map.entry(0xFB04, "ffl"),
            Map.entry(0xFB05, "st"),
            Map.entry(0xFB06, "st"),
            Map.entry(0x2022, "•"),
            Map.entry(0x25CF, "•"),
            Map.entry(0x25AA, "•"),
            Map.entry(0x25A0, "•"),
            Map.entry(0x25E6, "•"),
            Map.entry(0x2023, "•"),
            Map.entry(0x2043, "•"),
            Map.entry(0x2219, "•"),
            Map.entry(0x25BA, "•"),
            Map.entry(0x27A2, "•"),
            Map.entry(0xF0B7, "•"),
            Map.entry(0xF0A7, "•"),
            Map.entry(0xF076, "•"),
            Map.entry(0xF0D8, "•"),
            Map.entry(0xF0FC, "•"),
            Map.entry((int) '\f', "\n"),
            Map.entry((int) '\t', " "));

    private UnicodeNormaliser() {}

    static String normalise(String raw) {
        String text = Normalizer.normalize(raw.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> out.append(replacement(codePoint)));
        return out.toString();
    }

    private static String replacement(int codePoint) {
        String mapped = REPLACEMENTS.get(codePoint);
        if (mapped != null) {
            return mapped;
        }
        if (codePoint == '\n') {
            return "\n";
        }
        if (Character.isSpaceChar(codePoint)) {
            return " ";
        }
        if (isInvisible(codePoint)) {
            return "";
        }
        return Character.toString(codePoint);
    }

    /** Soft hyphen, zero-width characters, byte-order marks, other controls and unmapped private-use glyphs. */
    private static boolean isInvisible(int codePoint) {
        int type = Character.getType(codePoint);
        return codePoint == 0x00AD
                || type == Character.FORMAT
                || type == Character.CONTROL
                || type == Character.PRIVATE_USE;
    }
}
