package org.migrationdialogue.pipeline.enrich.core.find;

import java.util.Set;

/** Reads a person's name after an honorific: up to five capitalised words, with particles such as "de" or "El". */
final class PersonNameReader {

    private static final int MAX_WORDS = 5;
    private static final Set<String> PARTICLES = Set.of(
            "de", "del", "della", "van", "von", "da", "di", "du", "dos", "das", "le", "la", "bin", "ben", "al", "el",
            "ould", "ag");
    private static final Set<String> NOT_NAMES = Set.of("The", "This", "These", "His", "Her", "Le", "La", "Les");
    private static final int MIN_NAME = 3;
    /** Titles that an honorific may introduce instead of a name ("M. le Président", "Madame la Ministre"). */
    private static final Set<String> TITLES = Set.of(
            "Président",
            "Présidente",
            "President",
            "Ministre",
            "Minister",
            "Conseiller",
            "Conseillère",
            "Délégué",
            "Déléguée",
            "Directeur",
            "Directrice",
            "Secrétaire",
            "Secretary",
            "Chair",
            "Chairman",
            "Chairperson",
            "Commissaire",
            "Commissioner",
            "Ambassadeur",
            "Ambassador",
            "Gouverneur",
            "Governor",
            "Préfet",
            "Maire",
            "Mayor",
            "Représentant",
            "Representative",
            "Coordonnateur",
            "Coordinator",
            "Senior",
            "Deputy",
            "Chief",
            "Director",
            "Officer");

    /**
     * Start of the name after an honorific: past a particle opening a longer name ("M. de Mamadou Diop" reads
     * "Mamadou Diop"; "M. de Villepin" stays whole), or {@code start}.
     */
    int nameStart(String text, int start) {
        int wordEnd = NameSpanReader.wordEnd(text, start);
        String first = text.substring(start, wordEnd);
        if (!PARTICLES.contains(first) || wordEnd + 1 >= text.length() || text.charAt(wordEnd) != ' ') {
            return start;
        }
        int second = wordEnd + 1;
        int secondEnd = NameSpanReader.wordEnd(text, second);
        boolean longer = secondEnd + 1 < text.length()
                && text.charAt(secondEnd) == ' '
                && Character.isUpperCase(text.charAt(secondEnd + 1));
        return longer ? second : start;
    }

    /** Whether a name read after an honorific is a name: not a title ("le Président"), not a lone particle. */
    static boolean isName(String name) {
        String[] words = name.split(" ");
        String last = words[words.length - 1];
        return name.length() >= MIN_NAME && !TITLES.contains(last) && !PARTICLES.contains(words[0].toLowerCase())
                || words.length > 1 && !TITLES.contains(last) && Character.isUpperCase(words[0].charAt(0));
    }

    /** End offset of the name starting at {@code start}, or {@code start} when there is none. */
    int nameEnd(String text, int start) {
        int end = start;
        int position = start;
        for (int words = 0; words < MAX_WORDS && position < text.length(); words++) {
            int wordEnd = NameSpanReader.wordEnd(text, position);
            String word = text.substring(position, wordEnd);
            int initialsEnd = initialsEnd(text, position);
            if (initialsEnd > position) {
                // "Mr. G.S. Withanage", "Dr. A. B. Mensah": initials go on to the surname after them
                if (initialsEnd + 1 >= text.length()
                        || text.charAt(initialsEnd) != ' '
                        || NOT_NAMES.contains(
                                text.substring(initialsEnd + 1, NameSpanReader.wordEnd(text, initialsEnd + 1)))) {
                    break;
                }
                position = initialsEnd + 1;
                continue;
            }
            if (wordEnd == position || !acceptable(text, word, wordEnd, words)) {
                break;
            }
            // A title after the name ("Mr Jean Dupont Ambassadeur du Maroc") is his post, not his name.
            if (words > 0 && TITLES.contains(word)) {
                break;
            }
            // A post joined by a dash ends the name: "Dr Jane Doe-Senior Programme Officer" names Jane Doe.
            int hyphen = word.indexOf('-');
            if (hyphen > 0 && TITLES.contains(word.substring(hyphen + 1).split("-")[0])) {
                end = position + hyphen;
                break;
            }
            // A possessive ends the name: "Dr. Jane Doe's Visit" names Jane Doe.
            if (isPossessive(word)) {
                end = wordEnd - 2;
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

    /** End of the initials at {@code start} ("G.S.", "A."): capitals each followed by a full stop; or {@code start}. */
    private static int initialsEnd(String text, int start) {
        int at = start;
        while (at + 1 < text.length() && Character.isUpperCase(text.charAt(at)) && text.charAt(at + 1) == '.') {
            at += 2;
        }
        return at;
    }

    static boolean isPossessive(String word) {
        return word.length() > 2 && (word.endsWith("'s") || word.endsWith("\u2019s"));
    }

    private static boolean acceptable(String text, String word, int wordEnd, int index) {
        if (index == 0 && NOT_NAMES.contains(word)) {
            return false;
        }
        if (NameSpanReader.isCapitalised(word)) {
            return true;
        }
        boolean followedByCapital = wordEnd + 1 < text.length()
                && text.charAt(wordEnd) == ' '
                && Character.isUpperCase(text.charAt(wordEnd + 1));
        return PARTICLES.contains(word) && followedByCapital;
    }
}
