package org.migrationdialogue.pipeline.enrich.core.find;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.migrationdialogue.pipeline.common.events.Block;
import org.migrationdialogue.pipeline.enrich.core.match.Layer;
import org.migrationdialogue.pipeline.enrich.core.match.Match;
import org.migrationdialogue.pipeline.enrich.core.match.TermKind;
import org.migrationdialogue.pipeline.enrich.core.text.Document;

/**
 * Named bodies that no registry knows, read from the shape of their name around an organisation head word
 * ({@code organisation-heads.txt}): capitalised words before it ("Guatemalan Migration Institute", "Wage and Hour
 * Division"), a capitalised complement after it ("Department of Homeland Security", "Office of the U.S. Trade
 * Representative"), or, in French and Spanish, the adjectives and complement that follow it ("Direction générale de
 * l'Administration territoriale", "Caisse de Sécurité sociale", "Instituto Guatemalteco de Migración"). A lone head
 * ("the Department"), a plural ("Child Protection Offices") and a generic pair ("Regional Office") are not names; nor
 * a name after an indefinite article ("opening a Migrant Resource Centre", a kind of body), nor one that goes on
 * before the words read ("… and Coastal Pollution Task Package Committee", a part of a name). A mission's name goes
 * on to its city ("Embassy in Kabul"); a capitalised article inside a sentence opens a name ("at La Aurora …").
 */
final class NamedBodyFinder {

    /** The id of a body no registry knows: this prefix, then its name's slug. */
    static final String ID_PREFIX = "org:";

    private static final int MAX_WORDS_BEFORE = 5;
    private static final int MAX_WORDS_AFTER = 12;
    private static final int MAX_NAME = 120;
    private static final Set<String> LEFT_CONNECTORS = Set.of("and", "of", "for", "&");
    /** "and" goes on in a name only before another capitalised word ("Wage and Hour", not "… and the AAP"). */
    private static final Set<String> AND = Set.of("and", "et", "y", "e");

    private static final Set<String> PREPOSITIONS_AFTER_AND = Set.of("of", "for", "de", "des", "du", "del");
    /** Connectors of French, Spanish and Portuguese names. */
    private static final Set<String> ROMANCE_CONNECTORS =
            Set.of("de", "des", "du", "et", "y", "e", "del", "da", "do", "dos", "das", "pour", "para", "aux");

    private static final Set<String> RIGHT_CONNECTORS = Set.of(
            "of", "for", "on", "and", "the", "de", "des", "du", "la", "le", "les", "et", "pour", "en", "aux", "a", "d",
            "l", "del", "y", "para", "e", "do", "da", "dos", "das");
    private static final Set<String> DETERMINERS = NameSpanReader.DETERMINERS;
    /** Capitalised words that only say what kind of office it is: "Regional Office" names no body. */
    private static final Set<String> GENERIC = Set.of(
            "regional",
            "national",
            "country",
            "head",
            "local",
            "central",
            "executive",
            "general",
            "joint",
            "international",
            "field",
            "main",
            "new",
            "federal",
            "public",
            "private",
            "technical",
            "permanent",
            "special",
            "global",
            "state",
            "sub-regional",
            "provincial",
            "district",
            "working",
            "steering",
            "news",
            "press",
            "thematic",
            "advisory",
            "coordination",
            "management",
            "support",
            "ad",
            "hoc");
    /** A name ending in one of these names a meeting, a text or a programme of the body, not the body. */
    private static final Set<String> NOT_A_BODY_TAIL = Set.of(
            "day",
            "days",
            "week",
            "journee",
            "journees",
            "meeting",
            "meetings",
            "conference",
            "summit",
            "session",
            "convention",
            "programme",
            "program",
            "project",
            "plan",
            "strategy",
            "initiative",
            "framework",
            "agenda",
            "declaration",
            "report",
            "act",
            "law",
            "decree",
            "resolution",
            "communique",
            "statement",
            "reunion",
            "conferencia",
            "programa",
            "proyecto",
            "projet",
            "strategie",
            "decret",
            "loi",
            "affairs");
    /** A person's title before a body's name ("Director of the Asylum Service"): the title is not part of it. */
    private static final Set<String> TITLES = Set.of(
            "Director",
            "Directors",
            "Commander",
            "Administrator",
            "Head",
            "Minister",
            "Secretary",
            "President",
            "Chief",
            "Chair",
            "Chairperson",
            "Deputy",
            "Commissioner",
            "Ambassador",
            "Coordinator",
            "Officer",
            "Adviser",
            "Advisor",
            "Representative",
            "Rapporteur",
            "Spokesperson",
            "Directeur",
            "Directrice",
            "Chef",
            "Président",
            "Présidente",
            "Ministre",
            "Secrétaire",
            "Conseiller",
            "Conseillère",
            "Coordonnateur",
            "Représentant",
            "Directora",
            "Jefe",
            "Presidente",
            "Secretario",
            "Ministro");

    /** Ranks that a person's name follows: "General Laura Richardson". */
    private static final Set<String> RANKS =
            Set.of("General", "Admiral", "Rear", "Lieutenant", "Brigadier", "Colonel", "Commander", "Captain");

    private static final Pattern ADJECTIVE = NameSpanReader.ADJECTIVE;
    /** The word after a name, over a possessive: "' Meeting", "’s Conference". */
    private static final Pattern NEXT_WORD = Pattern.compile("(?:['’]s?)?\\s+(\\p{L}+)");

    /** Ministries are {@link MinistryFinder}'s: they need a country, which a name's shape does not give. */
    private static final Set<String> MINISTRY_HEADS =
            Set.of("Ministry", "Ministère", "Ministerio", "Ministério", "Ministero", "Ministerium");

    /** Capitalised articles that open a name inside a sentence: "La Aurora", "El Paso", "Los Andes". */
    private static final Set<String> NAME_ARTICLES = Set.of("La", "El", "Los", "Las", "Le", "Les");
    /** An indefinite article before a name: "a Migrant Resource Centre" is a kind of body, none named. */
    private static final Set<String> INDEFINITE = Set.of("a", "an", "un", "une", "una", "um", "uma");

    /** A country's mission abroad: its name may end with the city it is in ("Embassy in Kabul"). */
    private static final Set<String> MISSION_HEADS =
            Set.of("Embassy", "Consulate", "Ambassade", "Consulat", "Embajada", "Consulado", "Embaixada");

    private static final Set<String> PLACE_CONNECTORS = Set.of("in", "à", "a", "en", "em");

    private final Set<String> heads;

    NamedBodyFinder(Set<String> heads) {
        this.heads = Set.copyOf(heads);
    }

    /**
     * The named bodies of a document that none of {@code known} (registry, ministry, defined acronym) covers,
     * outside the {@code excluded} spans (the entries of a list of acronyms).
     */
    List<OrganisationHit> find(AnalysedText text, List<OrganisationHit> known, List<int[]> excluded) {
        Document document = text.document();
        String original = text.text();
        BitSet countryStarts = new BitSet(original.length());
        for (Match match : text.matches().of(Layer.COUNTRY)) {
            if (match.kind() == TermKind.COUNTRY) {
                countryStarts.set(match.start());
            }
        }
        // what is taken, as sets of characters: a report of one long line has many hits and many words to test
        BitSet knownChars = covered(known, original.length());
        BitSet hitChars = new BitSet(original.length());
        List<OrganisationHit> hits = new ArrayList<>();
        for (Block block : document.blocks()) {
            List<int[]> words = words(original, block.start(), block.end());
            for (int i = 0; i < words.size(); i++) {
                String word = word(original, words.get(i));
                String head = headForm(stripElision(word));
                if (!heads.contains(head)
                        || isLowerCase(stripElision(word))
                        || MINISTRY_HEADS.contains(head)
                        || isLabel(original, words.get(i), block)) {
                    continue;
                }
                int[] span = nameAround(original, words, i, knownChars, countryStarts);
                if (span == null) {
                    continue;
                }
                // "Prague Process Migration Observatory": a registry body's name written right before it opens its name
                OrganisationHit parent = registryNameBefore(original, known, span[0]);
                int start = parent == null ? span[0] : afterLowerCaseArticle(original, parent.start(), span[0]);
                String name = original.substring(start, span[1]);
                if ((parent == null ? isName(original, words, span, i) : isNameAfterParent(original, span))
                        && !namesAMeeting(original, span[1])
                        && !overlaps(knownChars, span)
                        && !overlaps(hitChars, span)
                        && excluded.stream().noneMatch(range -> range[0] < span[1] && span[0] < range[1])
                        && !coveredByKnowledge(text, span)
                        && !isCountry(text, span)) {
                    hits.add(new OrganisationHit(start, span[1], idOf(name), null, name));
                    hitChars.set(span[0], span[1]);
                }
            }
        }
        return hits;
    }

    /**
     * "… Victoria Rietig Consulting:" (a front matter's "Consulting:" label joined to the line before it): a head word
     * that closes its block with a colon heads what follows, it ends no name.
     */
    private static boolean isLabel(String text, int[] word, Block block) {
        int at = skipSpaces(text, word[1], block.end());
        return at < block.end() && text.charAt(at) == ':' && skipSpaces(text, at + 1, block.end()) == block.end();
    }

    private static int skipSpaces(String text, int at, int end) {
        while (at < end && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    /** Whether the word is a person's title ("Director", "Ministre"): it opens a post's name, not a body's. */
    static boolean isTitle(String word) {
        return TITLES.contains(word);
    }

    static String idOf(String name) {
        String slug = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        return ID_PREFIX + slug;
    }

    /**
     * The form a head word is listed in: as written, or in title case when written in capitals ("MINISTERE DES
     * FINANCES" in a heading).
     */
    private static String headForm(String word) {
        boolean capitals =
                word.length() > 2 && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        if (!capitals) {
            return word;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        String title = Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        return title.replace("Ministere", "Ministère")
                .replace("Presidence", "Présidence")
                .replace("Assemblee", "Assemblée")
                .replace("Societe", "Société")
                .replace("Republique", "République");
    }

    /**
     * [start, end) of the name around the head word at index {@code head}, or null. A known organisation before
     * it ("UN" of "UN LGBTQI+ Core Group") is not taken in: it joins the name later, as a prefix. Before the head,
     * "and" joins words ("Trade and Development Bank"), not two bodies' names ("Acme Philanthropies and Acme
     * Foundation").
     */
    private int[] nameAround(String text, List<int[]> words, int head, BitSet known, BitSet countryStarts) {
        int first = head;
        // In a heading written in capitals every word looks capitalised: only the head and what follows it count.
        int wordsBefore = isAcronymLike(word(text, words.get(head))) ? 0 : MAX_WORDS_BEFORE;
        boolean stopped = false;
        for (int i = head - 1; i >= 0 && head - i <= wordsBefore; i--) {
            String word = word(text, words.get(i));
            stopped = true;
            if (!adjacent(text, words.get(i), words.get(i + 1)) || overlaps(known, words.get(i))) {
                break;
            }
            if (TITLES.contains(word)) {
                break;
            }
            if (isCapitalised(word) && !DETERMINERS.contains(word)) {
                first = i;
            } else if (NAME_ARTICLES.contains(word)
                    && first == i + 1
                    && i > 0
                    && isLowerCase(word(text, words.get(i - 1)))
                    && adjacent(text, words.get(i - 1), words.get(i))) {
                // "at La Aurora International Airport": a capitalised article inside a sentence opens the name
                first = i;
                break;
            } else if (!LEFT_CONNECTORS.contains(word)
                    || i == 0
                    || !isCapitalised(word(text, words.get(i - 1)))
                    || AND.contains(word) && joinsNames(word(text, words.get(i - 1)))) {
                break;
            }
            stopped = false;
        }
        int beyond = head - wordsBefore - 1;
        if (wordsBefore > 0 && !stopped && beyond >= 0 && first > beyond) {
            String before = word(text, words.get(beyond));
            if (adjacent(text, words.get(beyond), words.get(beyond + 1))
                    && isCapitalised(before)
                    && !DETERMINERS.contains(before)) {
                return null; // the name goes on beyond the words read: a part of it is no body's name
            }
        }
        if (first > 0
                && INDEFINITE.contains(word(text, words.get(first - 1)))
                && adjacent(text, words.get(first - 1), words.get(first))) {
            return null; // "opening a Multi-Purpose Processing Center": a kind of body, not a body's name
        }
        int last = head;
        // "Embassy in Kabul", "Ambassade du Sénégal à Riyad": a mission's name goes on to the city it is in
        boolean mission = MISSION_HEADS.contains(headForm(stripElision(word(text, words.get(head)))));
        int pendingConnectors = 0;
        int lowerCaseNouns = 0;
        boolean coordinated = false;
        for (int i = head + 1; i < words.size() && i - head <= MAX_WORDS_AFTER; i++) {
            if (!adjacent(text, words.get(i - 1), words.get(i))
                    && !commaBetweenCapitals(text, words, i, countryStarts)) {
                break;
            }
            if (overlaps(known, words.get(i))) {
                // after "and" a known organisation is another body ("Caisse … et de l'Institut … (IPRES)"); after
                // "of" the name is a part of it ("Présidence … du Processus de Rabat"), no body of its own
                if (!coordinated) {
                    return null;
                }
                break;
            }
            String word = word(text, words.get(i));
            String folded = fold(word);
            if (TITLES.contains(word) && i == head + 1
                    || RANKS.contains(word) && i + 1 < words.size() && isCapitalised(word(text, words.get(i + 1)))) {
                // "Reference Group Rapporteur", "Southern Command General Laura Richardson": a title right after the
                // name is a person's role in the body, a rank before a name the person's
                break;
            }
            if (isCapitalised(word) || isAcronymLike(word)) {
                last = i;
                pendingConnectors = 0;
                coordinated = false;
            } else if (ADJECTIVE.matcher(folded).matches() && pendingConnectors == 0) {
                last = i;
            } else if (AND.contains(folded)
                    && (i + 1 >= words.size()
                            || !goesOnAfterAnd(word(text, words.get(i + 1)))
                            || last == i - 1 && joinsNames(word(text, words.get(i - 1))))) {
                // "… and the AAP"; "Acme Philanthropies and Acme Foundation": two bodies' names
                break;
            } else if (isLowerCase(word)
                    && !RIGHT_CONNECTORS.contains(stripElision(folded))
                    && lowerCaseNouns == 0
                    && last == i - 1
                    && i > head + 1
                    && i + 1 < words.size()
                    && ROMANCE_CONNECTORS.contains(fold(word(text, words.get(i + 1))))) {
                // "Agence nationale de la Petite enfance et de la Case des Tout-Petits": one lower-case noun inside a
                // French, Spanish or Portuguese name, kept only if a capitalised word follows
                lowerCaseNouns++;
                pendingConnectors++;
            } else if (RIGHT_CONNECTORS.contains(stripElision(folded))
                    || mission && PLACE_CONNECTORS.contains(folded)
                    || folded.startsWith("l'")
                    || folded.startsWith("d'")) {
                pendingConnectors++;
                coordinated |= AND.contains(folded);
                if (folded.length() > 2
                        && (folded.startsWith("l'") || folded.startsWith("d'"))
                        && isCapitalised(word.substring(2))) {
                    last = i;
                    pendingConnectors = 0;
                }
            } else {
                break;
            }
        }
        int start = words.get(first)[0];
        int end = words.get(last)[1];
        String head0 = word(text, words.get(first));
        if (head0.length() > 2 && (head0.charAt(1) == '\'' || head0.charAt(1) == '’') && first == head) {
            start += 2;
        }
        return end - start > MAX_NAME ? null : new int[] {start, end};
    }

    /**
     * Whether the word before an "and" ends a name of its own: a head word ("Acme Philanthropies and …"). (Whether a
     * capitalised word is a common one, "Health and Social Development Division", a short report cannot tell.)
     */
    private boolean joinsNames(String before) {
        return heads.contains(headForm(before));
    }

    /**
     * "and" goes on in a name before another capitalised word ("Wage and Hour", not "… and the AAP") or before a
     * preposition ("… de Reforestation et de la Grande Muraille Verte", "… Investment and for Projects").
     */
    private static boolean goesOnAfterAnd(String next) {
        String folded = fold(next);
        return isCapitalised(next) && !isAcronymLike(next)
                || PREPOSITIONS_AFTER_AND.contains(folded)
                || folded.startsWith("d'");
    }

    /** Past a lower-case article that a registry name was written with ("the White House"), up to {@code limit}. */
    private static int afterLowerCaseArticle(String text, int start, int limit) {
        int space = text.indexOf(' ', start);
        boolean article = space > start
                && space < limit
                && text.substring(start, space).chars().allMatch(Character::isLowerCase);
        return article ? space + 1 : start;
    }

    /**
     * The registry body whose name, written in full, ends one space before {@code start} ("Bali Process" of "Bali
     * Process Steering Group"), or null; an acronym ("UN Core Group") joins the name later, as a prefix.
     */
    private static OrganisationHit registryNameBefore(String text, List<OrganisationHit> known, int start) {
        for (OrganisationHit hit : known) {
            String written = text.substring(hit.start(), hit.end());
            if (hit.end() + 1 == start
                    && text.charAt(hit.end()) == ' '
                    && !hit.id().contains(":")
                    && written.contains(" ")
                    && !written.equals(hit.acronym())) {
                return hit;
            }
        }
        return null;
    }

    /**
     * A body's name after its parent's ("Bali Process Steering Group"): the parent's name makes it specific, so
     * generic words with the head are enough ("Steering" too); still two words or more, not a plural head, no
     * meeting or text.
     */
    private boolean isNameAfterParent(String text, int[] span) {
        String[] parts = text.substring(span[0], span[1]).split("[\\s]+");
        String last = parts[parts.length - 1];
        return parts.length >= 2
                && !(last.endsWith("s") && heads.contains(last.substring(0, last.length() - 1)))
                && !NOT_A_BODY_TAIL.contains(fold(last))
                && !TITLES.contains(parts[0])
                && (!isGerund(parts[0]) || GENERIC.contains(parts[0].toLowerCase(Locale.ROOT)));
    }

    /** A real name: two words or more, not a plural head, not only generic words with the head. */
    private boolean isName(String text, List<int[]> words, int[] span, int head) {
        String name = text.substring(span[0], span[1]);
        String[] parts = name.split("[\\s]+");
        if (parts.length < 2) {
            return false;
        }
        String last = parts[parts.length - 1];
        if (last.endsWith("s") && heads.contains(last.substring(0, last.length() - 1))
                || NOT_A_BODY_TAIL.contains(fold(last))
                || TITLES.contains(parts[0])
                || isGerund(parts[0])) {
            return false;
        }
        long specific = 0;
        for (String part : parts) {
            String bare = stripElision(part);
            boolean content = isCapitalised(bare)
                    && !heads.contains(bare)
                    && !GENERIC.contains(bare.toLowerCase(Locale.ROOT))
                    && !DETERMINERS.contains(bare);
            specific += content || isAcronymLike(bare) ? 1 : 0;
        }
        return specific > 0;
    }

    /** Followed by "Meeting", "'s Conference" …: "Ad Hoc Group Senior Officials' Meeting" names a meeting. */
    private static boolean namesAMeeting(String text, int end) {
        Matcher next = NEXT_WORD.matcher(text).region(end, Math.min(text.length(), end + 40));
        return next.lookingAt() && NOT_A_BODY_TAIL.contains(fold(next.group(1)));
    }

    /** "Training Police", "Building Civil Society Capacity": an action's label, not a body. */
    private static boolean isGerund(String word) {
        return word.length() > 5 && word.endsWith("ing") && Character.isUpperCase(word.charAt(0));
    }

    private static boolean coveredByKnowledge(AnalysedText text, int[] span) {
        for (Match match : text.matches().within(Layer.ORGANISATION, span[0], span[1])) {
            if (match.kind() == TermKind.ORGANISATION_BLOCKER || match.start() <= span[0] && match.end() >= span[1]) {
                return true;
            }
        }
        return false;
    }

    /** "Russian Federation", "Union of the Comoros": a country's name, not a body's. */
    private static boolean isCountry(AnalysedText text, int[] span) {
        for (Match match : text.matches().within(Layer.COUNTRY, span[0], span[1])) {
            if (match.kind() == TermKind.COUNTRY && match.start() <= span[0] && match.end() >= span[1]) {
                return true;
            }
        }
        return false;
    }

    private static BitSet covered(List<OrganisationHit> hits, int length) {
        BitSet chars = new BitSet(length);
        hits.forEach(hit -> chars.set(hit.start(), hit.end()));
        return chars;
    }

    private static boolean overlaps(BitSet taken, int[] span) {
        int next = taken.nextSetBit(span[0]);
        return next >= 0 && next < span[1];
    }

    /** ", Cooperation and …" goes on in a name; ", Serbia, Slovakia" (a list of countries) does not. */
    private static boolean commaBetweenCapitals(String text, List<int[]> words, int i, BitSet countryStarts) {
        int gapStart = words.get(i - 1)[1];
        int gapEnd = words.get(i)[0];
        String next = word(text, words.get(i));
        return text.substring(gapStart, gapEnd).equals(", ")
                && isCapitalised(next)
                && !isAcronymLike(next)
                && i + 1 < words.size()
                && !countryStarts.get(words.get(i)[0]);
    }

    private static boolean adjacent(String text, int[] left, int[] right) {
        return right[0] - left[1] == 1 && text.charAt(left[1]) == ' ';
    }

    /** Words of [start, end): letters, digits, apostrophes, dots inside (U.S.), hyphens and "+". */
    private static List<int[]> words(String text, int start, int end) {
        List<int[]> words = new ArrayList<>();
        int i = start;
        while (i < end) {
            while (i < end && !isWordChar(text.charAt(i))) {
                i++;
            }
            int wordStart = i;
            while (i < end
                    && (isWordChar(text.charAt(i))
                            || text.charAt(i) == '.' && i + 1 < end && Character.isLetter(text.charAt(i + 1)))) {
                i++;
            }
            int wordEnd = i;
            while (wordEnd > wordStart
                    && (text.charAt(wordEnd - 1) == '\''
                            || text.charAt(wordEnd - 1) == '’'
                            || text.charAt(wordEnd - 1) == '-')) {
                wordEnd--;
            }
            if (wordEnd > wordStart) {
                if (wordEnd < end
                        && text.charAt(wordEnd) == '.'
                        && wordEnd - wordStart <= 3
                        && Character.isUpperCase(text.charAt(wordStart))) {
                    wordEnd++;
                    i++;
                }
                words.add(new int[] {wordStart, wordEnd});
            }
        }
        return words;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '’' || c == '-' || c == '+';
    }

    private static String word(String text, int[] word) {
        return text.substring(word[0], word[1]);
    }

    private static String stripElision(String word) {
        return word.length() > 2 && (word.charAt(1) == '\'' || word.charAt(1) == '’') ? word.substring(2) : word;
    }

    static boolean isCapitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    private static boolean isLowerCase(String word) {
        return !word.isEmpty() && Character.isLowerCase(word.codePointAt(0));
    }

    private static boolean isAcronymLike(String word) {
        return word.length() >= 2
                && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
                && word.chars().anyMatch(Character::isLetter);
    }

    private static String fold(String word) {
        return java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replace('’', '\'');
    }
}
