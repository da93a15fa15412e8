package org.migrationdialogue.pipeline.enrich.core.match;

import java.util.Set;
import org.migrationdialogue.pipeline.enrich.core.knowledge.TermFlags;
import org.migrationdialogue.pipeline.enrich.core.text.Document;

/** Checks a candidate match against its term's flags on the original (unfolded) text. */
final class MatchFilter {

    private static final int MIN_CAPITALISED_WORD = 3;
    private static final Set<String> HONORIFICS = Set.of("Mr", "Mrs", "Ms", "Dr", "Prof", "M", "Mme", "Miss", "Sir");

    boolean accepts(Document document, int start, int end, int flags) {
        String text = document.text();
        if (TermFlags.has(flags, TermFlags.CAPITAL) && !isCapitalised(text, start, end)) {
            return false;
        }
        if (TermFlags.has(flags, TermFlags.ACRONYM) && !isAcronymInProse(text, start, end)) {
            return false;
        }
        return !TermFlags.has(flags, TermFlags.GIVEN_NAME) || !looksLikePersonName(text, start, end);
    }

    /** Every word of three letters or more starts with a capital ("La Réunion", not "La réunion"). */
    private static boolean isCapitalised(String text, int start, int end) {
        int wordStart = start;
        for (int i = start; i <= end; i++) {
            if (i == end || !Character.isLetter(text.charAt(i))) {
                if (i - wordStart >= MIN_CAPITALISED_WORD && !Character.isUpperCase(text.charAt(wordStart))) {
                    return false;
                }
                wordStart = i + 1;
            }
        }
        return Character.isUpperCase(text.charAt(start));
    }

    private static boolean isAcronymInProse(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        HeadingContext before = HeadingContext.before(text, start);
        HeadingContext after = HeadingContext.after(text, end);
        boolean inHeading = before != HeadingContext.PROSE
                && after != HeadingContext.PROSE
                && (before == HeadingContext.CAPITAL_WORD || after == HeadingContext.CAPITAL_WORD);
        return !inHeading;
    }

    private static boolean looksLikePersonName(String text, int start, int end) {
        String previous = previousWord(text, start);
        String next = nextWord(text, end);
        boolean afterHonorific = HONORIFICS.contains(previous);
        boolean beforeSurname = !next.isEmpty()
                && Character.isUpperCase(next.charAt(0))
                && end < text.length()
                && text.charAt(end) == ' ';
        return afterHonorific || beforeSurname;
    }

    /** What sits next to an acronym: a line edge, a capitalised word after a plain space, or anything else. */
    private enum HeadingContext {
        EDGE,
        CAPITAL_WORD,
        PROSE;

        static HeadingContext before(String text, int start) {
            if (start == 0 || text.charAt(start - 1) == '\n') {
                return EDGE;
            }
            return text.charAt(start - 1) == ' ' && isCapitalWord(previousWord(text, start)) ? CAPITAL_WORD : PROSE;
        }

        static HeadingContext after(String text, int end) {
            if (end == text.length() || text.charAt(end) == '\n') {
                return EDGE;
            }
            return text.charAt(end) == ' ' && isCapitalWord(nextWord(text, end)) ? CAPITAL_WORD : PROSE;
        }
    }

    private static boolean isCapitalWord(String word) {
        if (word.length() < 2) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isUpperCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static String previousWord(String text, int start) {
        int end = start;
        while (end > 0 && !Character.isLetter(text.charAt(end - 1))) {
            if (text.charAt(end - 1) == '\n' || start - end > 3) {
                return "";
            }
            end--;
        }
        int begin = end;
        while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
            begin--;
        }
        return text.substring(begin, end);
    }

    static String nextWord(String text, int end) {
        int begin = end;
        while (begin < text.length() && !Character.isLetter(text.charAt(begin))) {
            if (text.charAt(begin) == '\n' || begin - end > 3) {
                return "";
            }
            begin++;
        }
        int stop = begin;
        while (stop < text.length() && Character.isLetter(text.charAt(stop))) {
            stop++;
        }
        return text.substring(begin, stop);
    }
}
