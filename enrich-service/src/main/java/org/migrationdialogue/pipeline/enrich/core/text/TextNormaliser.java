package org.migrationdialogue.pipeline.enrich.core.text;

import java.text.Normalizer;

/**
 * Folds text for matching: lower case, accents removed, apostrophes, quotes and dashes unified, odd spaces made plain.
 * <p>
 * Every character maps to exactly one character, so an offset in the folded text is the same offset in the
 * original text: the offset map back to the original is the identity.
 */
public final class TextNormaliser {

    private static final int TABLE_SIZE = 0x0250;
    private static final char ASCII = 128;

    private final char[] table;
    /** Per character below {@code TABLE_SIZE}: its scan-form character, the folded letter or digit, else a space. */
    private final char[] scanTable;

    public TextNormaliser() {
        this.table = new char[TABLE_SIZE];
        this.scanTable = new char[TABLE_SIZE];
        for (char c = 0; c < TABLE_SIZE; c++) {
            table[c] = foldLatin(c);
            scanTable[c] = scanCharacter(table[c]);
        }
    }

    /** The folded form of a text, of the same length. */
    public String fold(CharSequence text) {
        char[] folded = new char[text.length()];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = fold(text.charAt(i));
        }
        return new String(folded);
    }

    /**
     * The folded text, what the phrase automaton scans, and the number of words, in one pass. The scan form is a
     * space, then the folded text with every character that is not a letter or a digit made a space: a phrase
     * scanned in the same form with a leading space can then only match at the start of a word, and the automaton
     * reports no phrase found inside another word. Offset {@code i + 1} of the scan form is offset {@code i} of the
     * folded text.
     */
    public Folding foldForScan(String text) {
        char[] folded = text.toCharArray();
        char[] scanned = new char[folded.length + 1];
        scanned[0] = ' ';
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < folded.length; i++) {
            char c = folded[i];
            char scan;
            if (c < TABLE_SIZE) {
                folded[i] = table[c];
                scan = scanTable[c];
            } else {
                folded[i] = foldOther(c);
                scan = scanCharacter(folded[i]);
            }
            scanned[i + 1] = scan;
            boolean letter = scan != ' ';
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }
        return new Folding(new String(folded), new String(scanned), words);
    }

    /** A folded character in the scan form: itself when a letter or digit, else a space. */
    private static char scanCharacter(char folded) {
        boolean letter = folded < ASCII ? isAsciiLetterOrDigit(folded) : Character.isLetterOrDigit(folded);
        return letter ? folded : ' ';
    }

    /** A text folded for matching: see {@link #foldForScan}. */
    public record Folding(String folded, String scanForm, int words) {}

    /** A phrase in the automaton's scan form: folded, punctuation made spaces, trimmed, with one leading space. */
    public String phraseScanForm(String phrase) {
        return foldForScan(phrase).scanForm().stripTrailing();
    }

    /** The folded form of one character. */
    public char fold(char c) {
        return c < TABLE_SIZE ? table[c] : foldOther(c);
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
    }

    private static char foldLatin(char c) {
        String decomposed =
                Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        char base = decomposed.length() == 1 ? decomposed.charAt(0) : c;
        return switch (base) {
            case '`', '\u00b4' -> '\'';
            case '\u00ab', '\u00bb' -> '"';
            case '\u00a0', '\t' -> ' ';
            default -> Character.toLowerCase(base);
        };
    }

    private static char foldOther(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '\u02bc', '\u02bb' -> '\'';
            case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            case '\u2002', '\u2003', '\u2009', '\u200a', '\u202f', '\u2007' -> ' ';
            default -> Character.toLowerCase(c);
        };
    }
}
