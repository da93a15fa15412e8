package org.migrationdialogue.pipeline.enrich.core.find;

import java.util.Set;

/**
 * Reads the extent of a proper name in running text: capitalised words, joined by connectors ("of", "for", "and",
 * "de", "du", ...) or by commas when a capitalised word follows.
 */
final class NameSpanReader {

    private static final String ARTICLE = "the";
    private static final Set<String> PREPOSITIONS = Set.of("of", "for", "in", "on", "to");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "in", "on", "to", "de", "des",
            "du", "la", "le", "les", "et", "pour", "en", "aux", "à", "chargé", "charge");
    private static final int MAX_MODIFIERS = 2;

    /** "the" joins a name only after a preposition ("Ministry of the Interior"), never after "and". */
    private static boolean isConnector(String word, String previous) {
        return ARTICLE.equals(word) ? PREPOSITIONS.contains(previous) : CONNECTORS.contains(word);
    }

    /** End of the name that continues at {@code from} (which is the end of the name's first word). */
    int extendRight(String text, int from) {
        int confirmedEnd = from;
        int position = from;
        String previous = "";
        while (true) {
            int wordStart = nextWordStart(text, position);
            if (wordStart < 0) {
                return confirmedEnd;
            }
            int wordEnd = wordEnd(text, wordStart);
            String word = text.substring(wordStart, wordEnd);
            boolean comma = text.charAt(position) == ',';
            if (isCapitalised(word)) {
                confirmedEnd = wordEnd;
            } else if (comma || !isConnector(word, previous)) {
                return confirmedEnd;
            }
            previous = word;
            position = wordEnd;
        }
    }

    /** Start of the name when capitalised modifiers precede its head word at {@code start}. */
    int extendLeftOverModifiers(AnalysedText text, int start) {
        String original = text.text();
        int begin = start;
        for (int i = 0; i < MAX_MODIFIERS && begin > 1 && original.charAt(begin - 1) == ' '; i++) {
            int wordStart = wordStartBefore(original, begin - 1);
            if (wordStart == begin - 1 || !isCapitalised(original.substring(wordStart, begin - 1))) {
                break;
            }
            begin = wordStart;
        }
        return begin;
    }

    /** Start of the word after a single space or ", " at {@code position}, or -1. */
    private static int nextWordStart(String text, int position) {
        int p = position;
        if (p < text.length() && text.charAt(p) == ',') {
            p++;
        }
        if (p + 1 >= text.length() || text.charAt(p) != ' ') {
            return -1;
        }
        return isWordChar(text.charAt(p + 1)) ? p + 1 : -1;
    }

    static int wordEnd(String text, int start) {
        int end = start;
        while (end < text.length() && isWordChar(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static int wordStartBefore(String text, int end) {
        int start = end;
        while (start > 0 && isWordChar(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '\u2019' || c == '-';
    }

    /** "Foreign", "N’Faly", "d’Ivoire" (an elided particle before a capital). */
    static boolean isCapitalised(String word) {
        if (word.isEmpty()) {
            return false;
        }
        if (Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        int apostrophe = Math.max(word.indexOf('\''), word.indexOf('\u2019'));
        return apostrophe > 0 && apostrophe <= 2 && apostrophe + 1 < word.length()
                && Character.isUpperCase(word.charAt(apostrophe + 1));
    }
}
