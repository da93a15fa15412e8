package org.migrationdialogue.pipeline.enrich.core.find;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the extent of a proper name in running text: capitalised words, joined by connectors ("of", "for", "and",
 * "de", "du", ...) or by commas when a capitalised word follows.
 */
final class NameSpanReader {

    /**
     * French, Spanish and Portuguese adjectives that follow a noun of a name in lower case ("Direction générale",
     * "Ministère des Affaires étrangères", "Caisse de Sécurité sociale"), folded.
     */
    static final Pattern ADJECTIVE = Pattern.compile("(?:(?:nationale?|generale?s?|regionale?s?|centrale?s?|"
            + "superieure?|permanente?|technique|interministeriel(?:le)?|economique|sociale?s?|publique|territoriale?|"
            + "autonome|internationale?|africaine?|europeenne?|exterieure?s?|etrangeres?|interieure?|civile?|"
            + "militaire|judiciaire|administrative?|consulaire|diplomatique|numerique|professionnelle?|"
            + "alimentaire|nacional(?:es)?|general|regional|federal|superior|exteriores|estrangeiros|"
            + "guatemalteco|mexicano|hondureno|salvadoreno|costarricense|senegalaise?|marocaine?|"
            // French adjectives by their ending ("Transition écologique", "Service universel"), and plurals
            + "[a-z]{2,}(?:ique|aire|elle|ienne|ionnel|iel|urel|ersel))s?)");

    /** Words that open a sentence or a noun phrase before a name, never part of it ("The Salvadoran Ministry"). */
    /**
     * "… of Uganda-Mr. Aziz Buwedewo": an honorific's abbreviation joined by a hyphen to the last word of a name
     * begins a person's name; the body's name ends before the hyphen.
     */
    private static final Pattern HYPHENED_HONORIFIC = Pattern.compile("-(?:Mr|Mrs|Ms|Dr|Mme|Mlle|Prof)\\.?$");

    private static final Pattern HONORIFIC = Pattern.compile("(?:Mr|Mrs|Ms|Dr|Mme|Mlle|Prof)\\.?");

    static final Set<String> DETERMINERS = Set.of(
            "The", "A", "An", "This", "That", "These", "Its", "Their", "Our", "Each", "Every", "Le", "La", "Les", "Un",
            "Une", "Ce", "Cette", "El", "Los", "Las", "O");

    private static final Set<String> PREPOSITIONS = Set.of(
            "of", "for", "in", "on", "to", "de", "du", "des", "à", "pour", "en", "sur", "aux", "chargé", "charge");
    /** What comes right before a portfolio's noun in a French list: "de", "du", "des", "de la", "de l'". */
    private static final Set<String> FRENCH_ARTICLES = Set.of("de", "du", "des", "la");

    private static final Set<String> AFTER_COMMA = Set.of("of", "for", "de", "du", "des", "aux");
    private static final Set<String> ARTICLES = Set.of("the", "le", "la", "les");
    private static final Set<String> CONNECTORS = Set.of(
            "of", "for", "and", "in", "on", "to", "de", "des", "du", "la", "le", "les", "et", "pour", "en", "aux", "à",
            "chargé", "charge");
    private static final int MAX_MODIFIERS = 2;

    /**
     * An article joins a name only after a preposition ("Ministry of the Interior", "Ministère de la Justice"), never
     * after "and" / "et", where a new name begins ("… du Maroc et le Ministère …").
     */
    private static boolean isConnector(String word, String previous) {
        return ARTICLES.contains(word) ? PREPOSITIONS.contains(previous) : CONNECTORS.contains(word);
    }

    /** End of the name that continues at {@code from} (which is the end of the name's first word). */
    int extendRight(String text, int from) {
        int confirmedEnd = from;
        int position = from;
        String previous = "";
        // after ", " or "et": a list of portfolios, whose nouns French writes in lower case
        boolean coordinated = false;
        while (true) {
            int wordStart = nextWordStart(text, position);
            if (wordStart < 0) {
                return confirmedEnd;
            }
            int wordEnd = wordEnd(text, wordStart);
            String word = text.substring(wordStart, wordEnd);
            boolean comma = text.charAt(position) == ',';
            if (isInitial(text, wordEnd)) {
                // "… of Mauritania and H.E. Mr …": an honorific's initial begins another name
                return confirmedEnd;
            }
            java.util.regex.Matcher honorific = HYPHENED_HONORIFIC.matcher(word);
            if (isCapitalised(word) && honorific.find()) {
                return wordStart + honorific.start();
            }
            if (HONORIFIC.matcher(word).matches()
                    || previous.equals("in") && isCapitalised(word) && !followedByOf(text, wordEnd)) {
                // "…, Mr. Girma …" begins a person's name; "… Affairs in Kampala" names the place, not the body
                // (but "Ministry in Charge of …" goes on)
                return confirmedEnd;
            }
            if (isCapitalised(word)) {
                confirmedEnd = wordEnd;
                coordinated = false;
            } else if (!comma
                    && confirmedEnd == position
                    && ADJECTIVE.matcher(fold(word)).matches()) {
                confirmedEnd = wordEnd;
            } else if (coordinated && FRENCH_ARTICLES.contains(previous) && isLowerCaseNoun(word)) {
                // a portfolio in a French list of them, in lower case: "…, du Plan et de la coopération"
                confirmedEnd = wordEnd;
                coordinated = false;
            } else if (comma ? !AFTER_COMMA.contains(word) : !isConnector(word, previous)) {
                // after a comma a name goes on only through a preposition: "Ministère de la Communication, des
                // Télécommunications et du Numérique", "Ministry of Trade, of Industry"
                return confirmedEnd;
            }
            coordinated |= comma || word.equals("et");
            previous = word;
            position = wordEnd;
        }
    }

    private static boolean followedByOf(String text, int wordEnd) {
        int next = nextWordStart(text, wordEnd);
        return next >= 0 && text.startsWith("of ", next);
    }

    /** A lower-case word that is no connector: "coopération", "l'économie". */
    private static boolean isLowerCaseNoun(String word) {
        String bare =
                word.length() > 2 && (word.charAt(1) == '\'' || word.charAt(1) == '\u2019') ? word.substring(2) : word;
        return bare.length() > 3
                && Character.isLowerCase(bare.charAt(0))
                && bare.chars().allMatch(Character::isLetter)
                && !CONNECTORS.contains(bare);
    }

    /** Start of the name when capitalised modifiers precede its head word at {@code start}. */
    int extendLeftOverModifiers(AnalysedText text, int start) {
        String original = text.text();
        int begin = start;
        for (int i = 0; i < MAX_MODIFIERS && begin > 1 && original.charAt(begin - 1) == ' '; i++) {
            int wordStart = wordStartBefore(original, begin - 1);
            String word = original.substring(wordStart, begin - 1);
            if (wordStart == begin - 1 || !isCapitalised(word) || DETERMINERS.contains(word)) {
                break;
            }
            begin = wordStart;
        }
        return begin;
    }

    /** A single capital letter followed by a full stop: an initial ("H.E.", "M. Diallo"), not a name's word. */
    private static boolean isInitial(String text, int wordEnd) {
        return wordEnd < text.length()
                && text.charAt(wordEnd) == '.'
                && wordEnd >= 1
                && Character.isUpperCase(text.charAt(wordEnd - 1))
                && (wordEnd == 1 || !isWordChar(text.charAt(wordEnd - 2)));
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
        return apostrophe > 0
                && apostrophe <= 2
                && apostrophe + 1 < word.length()
                && Character.isUpperCase(word.charAt(apostrophe + 1));
    }

    private static String fold(String word) {
        return java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT);
    }
}
