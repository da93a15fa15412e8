package org.migrationdialogue.pipeline.enrich.core.find;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.migrationdialogue.pipeline.common.events.Block;
import org.migrationdialogue.pipeline.enrich.core.knowledge.TermSpec;
import org.migrationdialogue.pipeline.enrich.core.match.Layer;
import org.migrationdialogue.pipeline.enrich.core.match.Match;
import org.migrationdialogue.pipeline.enrich.core.match.TermKind;

/**
 * Bodies with no organisation word that their context names as bodies, once every other finder has read the report:
 *
 * <ul>
 *   <li>the unknown items of an enumeration of three names or more of which at least half, and two, are bodies
 *       already known ("USAID, Zentrix, Globex and the Inter-American Development Bank"), or of three acronyms or
 *       more of which one is ("MoLESS, NPA, SDC and the experts");
 *   <li>the subjects that open a sentence, a list item or a main clause with a verb of commitment, alone,
 *       coordinated or before a clause in commas ({@code body-lists.tsv}, kind {@code commits}: "Zentrix will train
 *       5,000 women", "To date, Globex and Initech have committed $10 million", "Zentrix, a platform, has
 *       committed");
 *   <li>the names a sum is given to (kind {@code gives}: "awarded $625,000 to the Globex Network").
 * </ul>
 *
 * What the knowledge base knows as a country, a city or a body, or {@link ListedBodyFinder} refuses (titles, lone
 * heads), is none of them; nor a name that opens with a function word ("This will …", "Since …"; kind {@code
 * function}), holds an honorific or a meeting's name ("Ms. Jane Roe", "The Summit will …") or opens with a title of clergy
 * ("Rev. Jane Roe"), is the plural of a head
 * ("Ministries"); nor common words ("Partners will …", "Civil Society will …", "Member States will …"), nor a
 * single word the report uses as the surname of a longer name ("Harris will …" after "Kamala Harris").
 */
final class AnchoredBodyFinder {

    private static final int MIN_ITEMS = 3;
    private static final int MIN_KNOWN = 2;
    private static final int MAX_CLAUSE = 150;
    private static final int MAX_OPENER_WORDS = 5;
    private static final int MAX_OPENER_CHARS = 60;

    /** Where a capitalised name may begin: not inside a word, an acronym or a hyphenated compound. */
    private static final Pattern NAME_START = Pattern.compile("(?<![\\p{L}\\p{N}'’.&\\-])\\p{Lu}");

    private static final Pattern LOWER_CASE_WORD = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Ll}[\\p{L}'’\\-]*");

    private final ListedBodyFinder listed;
    private final Set<String> heads;
    private final Pattern commitment;
    private final Pattern gift;

    AnchoredBodyFinder(List<TermSpec> words, ListedBodyFinder listed, Set<String> heads) {
        this.listed = listed;
        this.heads = Set.copyOf(heads);
        String verbs = ListedBodyFinder.alternatives(words, "commits");
        String gives = ListedBodyFinder.alternatives(words, "gives");
        this.gift = Pattern.compile("(?<![\\p{L}])(?:" + gives + ")\\s+(?:more than |over |nearly |about |up to )?"
                + "(?:US\\s?|USD\\s?|EUR\\s?)?[$€£]?\\s?\\d[\\d.,]*(?:\\s+(?:million|billion|thousand))?"
                + "(?:\\s+[\\p{Ll}-]+){0,3}?\\s+to\\s+");
        this.commitment =
                Pattern.compile("(?:\\s*\\(\\p{Lu}[\\p{L}\\p{N}&.\\-]{1,11}\\))?(?:,\\s(?:[^.;:,]|(?<=\\p{Lu})\\.){1,"
                        + MAX_CLAUSE + "}?,)?\\s+(?:" + verbs + ")(?![\\p{L}])");
    }

    /** The bodies of a document that its context names as such and none of {@code known} covers. */
    List<OrganisationHit> find(AnalysedText text, List<OrganisationHit> known) {
        String original = text.text();
        BitSet taken = new BitSet(original.length());
        known.forEach(hit -> taken.set(hit.start(), hit.end()));
        List<int[]> spans = new ArrayList<>();
        for (Block block : text.document().blocks()) {
            coordinated(original, block, taken, spans);
            committing(original, block, spans);
            recipients(original, block, spans);
        }
        Set<String> lowerCase = lowerCaseWords(original);
        // the checks that read the whole report are made once a name, whatever the number of its mentions
        Map<String, Boolean> commonNames = new HashMap<>();
        List<OrganisationHit> hits = new ArrayList<>();
        for (int[] span : spans) {
            String name = original.substring(span[0], span[1]);
            if (isFree(taken, span[0], span[1])
                    && !listed.isFunctionWord(name.split("\\s+")[0])
                    && !listed.opensWithPersonTitle(name)
                    && !isPluralHead(name)
                    && !holdsTitleOrMeeting(text, span)
                    && !commonNames.computeIfAbsent(
                            name, key -> isCommonWords(key, original, lowerCase) || isSurname(key, original, lowerCase))
                    && listed.isBodyName(text, span)) {
                hits.add(new OrganisationHit(span[0], span[1], NamedBodyFinder.idOf(name), null, name));
                taken.set(span[0], span[1]);
            }
        }
        return hits;
    }

    /** The unknown items of the enumerations in the block that known bodies anchor. */
    private static void coordinated(String text, Block block, BitSet known, List<int[]> spans) {
        Matcher start = NAME_START.matcher(text);
        int at = block.start();
        while (at < block.end() && start.region(at, block.end()).find()) {
            List<int[]> items = ListedBodyFinder.items(text, start.start(), block.end());
            if (items.isEmpty()) {
                at = start.end();
                continue;
            }
            List<int[]> unknown = items.stream()
                    .filter(item -> isFree(known, item[0], item[1]) && !isDefinedByKnown(text, item, block, known))
                    .toList();
            int anchors = items.size() - unknown.size();
            boolean acronyms = items.stream().allMatch(item -> isAcronym(text.substring(item[0], item[1])));
            if (items.size() >= MIN_ITEMS
                    && (anchors >= MIN_KNOWN && 2 * anchors >= items.size() || acronyms && anchors >= 1)) {
                spans.addAll(unknown);
            }
            at = items.size() >= MIN_ITEMS ? items.getLast()[1] : items.getFirst()[1];
        }
    }

    /**
     * The names that open a sentence of the block, or its main clause after a short opener ("To date, …"), alone or
     * coordinated ("Acme and the Globex Fund"), with a verb of commitment right after them or after a clause in
     * commas ("Acme, an online platform, has committed").
     */
    private void committing(String text, Block block, List<int[]> spans) {
        Matcher start = NAME_START.matcher(text);
        int at = block.start();
        while (at < block.end() && start.region(at, block.end()).find()) {
            at = start.end();
            if (!opensClause(text, block.start(), start.start())) {
                continue;
            }
            List<int[]> items = ListedBodyFinder.items(text, start.start(), block.end());
            for (int k = items.size(); k >= 1; k--) {
                if (commitsAfter(text, items.get(k - 1)[1], block.end())) {
                    spans.addAll(items.subList(0, k));
                    at = items.get(k - 1)[1];
                    break;
                }
            }
        }
    }

    /** The names that a sum is given to: "Acme has awarded $625,000 to the Globex Network and Initech". */
    private void recipients(String text, Block block, List<int[]> spans) {
        Matcher given = gift.matcher(text).region(block.start(), block.end());
        while (given.find()) {
            spans.addAll(ListedBodyFinder.items(text, given.end(), block.end()));
        }
    }

    /** Whether a verb of commitment follows, after an acronym in brackets or a clause in commas, but not "will be". */
    private boolean commitsAfter(String text, int from, int end) {
        Matcher verb = commitment.matcher(text).region(from, end);
        return verb.lookingAt() && !text.startsWith(" be ", verb.end());
    }

    /** A sentence's start, or the start of its main clause after an opener of a few words and a comma. */
    private static boolean opensClause(String text, int blockStart, int at) {
        if (ListedBodyFinder.opensSentence(text, blockStart, at)) {
            return true;
        }
        int comma = at;
        while (comma > blockStart && Character.isWhitespace(text.charAt(comma - 1))) {
            comma--;
        }
        if (comma == blockStart || text.charAt(comma - 1) != ',') {
            return false;
        }
        // the opener is short: look back a few words only, not from the block's start (a block may be a megabyte)
        int sentence = ListedBodyFinder.sentenceTail(text, Math.max(blockStart, comma - MAX_OPENER_CHARS), comma - 1);
        String opener = text.substring(sentence, comma - 1).strip();
        return !opener.isEmpty()
                && opener.indexOf(',') < 0
                && opener.split("\\s+").length <= MAX_OPENER_WORDS
                && ListedBodyFinder.opensSentence(text, blockStart, sentence);
    }

    /** "Ministries", "Agencies": the plural of a head word names no one body. */
    private boolean isPluralHead(String name) {
        if (name.endsWith("ies")) {
            return heads.contains(name.substring(0, name.length() - 3) + "y");
        }
        return name.endsWith("s") && heads.contains(name.substring(0, name.length() - 1));
    }

    /** Whether an honorific or a meeting's name is part of the span: "Ms. Jane Roe", "The Summit". */
    private static boolean holdsTitleOrMeeting(AnalysedText text, int[] span) {
        for (Match match : text.matches().within(Layer.SIGNAL, span[0], span[1])) {
            if (match.kind() == TermKind.HONORIFIC || match.kind() == TermKind.MEETING_TYPE) {
                return true;
            }
        }
        return false;
    }

    /** Whether no character of [start, end) is taken. */
    /** "the Common Market of Eastern and Southern Africa (COMESA)": a name its known body's acronym defines is that body. */
    private static boolean isDefinedByKnown(String text, int[] item, Block block, BitSet known) {
        int[] acronym = ListedBodyFinder.bracketedAcronymAfter(text, item[1], block.end());
        return acronym != null && !isFree(known, acronym[0], acronym[1]);
    }

    private static boolean isFree(BitSet taken, int start, int end) {
        int next = taken.nextSetBit(start);
        return next < 0 || next >= end;
    }

    /** One word of two capitals or more and no other character than letters and digits: "IOM", "MoLESS". */
    private static boolean isAcronym(String word) {
        return word.chars().allMatch(Character::isLetterOrDigit)
                && word.chars().filter(Character::isUpperCase).count() >= 2;
    }

    /** The words a text writes in lower case. */
    static Set<String> lowerCaseWords(String text) {
        Set<String> words = new HashSet<>();
        Matcher word = LOWER_CASE_WORD.matcher(text);
        while (word.find()) {
            words.add(word.group());
        }
        return words;
    }

    /**
     * Whether a name is common words, not a body's: a word the report also writes in lower case ("Partners"), a
     * phrase it also writes in lower case ("Civil Society"), or common words ending with a plural ("Member States").
     * "Root Capital" stays a name in a report that speaks of root causes and of capital.
     */
    private static boolean isCommonWords(String name, String text, Set<String> lowerCase) {
        String[] words = name.split("\\s+");
        for (String word : words) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (!lowerCase.contains(lower) && !word.equals(lower)) {
                return false;
            }
        }
        String last = words[words.length - 1];
        return words.length == 1 || last.endsWith("s") || text.contains(name.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a one-word name closes a longer capitalised name elsewhere in the report, after a word that is not a
     * common one: "Harris" of "Kamala Harris", not "Zentrix" of "With Zentrix".
     */
    private static boolean isSurname(String name, String text, Set<String> lowerCase) {
        if (name.contains(" ")) {
            return false;
        }
        Matcher longer = Pattern.compile("(\\p{Lu}[\\p{L}'’\\-]+) " + Pattern.quote(name) + "(?![\\p{L}\\p{N}])")
                .matcher(text);
        while (longer.find()) {
            if (!lowerCase.contains(longer.group(1).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
