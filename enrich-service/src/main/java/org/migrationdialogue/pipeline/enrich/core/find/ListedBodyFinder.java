package org.migrationdialogue.pipeline.enrich.core.find;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.migrationdialogue.pipeline.common.events.Block;
import org.migrationdialogue.pipeline.enrich.core.knowledge.TermSpec;
import org.migrationdialogue.pipeline.enrich.core.match.Layer;
import org.migrationdialogue.pipeline.enrich.core.match.Match;
import org.migrationdialogue.pipeline.enrich.core.match.TermKind;

/**
 * Bodies named with no organisation word, read from where they are listed ({@code body-lists.tsv}):
 *
 * <ul>
 *   <li>the capitalised items of an enumeration that a plural noun of bodies opens ("companies and organizations,
 *       including Acme, Globex and the Initech Trust"; "entreprises telles que …");
 *   <li>the body at the end of a person's apposition in a list of participants, after a title held in a company
 *       ("Jane Roe, CEO of Acme Corp; John Doe, President, Globex Philanthropies; …");
 *   <li>the names after the person in a list of participants of one item each, most of them written with an
 *       honorific or a title of clergy ({@code body-lists.tsv}, kind {@code participant}): "Rabbi Jane Roe, Acme
 *       Congregation", "The Rev. John Doe, St. Mark's Church, the Diocese of Westford".
 * </ul>
 *
 * An item that the knowledge base knows as a country or a city, or that a known body already covers, is none of
 * them; an item a longer known name would read in part ("Chan School of Public Health" of "Harvard T.H. Chan School
 * of Public Health") is read whole.
 */
final class ListedBodyFinder {

    private static final int NOUN_TO_INTRO = 200;
    private static final int NOUN_TO_COLON = 60;
    private static final int MIN_ITEMS = 2;
    private static final int MIN_PARTICIPANTS = 3;
    private static final int MAX_ITEM_WORDS = 8;

    /** A capitalised word of a name: "Acme", "T.H.", "Co.", "Protela-Colombia", "Allen & Co." joins with "&". */
    private static final String WORD = "\\p{Lu}[\\p{L}\\p{N}'’.\\-]*";

    private static final String CONNECTOR = "(?:of|for|de|del|des|du|la|&)";
    static final String NAME = WORD + "(?:\\s+(?:" + CONNECTOR + "\\s+)?" + WORD + ")*";
    private static final Pattern ITEM =
            Pattern.compile("(?:(?:the|The|la|le|les|l['’]|el|los|las|a|o)\\s*)?(" + NAME + ")");
    private static final Pattern SEPARATOR = Pattern.compile(",\\s*(?:(?:and|et|y|e)\\s+)?|\\s+(?:and|et|y|e)\\s+");
    /** A body's acronym in brackets right after its name: " (IDB)" of "the Inter-American Development Bank (IDB)". */
    private static final Pattern BRACKETED_ACRONYM = Pattern.compile("\\s*\\(\\p{Lu}[\\p{L}\\p{N}&.\\-]{1,11}\\)");

    private static final Pattern WHOLE_NAME = Pattern.compile("(?:The\\s+)?(" + NAME + ")");
    private static final Pattern LEADING_PERSON = Pattern.compile(
            "\\s*(?:(?:Dr|Mr|Ms|Mrs|Prof)\\.?\\s+)?\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+\\p{Lu}[\\p{L}'’.\\-]*)+,\\s");
    /** A participant opening a list item: a person's words ("The Rev. Jane E. Roe", "Dr. John Doe") and a comma. */
    private static final Pattern PARTICIPANT =
            Pattern.compile("\\s*\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+\\p{Lu}[\\p{L}'’.\\-]*){1,5},\\s");

    private static final Pattern PART_SEPARATOR = Pattern.compile(",\\s+(?:and\\s+)?");
    private static final Pattern AND_AFTER_WORD = Pattern.compile("(\\p{L}+)\\s+and\\s+(?=\\p{Lu})");
    private static final Pattern INNER_ACRONYM = Pattern.compile("\\s+\\((\\p{Lu}[\\p{Lu}\\p{N}&.\\-]{1,11})\\)");
    private static final Pattern LOWER_ARTICLE = Pattern.compile("the\\s+");
    private static final Pattern PARTICIPANT_BODY =
            Pattern.compile(WORD + "(?:\\s+(?:\\(\\p{Lu}[\\p{Lu}\\p{N}&.\\-]{1,11}\\)|"
                    + "(?:of|for|in|the|de|del|des|du|la|&)|" + WORD + "))*");

    /** A demonym in lower case, as French, Spanish and Portuguese write them: "estadounidense", "française". */
    private static final String DEMONYM =
            "\\p{Ll}+(?:ense|ano|ana|ais|aise|ien|ienne|ain|aine|eño|eña|eno|ena|ès|esa|ol|ola|ês|ino|ina)";

    private static final Set<String> DETERMINERS = Set.of("the", "la", "le", "les", "el", "los", "las");

    private final Pattern nouns;
    private final Pattern intro;
    private final Pattern affiliateOf;
    private final Pattern nounBeforeName;
    private final Pattern nameBeforeNoun;
    private final Pattern nameThenNoun;
    private final Set<String> affiliates;
    private final List<String> participantTitles;
    private final Set<String> functionWords;
    private final Set<String> heads;

    ListedBodyFinder(List<TermSpec> words, Set<String> heads) {
        this.nouns = Pattern.compile(
                "(?<![\\p{L}])(?:" + alternatives(words, "noun") + ")(?![\\p{L}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.intro = Pattern.compile(
                "(?<![\\p{L}])(?:" + alternatives(words, "intro") + ")(?![\\p{L}])\\s*:?\\s*",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.affiliateOf = Pattern.compile(
                "(?<![\\p{L}])(?:" + alternatives(words, "affiliate") + ")(?:\\s+\\p{Lu}\\p{Ll}+)?\\s+of\\s+");
        String one = alternatives(words, "one");
        this.nounBeforeName =
                Pattern.compile("(?<![\\p{L}-])(?:" + one + ")(?:\\s+" + DEMONYM + ")?\\s+(" + NAME + ")");
        this.nameBeforeNoun = Pattern.compile("(?<![\\p{L}])(" + NAME
                + "),\\s+(?:a|an|une?|una|um|uma)\\s+(?:(?:[\\p{Ll}-]+|\\p{Lu}[\\p{L}.\\-]*)\\s+){0,3}?(?:" + one
                + ")(?![\\p{L}])");
        this.nameThenNoun = Pattern.compile(
                "(?<![\\p{L}])(?:the|The)\\s+(" + NAME + ")\\s+(?:[\\p{Ll}-]+\\s+){0,3}?(?:" + one + ")(?![\\p{L}])");
        this.functionWords = words.stream()
                .filter(word -> word.key().equals("function"))
                .map(TermSpec::phrase)
                .collect(Collectors.toUnmodifiableSet());
        this.affiliates = words.stream()
                .filter(word -> word.key().equals("affiliate"))
                .map(TermSpec::phrase)
                .collect(Collectors.toUnmodifiableSet());
        this.participantTitles = words.stream()
                .filter(word -> word.key().equals("participant"))
                .map(TermSpec::phrase)
                .toList();
        this.heads = Set.copyOf(heads);
    }

    /** Whether a name opens with a title of clergy or a participant's honorific ("Rev. Jane Roe"): a person's. */
    boolean opensWithPersonTitle(String name) {
        return participantTitles.stream().anyMatch(title -> name.startsWith(title + " "));
    }

    /** Whether a word opens sentences and begins no name ("This", "Moreover"; kind {@code function}). */
    boolean isFunctionWord(String word) {
        return functionWords.contains(word);
    }

    /** The phrases of one kind as alternatives of an expression, the longest first. */
    static String alternatives(List<TermSpec> words, String kind) {
        return words.stream()
                .filter(word -> word.key().equals(kind))
                .map(word -> Pattern.quote(word.phrase()))
                .sorted((left, right) -> right.length() - left.length())
                .collect(Collectors.joining("|"));
    }

    /** The listed bodies of a document that none of {@code known} covers. */
    List<OrganisationHit> find(AnalysedText text, List<OrganisationHit> known) {
        String original = text.text();
        List<int[]> spans = new ArrayList<>();
        List<int[]> participants = new ArrayList<>();
        participantItems(text, participants);
        for (Block block : text.document().blocks()) {
            enumerations(original, block.start(), block.end(), spans);
            participants(original, block.start(), block.end(), spans);
            appositions(original, block.start(), block.end(), spans);
        }
        List<OrganisationHit> hits = new ArrayList<>();
        for (int[] whole : participants) {
            // a participant's body keeps its capitalised article ("The Acme Place") and its bracketed acronym,
            // written inside its name or after it ("Acme Methodist (AM) Church", "Church of Acme (COA)")
            Matcher bracket = INNER_ACRONYM.matcher(original).region(whole[0], whole[1]);
            String acronym = bracket.find() ? bracket.group(1) : null;
            int[] span = acronym != null && bracket.end() == whole[1] ? new int[] {whole[0], bracket.start()} : whole;
            boolean article = original.startsWith("The ", span[0]);
            int[] bare = article ? new int[] {span[0] + 4, span[1]} : span;
            if (isBody(text, bare, known) && !overlaps(hits, span[0], span[1])) {
                String name = original.substring(span[0], span[1]);
                hits.add(new OrganisationHit(span[0], span[1], NamedBodyFinder.idOf(name), acronym, name));
            }
        }
        for (int[] span : spans) {
            if (isBody(text, span, known) && !overlaps(hits, span[0], span[1])) {
                String name = original.substring(span[0], span[1]);
                hits.add(new OrganisationHit(span[0], span[1], NamedBodyFinder.idOf(name), null, name));
            }
        }
        return hits;
    }

    /** Items of the enumerations opened by a noun of bodies and an intro ("including", a colon) in [start, end). */
    private void enumerations(String text, int start, int end, List<int[]> spans) {
        int searchFrom = start;
        while (searchFrom < end) {
            Matcher noun = nouns.matcher(text).region(searchFrom, end);
            if (!noun.find()) {
                break;
            }
            searchFrom = noun.end();
            int listStart = listStart(text, noun.end(), end);
            if (listStart < 0) {
                continue;
            }
            List<int[]> items = withoutPeople(text, items(text, listStart, end));
            if (items.size() >= MIN_ITEMS) {
                spans.addAll(items);
                searchFrom = items.getLast()[1];
            }
        }
    }

    /** Where the list after a noun of bodies begins: after its intro in the same sentence, or -1. */
    private int listStart(String text, int from, int end) {
        int limit = Math.min(end, from + NOUN_TO_INTRO);
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == ';' || c == '\n' || c == '.' && i + 1 < limit && Character.isWhitespace(text.charAt(i + 1))) {
                limit = i;
            } else if (c == ':' && i - from <= NOUN_TO_COLON) {
                return skipSpaces(text, i + 1, end);
            }
        }
        Matcher opener = intro.matcher(text).region(from, limit);
        return opener.find() ? opener.end() : -1;
    }

    /**
     * The capitalised items from {@code from}, separated by commas and "and", up to the first that is not one; an
     * item's bracketed acronym is skipped, not read.
     */
    static List<int[]> items(String text, int from, int end) {
        List<int[]> items = new ArrayList<>();
        int at = from;
        boolean afterBareAnd = false;
        while (at < end) {
            Matcher item = ITEM.matcher(text).region(at, end);
            if (!item.lookingAt()) {
                break;
            }
            int itemEnd = trimmedEnd(text, item.start(1), item.end(1));
            if (words(text.substring(item.start(1), itemEnd)) > MAX_ITEM_WORDS) {
                break;
            }
            items.add(new int[] {item.start(1), itemEnd});
            if (itemEnd < item.end(1) || itemEnd < end && text.charAt(itemEnd) == '.') {
                break; // a full stop ended the sentence
            }
            int after = itemEnd;
            Matcher acronym = BRACKETED_ACRONYM.matcher(text).region(itemEnd, end);
            if (acronym.lookingAt()) {
                after = acronym.end();
                boolean bare = afterBareAnd && item.start() == item.start(1);
                if (bare && spellsBoth(text, items, acronym.group().strip())) {
                    int[] second = items.removeLast();
                    items.getLast()[1] = second[1];
                }
            }
            Matcher separator = SEPARATOR.matcher(text).region(after, end);
            if (!separator.lookingAt()) {
                break;
            }
            afterBareAnd = separator.group().indexOf(',') < 0;
            at = separator.end();
        }
        return items;
    }

    /** [start, end) of the acronym in brackets right after {@code itemEnd} (its letters, without brackets), or null. */
    static int[] bracketedAcronymAfter(String text, int itemEnd, int end) {
        Matcher acronym = BRACKETED_ACRONYM.matcher(text).region(itemEnd, end);
        return acronym.lookingAt() ? new int[] {text.indexOf('(', acronym.start()) + 1, acronym.end() - 1} : null;
    }

    /**
     * "the Common Market of Eastern and Southern Africa (COMESA)": the acronym after the last two items, joined by a
     * bare "and", spells the initials of both (in order, from the first's): one name with "and" in it, not two.
     */
    private static boolean spellsBoth(String text, List<int[]> items, String bracketed) {
        if (items.size() < 2) {
            return false;
        }
        String acronym = bracketed.substring(1, bracketed.length() - 1).toUpperCase(Locale.ROOT);
        int[] first = items.get(items.size() - 2);
        String name = text.substring(first[0], items.getLast()[1]);
        int letter = 0;
        for (String word : name.split("[\\s-]+")) {
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
                continue;
            }
            letter = acronym.indexOf(word.charAt(0), letter);
            if (letter < 0) {
                return false;
            }
            letter++;
        }
        return acronym.charAt(0) == name.charAt(0);
    }

    /**
     * The items before the first title ("Jane Roe, CEO of Acme"): a list of bodies stops where people are listed
     * with their posts, and the name before the title is the person's.
     */
    private List<int[]> withoutPeople(String text, List<int[]> items) {
        for (int i = 0; i < items.size(); i++) {
            String first = text.substring(items.get(i)[0], items.get(i)[1]).split("\\s+")[0];
            if (isTitle(first)) {
                return List.copyOf(items.subList(0, Math.max(0, i - 1)));
            }
        }
        return items;
    }

    private boolean isTitle(String word) {
        return NamedBodyFinder.isTitle(word)
                || affiliates.stream().anyMatch(title -> title.equals(word) || title.startsWith(word + " "));
    }

    /**
     * In a list of three participants or more, separated by semicolons, each a person's name then an apposition:
     * the body after a company title's "of" ("CEO of Acme"), or the apposition's last comma-separated part when a
     * company title precedes it ("President, Acme Philanthropies").
     */
    private void participants(String text, int start, int end, List<int[]> spans) {
        List<int[]> items = new ArrayList<>();
        int itemStart = start;
        for (int i = start; i <= end; i++) {
            if (i == end || text.charAt(i) == ';') {
                items.add(new int[] {itemStart, i});
                itemStart = i + 1;
            }
        }
        if (items.size() < MIN_PARTICIPANTS) {
            return;
        }
        for (int[] item : items) {
            int from = item[0];
            int colon = text.lastIndexOf(':', item[1] - 1);
            if (colon >= from) {
                from = colon + 1;
            }
            Matcher person = LEADING_PERSON.matcher(text).region(from, item[1]);
            if (person.lookingAt()) {
                affiliations(text, person.end(), item[1], spans);
            }
        }
    }

    /**
     * In a list of three participants or more, each item a person then the bodies they come from ("Rabbi Jane Roe,
     * Zentrix Congregation"; "Dr. John Doe, the Lumen Society, Globex Network and Acme House"), most of the people
     * written with an honorific: the comma-separated parts after the person, split at "and", that are no titles.
     */
    private void participantItems(AnalysedText text, List<int[]> spans) {
        List<Block> run = new ArrayList<>();
        List<List<int[]>> bodies = new ArrayList<>();
        for (Block block : text.document().blocks()) {
            List<int[]> parts = block.kind() == Block.Kind.LIST_ITEM ? participantParts(text.text(), block) : null;
            if (parts != null) {
                run.add(block);
                bodies.add(parts);
                continue;
            }
            participantRun(text, run, bodies, spans);
            run.clear();
            bodies.clear();
        }
        participantRun(text, run, bodies, spans);
    }

    private void participantRun(AnalysedText text, List<Block> run, List<List<int[]>> bodies, List<int[]> spans) {
        long honoured =
                run.stream().filter(block -> opensWithHonorific(text, block)).count();
        if (run.size() >= MIN_PARTICIPANTS && 2 * honoured >= run.size()) {
            bodies.forEach(spans::addAll);
        }
    }

    /**
     * The bodies of a list item shaped as a participant's, a person's name then names only ("Rabbi Jane Roe, Zentrix
     * Congregation"), titles left out; null for an item of another shape ("Mr Jean Roe, Teacher, payroll n°1, is
     * appointed …").
     */
    private List<int[]> participantParts(String text, Block block) {
        int at = personThenComma(text, block);
        if (at < 0) {
            return null;
        }
        int end = block.end();
        while (end > at && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '.')) {
            end--;
        }
        List<int[]> bodies = new ArrayList<>();
        for (int[] part : parts(text, at, end)) {
            String name = text.substring(part[0], part[1]);
            if (!isCapitalisedName(name) || words(name) > MAX_ITEM_WORDS) {
                return null;
            }
            if (!isTitle(name.split("\\s+")[0])) {
                bodies.add(part);
            }
        }
        return bodies;
    }

    /** Where the bodies of a participant's item begin, after the person's name and its comma; -1 if not so shaped. */
    private static int personThenComma(String text, Block block) {
        Matcher person = PARTICIPANT.matcher(text).region(block.start(), block.end());
        return person.lookingAt() ? person.end() : -1;
    }

    private boolean opensWithHonorific(AnalysedText text, Block block) {
        int start = skipSpaces(text.text(), block.start(), block.end());
        if (participantTitles.stream().anyMatch(title -> text.text().startsWith(title + " ", start))) {
            return true;
        }
        for (Match match : text.matches().within(Layer.SIGNAL, start, block.end())) {
            if (match.kind() == TermKind.HONORIFIC && match.start() <= start + 4) {
                return true;
            }
        }
        return false;
    }

    /**
     * The parts of [from, end) between commas, and between two names that "and" joins after a head word ("… Network
     * and Acme Church", not "Office of Faith and Hope"), a lower-case article left out ("the Lumen Society").
     */
    private List<int[]> parts(String text, int from, int end) {
        List<int[]> parts = new ArrayList<>();
        Matcher separator = PART_SEPARATOR.matcher(text).region(from, end);
        int at = from;
        while (at < end) {
            int partEnd = separator.find() ? separator.start() : end;
            int start = skipSpaces(text, at, partEnd);
            Matcher article = LOWER_ARTICLE.matcher(text).region(start, partEnd);
            if (article.lookingAt()) {
                start = article.end();
            }
            Matcher and = AND_AFTER_WORD.matcher(text).region(start, partEnd);
            while (and.find()) {
                if (heads.contains(and.group(1))) {
                    parts.add(new int[] {start, and.end(1)});
                    start = and.end();
                }
            }
            int stop = partEnd;
            while (stop > start && Character.isWhitespace(text.charAt(stop - 1))) {
                stop--;
            }
            if (stop > start) {
                parts.add(new int[] {start, stop});
            }
            at = partEnd == end ? end : separator.end();
        }
        return parts;
    }

    /** Capitalised words with their connectors, a bracketed acronym inside ("Acme Methodist (AM) Church"). */
    private static boolean isCapitalisedName(String name) {
        return PARTICIPANT_BODY.matcher(name).matches();
    }

    private void affiliations(String text, int roleStart, int roleEnd, List<int[]> spans) {
        int end = roleEnd;
        while (end > roleStart && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '.')) {
            end--;
        }
        if (end < roleEnd && text.charAt(end) == '.' && isAbbreviation(text, roleStart, end)) {
            end++; // "Allen & Co."
        }
        Matcher of = affiliateOf.matcher(text).region(roleStart, end);
        while (of.find()) {
            int[] name = nameUpTo(text, of.end(), end);
            if (name != null) {
                spans.add(name);
            }
        }
        int lastComma = text.lastIndexOf(", ", end - 1);
        if (lastComma > roleStart) {
            String before = text.substring(roleStart, lastComma);
            boolean titled = affiliates.stream().anyMatch(title -> containsWord(before, title));
            int[] name = nameUpTo(text, lastComma + 2, end);
            if (titled && name != null) {
                spans.add(name);
            }
        }
    }

    /**
     * Names in apposition to a singular noun of a body: "the retailer Acme", "Acme Global, a non-profit recruiter",
     * "Acme, a U.S. company", "the Acme Global retail company".
     */
    private void appositions(String text, int start, int end, List<int[]> spans) {
        Matcher compound = nameThenNoun.matcher(text).region(start, end);
        while (compound.find()) {
            spans.add(new int[] {compound.start(1), compound.end(1)});
        }
        Matcher before = nounBeforeName.matcher(text).region(start, end);
        while (before.find()) {
            spans.add(new int[] {before.start(1), trimmedEnd(text, before.start(1), before.end(1))});
        }
        Matcher after = nameBeforeNoun.matcher(text).region(start, end);
        while (after.find()) {
            int nameStart = sentenceTail(text, after.start(1), after.end(1));
            String name = text.substring(nameStart, after.end(1));
            if (name.startsWith("The ")) {
                nameStart += 4;
            }
            if (words(name) == 1 && opensSentence(text, start, nameStart) && functionWords.contains(name)) {
                continue; // "Moreover, a company …": a function word opening a sentence is no name
            }
            spans.add(new int[] {nameStart, after.end(1)});
        }
    }

    /** The name running from {@code from} to a coordinated title or {@code end}: "Acme" of "Acme and CEO of …". */
    private int[] nameUpTo(String text, int from, int end) {
        Matcher name = WHOLE_NAME.matcher(text).region(from, end);
        if (!name.lookingAt()) {
            return null;
        }
        int nameEnd = name.end(1);
        String rest = text.substring(nameEnd, end);
        boolean coordinated = rest.startsWith(" and ")
                && affiliates.stream().anyMatch(title -> containsWord(rest, title))
                && !rest.substring(5).contains(",");
        return nameEnd == end || coordinated ? new int[] {name.start(1), nameEnd} : null;
    }

    /** Whether the knowledge base lets the span be a body: not a country, city, known body, title or lone head. */
    private boolean isBody(AnalysedText text, int[] span, List<OrganisationHit> known) {
        for (OrganisationHit hit : known) {
            if (hit.start() < span[1] && span[0] < hit.end()) {
                boolean readInPart = hit.id().startsWith(NamedBodyFinder.ID_PREFIX)
                        && hit.start() >= span[0]
                        && hit.end() <= span[1];
                if (!readInPart) {
                    return false;
                }
            }
        }
        return isBodyName(text, span);
    }

    /** Whether the knowledge base lets a span that no known body overlaps be a body: not a place, title or head. */
    boolean isBodyName(AnalysedText text, int[] span) {
        String name = text.text().substring(span[0], span[1]);
        String first = name.split("\\s+")[0];
        if (heads.contains(name) || isTitle(first) || DETERMINERS.contains(first.toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (Match match : text.matches().within(Layer.ORGANISATION, span[0], span[1])) {
            if (match.kind() == TermKind.ORGANISATION_BLOCKER) {
                return false;
            }
        }
        for (Layer layer : List.of(Layer.COUNTRY, Layer.SIGNAL)) {
            for (Match match : text.matches().within(layer, span[0], span[1])) {
                boolean place = match.kind() == TermKind.COUNTRY || match.kind() == TermKind.CITY;
                if (place && match.start() <= span[0] && match.end() >= span[1]) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The end of an item at the first sentence's full stop in it ("Forum." but not "Co." or "T.H."). */
    private static int trimmedEnd(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            boolean wordEnds = i + 1 == end || Character.isWhitespace(text.charAt(i + 1));
            if (text.charAt(i) == '.' && wordEnds && !isAbbreviation(text, start, i)) {
                return i;
            }
        }
        return end;
    }

    /** Whether the word ending at {@code end} is an abbreviation or initials: "Co", "T.H", "Inc". */
    private static boolean isAbbreviation(String text, int start, int end) {
        int wordStart = end;
        while (wordStart > start && !Character.isWhitespace(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, end);
        return word.length() <= 3 || word.contains(".");
    }

    private static boolean containsWord(String text, String word) {
        return Pattern.compile("(?<![\\p{L}])" + Pattern.quote(word) + "(?![\\p{L}])")
                .matcher(text)
                .find();
    }

    /** Where the last sentence in [start, end) begins: "Moreover" of "Peru. Moreover". */
    static int sentenceTail(String text, int start, int end) {
        int tail = start;
        for (int i = start; i + 1 < end; i++) {
            if (text.charAt(i) == '.'
                    && Character.isWhitespace(text.charAt(i + 1))
                    && !isAbbreviation(text, start, i)) {
                tail = skipSpaces(text, i + 1, end);
            }
        }
        return tail;
    }

    static boolean opensSentence(String text, int blockStart, int at) {
        int i = at;
        while (i > blockStart && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i == blockStart || ".!?:•-–\"“".indexOf(text.charAt(i - 1)) >= 0;
    }

    private static int words(String name) {
        return name.split("\\s+").length;
    }

    private static int skipSpaces(String text, int at, int end) {
        while (at < end && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    static boolean overlaps(List<OrganisationHit> hits, int start, int end) {
        return hits.stream().anyMatch(hit -> hit.start() < end && start < hit.end());
    }
}
