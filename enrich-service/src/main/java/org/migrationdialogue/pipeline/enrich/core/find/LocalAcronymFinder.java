package org.migrationdialogue.pipeline.enrich.core.find;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.migrationdialogue.pipeline.enrich.core.match.Layer;

/**
 * Organisations a report defines itself as "Full Name (ACRONYM)", e.g. "National Human Rights Council (CNDH)":
 * id {@code local:<acronym>}. The full name must hold an organisation head word ("Council", "Agency", ...), must
 * not be a registry organisation, ministry or country, and later bare uses of the acronym count as mentions.
 */
public final class LocalAcronymFinder {

    /** The id of a body the report defines: this prefix, then its acronym in lower case. */
    static final String ID_PREFIX = "local:";

    private static final int MAX_ACRONYM = 12;
    /**
     * "Departamento del Trabajo (DOL, por sus siglas en inglés)", "(MIDA en sigle anglais)": an acronym in capitals,
     * then a few lower-case words saying which language it comes from.
     */
    private static final Pattern GLOSSED = Pattern.compile(
            "(\\p{Lu}[\\p{Lu}\\d&-]+(?: \\p{Lu}[\\p{Lu}\\d&-]+)?)(?:,\\s*|\\s+)\\p{Ll}[\\p{Ll}'’]*(?:\\s+\\p{Ll}[\\p{Ll}'’]*){0,5}");

    private static final int MAX_GLOSSED = 48;
    /** How many entries in a row make a list of acronyms. */
    private static final int MIN_GLOSSARY = 3;

    private static final Pattern GLOSSARY_ENTRY =
            Pattern.compile("([A-Z][A-Za-z0-9&+\\-]{1,11})[ \\t:–-]+(\\p{Lu}[^.;:()]{2,118}?)\\s*");
    private static final int MAX_NAME = 120;
    /** Acronyms of this many letters or more may be spelled by a long name's initials across lower-case words. */
    private static final int MIN_SPELLED = 3;

    private static final int MAX_SPELLED_WORDS = 20;
    private static final Set<String> ARTICLES =
            Set.of("The", "A", "An", "This", "Its", "Their", "La", "Le", "Les", "Une", "Un", "El", "Los", "Las");
    private static final int MAX_LOWER_CASE = 3;
    /** Connectors of French, Spanish and Portuguese names ("Office national des migrations", "Departamento del …"). */
    private static final Set<String> FRENCH_CONNECTORS = Set.of(
            "de", "des", "du", "la", "le", "et", "pour", "sur", "aux", "à", "del", "los", "las", "y", "para", "da",
            "do", "dos", "das");

    private static final Set<String> CONNECTORS = Set.of(
            "of", "for", "and", "on", "in", "de", "des", "du", "la", "le", "et", "pour", "sur", "aux", "à", "del",
            "los", "las", "y", "para", "da", "do", "dos", "das");

    private final Set<String> heads;

    public LocalAcronymFinder(Set<String> heads) {
        this.heads = Set.copyOf(heads);
    }

    /** Definitions and later uses of report-defined acronyms; {@code known} are hits already attributed. */
    public List<OrganisationHit> find(AnalysedText text, List<OrganisationHit> known) {
        Map<String, OrganisationHit> definitions = definitions(text, known);
        for (GlossaryEntry entry : glossary(text)) {
            if (holdsHead(entry.name())
                    && !isAttributed(text, known, entry.nameStart(), entry.nameEnd(), entry.nameEnd())) {
                definitions.putIfAbsent(
                        entry.acronym(),
                        new OrganisationHit(
                                entry.nameStart(),
                                entry.nameEnd(),
                                idOf(entry.acronym()),
                                entry.acronym(),
                                entry.name()));
            }
        }
        return definitions.isEmpty() ? List.of() : uses(text.text(), definitions);
    }

    /**
     * An entry of a list of acronyms ("IASC Inter-Agency Standing Committee", one a block, three or more in a
     * row): the acronym, its expansion and where the entry's block is.
     */
    public record GlossaryEntry(String acronym, String name, int blockStart, int nameStart, int nameEnd) {}

    /** The entries of the report's lists of acronyms, organisations or not. */
    public List<GlossaryEntry> glossary(AnalysedText text) {
        List<GlossaryEntry> entries = new ArrayList<>();
        List<GlossaryEntry> run = new ArrayList<>();
        for (var block : text.document().blocks()) {
            Matcher entry = GLOSSARY_ENTRY.matcher(text.document().textOf(block));
            if (entry.matches() && isAcronym(entry.group(1))) {
                run.add(new GlossaryEntry(
                        entry.group(1),
                        entry.group(2),
                        block.start(),
                        block.start() + entry.start(2),
                        block.start() + entry.end(2)));
                continue;
            }
            if (run.size() >= MIN_GLOSSARY) {
                entries.addAll(run);
            }
            run.clear();
        }
        if (run.size() >= MIN_GLOSSARY) {
            entries.addAll(run);
        }
        return entries;
    }

    /** An organisation's expansion ends with its head ("… Standing Committee") or opens with it ("Comité interministériel …"). */
    private boolean holdsHead(String name) {
        String[] words = name.strip().split("[\\s,]+");
        return heads.contains(words[words.length - 1]) || words.length > 1 && heads.contains(words[0]);
    }

    private Map<String, OrganisationHit> definitions(AnalysedText text, List<OrganisationHit> known) {
        Map<String, OrganisationHit> definitions = new LinkedHashMap<>();
        String original = text.text();
        for (int open = original.indexOf('('); open >= 0; open = original.indexOf('(', open + 1)) {
            OrganisationHit definition = definitionAt(text, open, known);
            if (definition == null) {
                definition = acronymFirstDefinitionAt(text, open, known);
            }
            if (definition != null) {
                definitions.putIfAbsent(definition.acronym(), definition);
            }
        }
        return definitions;
    }

    private OrganisationHit definitionAt(AnalysedText text, int open, List<OrganisationHit> known) {
        String original = text.text();
        int close = original.indexOf(')', open);
        if (close < 0 || close - open - 1 > MAX_GLOSSED || open < 2 || original.charAt(open - 1) != ' ') {
            return null;
        }
        String inside = original.substring(open + 1, close);
        Matcher glossed = GLOSSED.matcher(inside);
        String acronym = glossed.matches() ? glossed.group(1) : inside;
        if (acronym.length() > MAX_ACRONYM || !isDefinedAcronym(acronym)) {
            return null;
        }
        String name = fullNameBefore(original, open - 1, acronym);
        if (name == null || Character.toUpperCase(name.charAt(0)) != acronym.charAt(0)) {
            String spelled = nameSpelledByInitials(original, open - 1, acronym);
            if (spelled != null) {
                int start = open - 1 - spelled.length();
                // a country's code as the acronym ("CAR") names no body
                boolean country =
                        !text.matches().within(Layer.COUNTRY, open, close + 1).isEmpty();
                return country || isAttributedAtEdges(text, known, start, open - 1)
                        ? null
                        : new OrganisationHit(start, open - 1, idOf(acronym), acronym, spelled);
            }
        }
        if (name == null
                || isAttributed(
                        text, withoutCompoundParts(known, acronym), open - 1 - name.length(), open - 1, close + 1)) {
            return null;
        }
        return new OrganisationHit(open - 1 - name.length(), open - 1, idOf(acronym), acronym, name);
    }

    /** "le CILEC (Comité interministériel de lutte contre l'émigration clandestine)": the acronym first. */
    private OrganisationHit acronymFirstDefinitionAt(AnalysedText text, int open, List<OrganisationHit> known) {
        String original = text.text();
        int close = original.indexOf(')', open);
        if (close < 0 || close - open > MAX_NAME || open < 3 || original.charAt(open - 1) != ' ') {
            return null;
        }
        int acronymEnd = open - 1;
        int acronymStart = acronymEnd;
        while (acronymStart > 0 && NameSpanReader.isWordChar(original.charAt(acronymStart - 1))) {
            acronymStart--;
        }
        String acronym = original.substring(acronymStart, acronymEnd);
        String name = original.substring(open + 1, close).strip();
        if (!isAcronym(acronym)
                || acronym.length() > MAX_ACRONYM
                || name.isEmpty()
                || !Character.isUpperCase(name.charAt(0))
                || isDefinedAcronym(name)
                || !holdsHead(name)
                || isAttributed(text, known, acronymStart, acronymEnd, close)) {
            return null;
        }
        return new OrganisationHit(open + 1, open + 1 + name.length(), idOf(acronym), acronym, name);
    }

    /**
     * "Regional Operational Centre in support of the Khartoum Process and the AU-Horn of Africa Initiative (ROCK)": a
     * long name, within its sentence, whose capitalised words' initials spell the acronym in order from its first
     * word, and that holds a head word; the bodies it names after its first words are part of it. Null if none.
     */
    private String nameSpelledByInitials(String text, int end, String acronym) {
        String letters = acronym.replace("-", "").replace("&", "");
        if (letters.length() < MIN_SPELLED || !letters.chars().allMatch(Character::isUpperCase)) {
            return null;
        }
        List<int[]> words = new ArrayList<>();
        int position = end;
        while (position > 0 && words.size() < MAX_SPELLED_WORDS) {
            int wordStart = position;
            while (wordStart > 0 && NameSpanReader.isWordChar(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            if (wordStart == position) {
                break;
            }
            words.add(new int[] {wordStart, position});
            if (wordStart < 1 || text.charAt(wordStart - 1) != ' ') {
                break;
            }
            position = wordStart - 1;
        }
        if (words.isEmpty() || endsWithPluralHead(text, words)) {
            return null;
        }
        // the nearest start whose initials spell the acronym: the shortest such name
        for (int first = 0; first < words.size(); first++) {
            String opening = wordAt(text, words.get(first));
            if (!NameSpanReader.isCapitalised(opening)
                    || ARTICLES.contains(opening)
                    || Character.toUpperCase(opening.charAt(0)) != letters.charAt(0)) {
                continue;
            }
            int matched = 0;
            boolean head = false;
            for (int i = first; i >= 0 && matched <= letters.length(); i--) {
                String word = wordAt(text, words.get(i));
                head |= heads.contains(word);
                if (matched < letters.length()
                        && NameSpanReader.isCapitalised(word)
                        && Character.toUpperCase(word.charAt(0)) == letters.charAt(matched)) {
                    matched++;
                }
            }
            if (matched == letters.length() && head) {
                String name = text.substring(words.get(first)[0], end);
                return name.length() > MAX_NAME ? null : name;
            }
        }
        return null;
    }

    /** Whether a known body covers the spelled name's first or last word (it is then that body's, not a new one). */
    private static boolean isAttributedAtEdges(AnalysedText text, List<OrganisationHit> known, int start, int end) {
        for (OrganisationHit hit : known) {
            if (hit.start() <= start && hit.end() > start || hit.start() < end && hit.end() >= end) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the definition is of a body already known: a hit on its name, a country as its acronym ("CAR"). A
     * registry acronym alone does not make it known: the report's own full name says which body it means. A known
     * body that only opens the name ("IGAD Partners' Forum (IPF)") is the body the defined one belongs to.
     */
    private static boolean isAttributed(
            AnalysedText text, List<OrganisationHit> known, int nameStart, int nameEnd, int end) {
        for (OrganisationHit hit : known) {
            // the overlap first: the name's rest is read only for a hit on the name, not for every hit of the report
            if (hit.start() < nameEnd && nameStart < hit.end()) {
                boolean opensLongerName = hit.start() <= nameStart
                        && hit.end() < nameEnd
                        && text.text().substring(hit.end(), nameEnd).strip().contains(" ");
                if (!opensLongerName) {
                    return true;
                }
            }
        }
        return !text.matches().within(Layer.COUNTRY, nameEnd + 1, end).isEmpty();
    }

    /**
     * "Association des Médiateurs … de l'Union Economique et Monétaire Ouest Africaine (AMP-UEMOA)": a known body whose
     * acronym is a hyphenated part of the defined one is the body the defined one belongs to, not a reading of it.
     */
    private static List<OrganisationHit> withoutCompoundParts(List<OrganisationHit> known, String acronym) {
        if (acronym.indexOf('-') < 0) {
            return known;
        }
        List<String> parts = List.of(acronym.split("-"));
        return known.stream()
                .filter(hit -> hit.acronym() == null || !parts.contains(hit.acronym()))
                .toList();
    }

    private static String idOf(String acronym) {
        return ID_PREFIX + acronym.toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    /** An acronym, or two written with a space: "SN HLM", a company's "APIX SA". */
    private static boolean isDefinedAcronym(String candidate) {
        String[] parts = candidate.split(" ", -1);
        return parts.length <= 2 && java.util.Arrays.stream(parts).allMatch(LocalAcronymFinder::isAcronym);
    }

    static boolean isAcronym(String candidate) {
        int capitals = 0;
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (Character.isUpperCase(c)) {
                capitals++;
            } else if (!Character.isLetterOrDigit(c) && c != '-' && c != '&') {
                return false;
            }
        }
        return capitals >= 2 && Character.isUpperCase(candidate.charAt(0));
    }

    /**
     * The capitalised name ending at {@code end}, trimmed to start at the capitalised words before its head word: the
     * leftmost head whose name begins with the acronym's first letter ("Caisse de Sécurité sociale et de l'Institut
     * de Prévoyance Retraite du Sénégal (IPRES)" is the Institut's), else the leftmost head.
     */
    private String fullNameBefore(String text, int end, String acronym) {
        List<int[]> words = nameRunBefore(text, end);
        int first = -1;
        for (int head = words.size() - 1; head >= 0; head--) {
            int start = nameStart(text, words, head);
            boolean initialFits = start >= 0 && initialOf(text, words.get(start)) == acronym.charAt(0);
            if (start >= 0 && first < 0 || initialFits) {
                first = start;
            }
            if (initialFits) {
                break;
            }
        }
        if (first < 0) {
            return null;
        }
        int[] firstWord = words.get(first);
        String name = text.substring(firstWord[0] + elisionLength(wordAt(text, firstWord)), end);
        return name.length() > MAX_NAME || first == 0 || endsWithPluralHead(text, words) ? null : name;
    }

    /** Index of the first word of the name whose head is at {@code head}, over its modifiers; -1 if no head. */
    private int nameStart(String text, List<int[]> words, int head) {
        String word = wordAt(text, words.get(head));
        if (!heads.contains(word.substring(elisionLength(word)))) {
            return -1;
        }
        int first = head;
        while (first + 1 < words.size() && isModifier(text, words.get(first + 1))) {
            first++;
        }
        return first;
    }

    private static char initialOf(String text, int[] word) {
        String bare = wordAt(text, word);
        return Character.toUpperCase(bare.charAt(elisionLength(bare)));
    }

    /** A capitalised word, not an article, directly before the next word ("National" of "National ... Council"). */
    private static boolean isModifier(String text, int[] word) {
        String candidate = wordAt(text, word);
        return NameSpanReader.isCapitalised(candidate) && !ARTICLES.contains(candidate) && text.charAt(word[1]) == ' ';
    }

    /** "Civil Society Organisations": a plural head names a kind of body, not one organisation. */
    private boolean endsWithPluralHead(String text, List<int[]> words) {
        String last = wordAt(text, words.getFirst());
        return last.endsWith("s") && heads.contains(last.substring(0, last.length() - 1));
    }

    /**
     * Words (start, end) of the name run before {@code end}, nearest first: capitalised words and connectors, and in
     * French names ("Office national des migrations") up to {@value #MAX_LOWER_CASE} lower-case words.
     */
    private static List<int[]> nameRunBefore(String text, int end) {
        List<int[]> words = new ArrayList<>();
        int lowerCase = 0;
        int position = end;
        while (position > 0) {
            int wordStart = position;
            while (wordStart > 0 && NameSpanReader.isWordChar(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            String word = text.substring(wordStart, position);
            boolean plain = !NameSpanReader.isCapitalised(word) && !CONNECTORS.contains(word);
            lowerCase += plain ? 1 : 0;
            if (wordStart == position || lowerCase > MAX_LOWER_CASE) {
                break;
            }
            words.add(new int[] {wordStart, position});
            position = separatorStart(text, wordStart);
            if (position < 0) {
                break;
            }
        }
        return hasFrenchConnector(text, words) ? words : words.subList(0, firstLowerCase(text, words));
    }

    private static boolean hasFrenchConnector(String text, List<int[]> words) {
        for (int[] word : words) {
            if (FRENCH_CONNECTORS.contains(wordAt(text, word))) {
                return true;
            }
        }
        return false;
    }

    /** Index of the nearest lower-case word that is not a connector, or the run's size. */
    private static int firstLowerCase(String text, List<int[]> words) {
        for (int i = 0; i < words.size(); i++) {
            String word = wordAt(text, words.get(i));
            if (!NameSpanReader.isCapitalised(word) && !CONNECTORS.contains(word)) {
                return i;
            }
        }
        return words.size();
    }

    /** "l’Office": the elided article before a name. */
    private static int elisionLength(String word) {
        boolean elided = word.length() > 2
                && "lLdD".indexOf(word.charAt(0)) >= 0
                && (word.charAt(1) == '\'' || word.charAt(1) == '\u2019');
        return elided ? 2 : 0;
    }

    private static int separatorStart(String text, int wordStart) {
        if (wordStart >= 1 && text.charAt(wordStart - 1) == ' ') {
            return wordStart >= 2 && text.charAt(wordStart - 2) == ',' ? wordStart - 2 : wordStart - 1;
        }
        return -1;
    }

    private static String wordAt(String text, int[] word) {
        return text.substring(word[0], word[1]);
    }

    /** Each definition's full name, then every whole-word use of its acronym. */
    private static List<OrganisationHit> uses(String text, Map<String, OrganisationHit> definitions) {
        List<OrganisationHit> hits = new ArrayList<>();
        for (OrganisationHit definition : definitions.values()) {
            hits.add(definition);
            String acronym = definition.acronym();
            for (int at = text.indexOf(acronym); at >= 0; at = text.indexOf(acronym, at + 1)) {
                int end = at + acronym.length();
                if (at == definition.end() + 2 || end + 2 == definition.start()) {
                    continue;
                }
                boolean whole = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
                if (whole) {
                    hits.add(new OrganisationHit(at, end, definition.id(), acronym, definition.name()));
                }
            }
        }
        return hits;
    }
}
