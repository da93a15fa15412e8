package org.migrationdialogue.pipeline.enrich.core.find;

import java.util.Set;

/** Reads a person's name after an honorific: up to five capitalised words, with particles such as "de" or "El". */
final class PersonNameReader {

    private static final int MAX_WORDS = 5;
    private static final Set<String> PARTICLES = Set.of("de", "del", "della", "van", "von", "da", "di", "du", "dos",
            "das", "le", "la", "bin", "ben", "al", "el", "ould", "ag");
    private static final Set<String> NOT_NAMES = Set.of("The", "This", "These", "His", "Her", "Le", "La", "Les");

    /** End offset of the name starting at {@code start}, or {@code start} when there is none. */
    int nameEnd(String text, int start) {
        int end = start;
        int position = start;
        for (int words = 0; words < MAX_WORDS && position < text.length(); words++) {
            int wordEnd = NameSpanReader.wordEnd(text, position);
            String word = text.substring(position, wordEnd);
            if (wordEnd == position || !acceptable(text, word, wordEnd, words)) {
                break;
            }
            if (NameSpanReader.isCapitalised(word)) {
                end = wordEnd;
            }
            if (wordEnd + 1 >= text.length() || text.charAt(wordEnd) != ' ') {
                break;
            }
            position = wordEnd + 1;
        }
        return end;
    }

    private static boolean acceptable(String text, String word, int wordEnd, int index) {
        if (index == 0 && NOT_NAMES.contains(word)) {
            return false;
        }
        if (NameSpanReader.isCapitalised(word)) {
            return true;
        }
        boolean followedByCapital = wordEnd + 1 < text.length() && text.charAt(wordEnd) == ' '
                && Character.isUpperCase(text.charAt(wordEnd + 1));
        return PARTICLES.contains(word) && followedByCapital;
    }
}
