package org.migrationdialogue.pipeline.enrich.core.find;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.migrationdialogue.pipeline.enrich.core.knowledge.TermSpec;
import org.migrationdialogue.pipeline.enrich.core.match.Layer;
import org.migrationdialogue.pipeline.enrich.core.match.Match;
import org.migrationdialogue.pipeline.enrich.core.match.TermKind;
import org.migrationdialogue.pipeline.enrich.core.ner.EntitySpan;
import org.migrationdialogue.pipeline.enrich.core.ner.EntityType;

/**
 * The people among a statistical model's names, cleaned: titles and honorifics before the name are dropped (and
 * the honorific kept apart: "President", "Monsieur"), a name the knowledge base gives to an organisation, a
 * country or a city is no person, and a single word is a person only after a title ("President Biden"). The
 * French model reads "Monsieur Bara DIOUF" as a miscellaneous name: one that opens with an honorific is a person.
 */
final class StatisticalPeople {

    private static final int MIN_SINGLE_NAME = 3;
    private static final java.util.regex.Pattern TITLE_CASE =
            java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?");
    private static final java.util.regex.Pattern CAPITALS =
            java.util.regex.Pattern.compile("\\p{Lu}{2,}(?:-\\p{Lu}{2,})?");
    private static final int AREA_LOOK_BACK = 40;
    /** The word for an area, then "de", "du", "of" or "d'" (and an article), ending right where the name starts. */
    private static final java.util.regex.Pattern AREA_BEFORE =
            java.util.regex.Pattern.compile("(\\p{L}+)\\s+(?:(?:de|du|of)\\s+(?:la\\s+|l['’]|the\\s+)?|d['’])$");
    /** How far after a first name alone "she" or "he" may take it up. */
    private static final int PRONOUN_WINDOW = 300;
    /** A verb right after the name: a lower-case word ending in "-ed" or "-s" ("migrated", "runs"). */
    private static final java.util.regex.Pattern VERB_AFTER = java.util.regex.Pattern.compile(" \\p{Ll}+(?:ed|s)\\b");

    private static final java.util.regex.Pattern PERSONAL_PRONOUN =
            java.util.regex.Pattern.compile("\\b(?:[Ss]he|[Hh]e)\\b");
    /** One capitalised word, "de", "du", "d'" or "of" (and an article), then the rest: "Evêque de Thiès". */
    private static final java.util.regex.Pattern POST_OF_A_PLACE = java.util.regex.Pattern.compile(
            "\\p{Lu}\\p{Ll}+\\s+(?:(?:de|du|of)\\s+(?:la\\s+|l['’]|the\\s+)?|d['’])(\\p{Lu}.*)");
    /** Words of titles written before a name ({@code name-titles.tsv}): every kind. */
    private final Set<String> titles;
    /** Words that open a title ("Secretary of State", "Prime Minister") and are the person's honorific. */
    private final Set<String> honorifics;
    /** Words for an administrative area ("Département", "District"): a name after "<area> de" is a place's. */
    private final Set<String> areas;

    private static final String AREA = "area";

    /** @param nameTitles the rows of {@code name-titles.tsv}: kind ("honorific" or "title") and word */
    StatisticalPeople(List<TermSpec> nameTitles) {
        this.titles = nameTitles.stream()
                .filter(row -> !row.key().equals(AREA))
                .map(TermSpec::phrase)
                .collect(Collectors.toUnmodifiableSet());
        this.areas = nameTitles.stream()
                .filter(row -> row.key().equals(AREA))
                .map(TermSpec::phrase)
                .collect(Collectors.toUnmodifiableSet());
        this.honorifics = nameTitles.stream()
                .filter(row -> row.key().equals("honorific"))
                .map(TermSpec::phrase)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** A person the model names: the cleaned name, its honorific or title if any, and where the name ends. */
    record Named(String name, String honorific, int end) {}

    List<Named> people(AnalysedText text, OrganisationFindings organisations, List<EntitySpan> names) {
        List<Named> people = new ArrayList<>();
        for (EntitySpan span : names) {
            String written = span.textIn(text.text());
            boolean person = span.type() == EntityType.PERSON
                    || opensWithHonorific(written)
                    || span.type() == EntityType.MISC && hasASurnameInCapitals(written)
                    || span.type() == EntityType.ORGANIZATION
                            && hasASurnameInCapitals(written)
                            && titleWordBefore(text.text(), span.start());
            if (!person
                    || namedByKnowledge(text, organisations, span)
                    || namesAPost(text, span)
                    || afterAnArea(text.text(), span.start())) {
                continue;
            }
            Named named = cleaned(text.text(), span);
            if (named != null) {
                people.add(named);
            }
        }
        return people;
    }

    /**
     * Whether the name opens with title words holding an honorific ("Monsieur …", "Premier Ministre …"): the French
     * model tags such a name MISC, or even LOCATION.
     */
    private boolean opensWithHonorific(String name) {
        for (String word : name.strip().split("\\s+")) {
            String bare = word.toLowerCase(Locale.ROOT).replace(".", "");
            if (honorifics.contains(bare)) {
                return true;
            }
            if (!titles.contains(bare)) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Mamadou Diagne SY MBENGUE": given names, then a surname in capitals (as French official texts write names),
     * which the French model tags MISC.
     */
    private boolean hasASurnameInCapitals(String name) {
        String[] words = name.strip().split("\\s+");
        if (words.length < 2 || !TITLE_CASE.matcher(words[0]).matches() || titles.contains(key(words[0]))) {
            return false;
        }
        boolean capitals = false;
        for (String word : words) {
            if (CAPITALS.matcher(word).matches()) {
                capitals = true;
            } else if (capitals || !TITLE_CASE.matcher(word).matches()) {
                return false;
            }
        }
        return capitals;
    }

    /** "le journaliste Ayoba FAYE": a title's word right before the name (the model may call such a name a body's). */
    private boolean titleWordBefore(String text, int start) {
        int end = start;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int begin = end;
        while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
            begin--;
        }
        return begin < end && titles.contains(key(text.substring(begin, end)));
    }

    /** "Préfet du Département de Malem Hodar": a name right after a word for an area and "de" is the area's. */
    private boolean afterAnArea(String text, int start) {
        java.util.regex.Matcher before =
                AREA_BEFORE.matcher(text.substring(Math.max(0, start - AREA_LOOK_BACK), start));
        return before.find() && areas.contains(key(before.group(1)));
    }

    /**
     * "Evêque de Thiès", "Governor of Kano": one word, then "de" or "of", then a place the knowledge base knows names
     * a post by its seat, not a person.
     */
    private static boolean namesAPost(AnalysedText text, EntitySpan span) {
        String name = span.textIn(text.text());
        java.util.regex.Matcher post = POST_OF_A_PLACE.matcher(name);
        if (!post.matches()) {
            return false;
        }
        int placeStart = span.start() + post.start(1);
        for (Match match : text.matches().within(Layer.COUNTRY, placeStart, span.end())) {
            if (match.kind() == TermKind.COUNTRY && match.start() == placeStart && match.end() >= span.end()) {
                return true;
            }
        }
        for (Match match : text.matches().within(Layer.SIGNAL, placeStart, span.end())) {
            if (match.kind() == TermKind.CITY && match.start() == placeStart && match.end() >= span.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean namedByKnowledge(AnalysedText text, OrganisationFindings organisations, EntitySpan span) {
        for (OrganisationHit hit : organisations.hits()) {
            if (hit.start() < span.end() && span.start() < hit.end()) {
                return true;
            }
        }
        for (Match match : text.matches().within(Layer.COUNTRY, span.start(), span.end())) {
            if (match.kind() == TermKind.COUNTRY && match.start() <= span.start() && match.end() >= span.end()) {
                return true;
            }
        }
        for (Match match : text.matches().within(Layer.SIGNAL, span.start(), span.end())) {
            if (match.kind() == TermKind.CITY && match.start() <= span.start() && match.end() >= span.end()) {
                return true;
            }
        }
        return false;
    }

    /** The name without its leading titles; null when what is left is no name. */
    private Named cleaned(String text, EntitySpan span) {
        int end = wholeWordEnd(text, span.end());
        String raw = text.substring(span.start(), end).strip();
        List<String> words = new ArrayList<>(Arrays.asList(raw.split("\\s+")));
        for (int i = 0; i < words.size() - 1; i++) {
            if (PersonNameReader.isPossessive(words.get(i))) {
                words.subList(i + 1, words.size()).clear();
            }
        }
        String honorific = null;
        int dropped = 0;
        String lastDropped = null;
        while (!words.isEmpty() && titles.contains(key(words.getFirst()))) {
            String word = words.removeFirst();
            honorific = honorific == null && honorifics.contains(key(word)) ? word : honorific;
            lastDropped = word;
            dropped++;
        }
        // "Monsieur El hadji Mamadou GNINGUE": a capitalised particle before a lower-case part opens the name
        if (lastDropped != null
                && !words.isEmpty()
                && Character.isLowerCase(words.getFirst().codePointAt(0))
                && Character.isUpperCase(lastDropped.codePointAt(0))
                && !honorifics.contains(key(lastDropped))
                && words.size() > 1) {
            words.addFirst(lastDropped);
            dropped--;
        }
        // "… for Latin America and the Caribbean Michael Camilleri": after an article, a word names a place or a
        // thing, not the person.
        if (dropped == 0 && words.size() > 2 && afterArticle(text, span.start())) {
            words.removeFirst();
        }
        while (!words.isEmpty()
                && (words.getLast().endsWith("'s") || words.getLast().endsWith("’s"))) {
            words.set(
                    words.size() - 1,
                    words.getLast().substring(0, words.getLast().length() - 2));
        }
        // "Ousmane SONKO »": a closing quotation mark or bracket the model took in is no part of the name
        while (!words.isEmpty() && words.getLast().chars().noneMatch(Character::isLetter)) {
            words.removeLast();
        }
        if (words.isEmpty() || words.stream().anyMatch(word -> word.chars().noneMatch(Character::isLetter))) {
            return null;
        }
        boolean titled = dropped > 0 || titleBefore(text, span.start());
        boolean acronym = words.size() == 1
                && words.getFirst().chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        boolean alone = !titled && !referredToAsAPerson(text, end);
        if (words.size() == 1 && (alone || acronym || words.getFirst().length() < MIN_SINGLE_NAME)) {
            return null;
        }
        if (!Character.isUpperCase(words.getFirst().codePointAt(0))) {
            return null;
        }
        return new Named(String.join(" ", words), honorific, end);
    }

    /**
     * Where the name's last word ends: the model may stop inside a hyphenated name ("Blas Nunez" of "Blas
     * Nunez-Neto"), unless what follows the hyphen is a title word.
     */
    private int wholeWordEnd(String text, int end) {
        boolean hyphenated = end + 1 < text.length()
                && text.charAt(end) == '-'
                && end > 0
                && Character.isLetter(text.charAt(end - 1))
                && Character.isUpperCase(text.charAt(end + 1));
        if (!hyphenated) {
            return end;
        }
        int wordEnd = NameSpanReader.wordEnd(text, end + 1);
        // "Jane Doe-Senior Adviser": a title after a dash is her post, not the end of her name.
        return titles.contains(key(text.substring(end + 1, wordEnd))) ? end : wordEnd;
    }

    /**
     * "Amara travelled to … when she …": a first name alone, the subject of a verb, that "she" or "he" takes up in
     * the same paragraph is a person's.
     */
    static boolean referredToAsAPerson(String text, int end) {
        java.util.regex.Matcher verb = VERB_AFTER.matcher(text).region(end, text.length());
        if (!verb.lookingAt()) {
            return false;
        }
        int paragraphEnd = text.indexOf("\n", end);
        int limit = Math.min(paragraphEnd < 0 ? text.length() : paragraphEnd, end + PRONOUN_WINDOW);
        return PERSONAL_PRONOUN.matcher(text).region(end, limit).find();
    }

    /** Whether the name follows "the" ("the Caribbean Michael Camilleri"). */
    private static boolean afterArticle(String text, int start) {
        return start >= 4
                && text.regionMatches(true, start - 4, "the ", 0, 4)
                && (start == 4 || !Character.isLetter(text.charAt(start - 5)));
    }

    /** A title or honorific right before the name ("President Biden" when the model took only "Biden"). */
    private boolean titleBefore(String text, int start) {
        int end = start;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int begin = end;
        while (begin > 0 && !Character.isWhitespace(text.charAt(begin - 1))) {
            begin--;
        }
        return begin < end && honorifics.contains(key(text.substring(begin, end)));
    }

    private static String key(String word) {
        String bare = word.toLowerCase(Locale.ROOT);
        return bare.endsWith(".") ? bare.substring(0, bare.length() - 1) : bare;
    }
}
