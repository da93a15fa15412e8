package org.migrationdialogue.pipeline.enrich.core.find;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.migrationdialogue.pipeline.common.events.Block;
import org.migrationdialogue.pipeline.common.events.Recommendation;
import org.migrationdialogue.pipeline.enrich.core.knowledge.TermSpec;
import org.migrationdialogue.pipeline.enrich.core.text.Document;
import org.migrationdialogue.pipeline.enrich.core.text.ListStyle;
import org.migrationdialogue.pipeline.enrich.core.text.TextNormaliser;

/**
 * The items of a report's explicit lists of recommendations, commitments, actions, next steps, conclusions,
 * findings or points emphasised, whatever their shape: bulleted, numbered, lettered or nested lists, paragraphs of
 * infinitive verbs after a lead-in, inline "a) … b) …" lists, run-in lists whose items are separated by ";" after
 * a recommending verb and ":" ("… préconisent de : renforcer … ; former … ; et publier …"), and "Recommendation 3: …"
 * blocks (the item is the block's headline, not the explanation after it). Narrative prose is never an item, nor
 * is a question ("1. To what extent …?").
 * <p>
 * A list is read when its lead-in (the block before it that ends with ":", or a short introduction after a
 * heading) or its section heading announces recommendations or conclusions ({@code list-lead-ins.tsv}); when
 * neither says anything, when most of its items are actions ({@link ActionItems}). A lead-in or heading that
 * announces an agenda, objectives, contents or participants rules the list out. A paragraph between items that
 * ends with ":" and announces another kind than the list's lead-in ("These recommendations are:" after findings)
 * ends the list: the items after it are a list of their own, of the kind it announces.
 */
public final class RecommendationFinder {

    private static final int MAX_HEADING_WORDS = 12;
    /** A heading in title case may be longer ("Addressing Root Causes and Supporting the Integration of …"). */
    private static final int MAX_TITLE_CASE_WORDS = 20;
    /** The lower-case words a title-case heading keeps: articles, conjunctions, prepositions. */
    private static final int MAX_FUNCTION_WORD_LENGTH = 4;

    private static final int MIN_TITLE_CASE_WORDS = 3;
    private static final int MAX_INTRO_WORDS = 6;
    /** How many lines a wrapped heading may take. */
    private static final int MAX_HEADING_LINES = 3;
    /** How far back a list's section heading may be. */
    private static final int HEADING_REACH = 12;
    /** "…; and" at an item's end: the conjunction joins items, it is not part of this one. */
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\s*\\n\\s*\\n\\s*");

    private static final Pattern TRAILING_CONJUNCTION = Pattern.compile("([;,]?)\\s+(?:and|or|et|ou)$");

    private static final Pattern NUMBERED_RECOMMENDATION = Pattern.compile(
            "^(?:recommendation|recommandation|recomendacion)\\s+(\\d{1,2})(?:\\s*[:.\\-–—]\\s*|\\s*$)",
            Pattern.CASE_INSENSITIVE);

    private final LeadInClassifier leadIns;
    private final ActionItems actions;
    private final GroupNamer groups = new GroupNamer();
    private final ListReader lists;
    private final InlineLists inline = new InlineLists();
    private final CountryFinder countries;
    private final ThemeScorer themes;

    public RecommendationFinder(
            List<TermSpec> leadInPhrases,
            List<TermSpec> actionVerbs,
            TextNormaliser normaliser,
            CountryFinder countries,
            ThemeScorer themes) {
        this.leadIns = new LeadInClassifier(leadInPhrases, normaliser);
        this.actions = new ActionItems(actionVerbs, normaliser);
        this.lists = new ListReader(actions);
        this.countries = countries;
        this.themes = themes;
    }

    public List<Recommendation> extract(AnalysedText text, OrganisationFindings organisations) {
        Reading reading = new Reading(text, organisations);
        List<Block> blocks = text.document().blocks();
        int index = 0;
        while (index < blocks.size()) {
            index = reading.at(index);
        }
        return reading.recommendations;
    }

    /** One pass over a report's blocks, collecting its items once each. */
    private final class Reading {

        private final AnalysedText text;
        private final Document document;
        private final OrganisationFindings organisations;
        private final List<Recommendation> recommendations = new ArrayList<>();
        private final Set<String> seen = new HashSet<>();
        private String section;
        /** The last "Recommendation N: …" block: the lists right after it are its actions. */
        private int lastNumberedRecommendation = -HEADING_REACH - 1;

        Reading(AnalysedText text, OrganisationFindings organisations) {
            this.text = text;
            this.document = text.document();
            this.organisations = organisations;
        }

        /** Reads what starts at block {@code index}; returns the index of the next block to read. */
        int at(int index) {
            Block block = document.blocks().get(index);
            String opened = sectionOpenedBy(block);
            section = opened != null ? opened : section;
            Matcher numbered = NUMBERED_RECOMMENDATION.matcher(document.textOf(block));
            if (numbered.find() && block.kind() != Block.Kind.LIST_ITEM) {
                numberedRecommendation(index, numbered.end());
                lastNumberedRecommendation = index;
                return index + 1;
            }
            if (startsList(index)) {
                return list(index);
            }
            if (block.kind() == Block.Kind.PARAGRAPH && !lostBullets(index)) {
                inlineList(block);
            }
            return index + 1;
        }

        /**
         * ". Open … . Train …" after "The following recommendations were adopted.": a list whose bullets became
         * periods is read as a list of its own, announced by the paragraph before it (its last sentence, even without
         * ":"), else by its heading, else by its items being actions. Whether it was read.
         */
        private boolean lostBullets(int index) {
            InlineLists.InlineList list =
                    inline.lostBullets(document, document.blocks().get(index));
            if (list == null) {
                return false;
            }
            String leadIn = index == 0
                    ? ""
                    : lastSentence(document.foldedOf(document.blocks().get(index - 1)));
            String heading = headingBefore(index);
            List<String> items = list.items().stream()
                    .map(item -> document.text().substring(item[0], item[1]))
                    .toList();
            ListKind kind = kindOf(leadIn, heading, items);
            if (kind != ListKind.RECOMMENDATION && kind != ListKind.CONCLUSION) {
                return false;
            }
            String group = groups.name(leadIn + " " + flat(heading), kind.contractKind(), section);
            for (int[] item : list.items()) {
                add(item[0], item[1], group, kind.contractKind());
            }
            return true;
        }

        /** "Recommendation 3: The team should …": the headline, or the next paragraph after a bare label. */
        private void numberedRecommendation(int index, int labelEnd) {
            Block block = document.blocks().get(index);
            int start = block.start() + labelEnd;
            int end = block.end();
            if (start >= end && index + 1 < document.blocks().size()) {
                Block next = document.blocks().get(index + 1);
                start = next.start();
                end = next.end();
            }
            if (start < end) {
                add(start, end, "recommendations", Recommendation.RECOMMENDATION);
            }
        }

        /** Whether block {@code index} is the first item of a list: an item, or an implicit one after a lead-in. */
        private boolean startsList(int index) {
            Block block = document.blocks().get(index);
            if (Document.styleOf(block).isItem()) {
                return true;
            }
            return block.kind() == Block.Kind.PARAGRAPH
                    && index > 0
                    && document.endsWith(document.blocks().get(index - 1), ':')
                    && announcesItems(leadInBefore(index))
                    && lists.opensImplicitList(document, index);
        }

        /** Paragraphs without markers are items only after a lead-in that says they are. */
        private boolean announcesItems(String leadIn) {
            ListKind kind = leadIns.kindOf(leadIn);
            return kind == ListKind.RECOMMENDATION || kind == ListKind.CONCLUSION;
        }

        private int list(int first) {
            String leadIn = leadInBefore(first);
            ListKind announced = leadIns.kindOf(leadIn);
            ListReader.ListRead list =
                    lists.read(document, first, block -> endsLists(block) || announcesOtherList(block, announced));
            // Paragraphs without markers are a list only by their lead-in or their verbs, never by a heading.
            boolean implicit = !Document.styleOf(document.blocks().get(first)).isItem();
            String heading = implicit ? "" : headingBefore(first);
            List<String> items = list.items().stream().map(document::textOf).toList();
            ListKind kind = kindOf(leadIn, heading, items);
            if (kind == null && !implicit && first - lastNumberedRecommendation <= HEADING_REACH) {
                kind = ListKind.RECOMMENDATION;
            }
            if (kind == null && !implicit) {
                announcedSubLists(first, list.next());
            }
            if (kind != null && kind != ListKind.NOT_A_RECOMMENDATION) {
                String context = (leadIn.isEmpty() ? flat(heading) : leadIn) + " " + flat(heading);
                String group = groups.name(context, kind.contractKind(), section);
                for (Block item : list.items()) {
                    add(item.start(), item.end(), group, kind.contractKind());
                }
            }
            return Math.max(list.next(), first + 1);
        }

        /**
         * In a list nobody announces (a record of fields, say), a nested level whose introducing item announces
         * recommendations or conclusions ("… The specific measures to take are the following:") is a list of its
         * own: its items, and the introducing item too when it says more than its lead-in sentence.
         */
        private void announcedSubLists(int first, int next) {
            List<Block> blocks = document.blocks();
            for (int i = first; i + 1 < next; i++) {
                Block intro = blocks.get(i);
                ListStyle style = Document.styleOf(intro);
                ListStyle subStyle = Document.styleOf(blocks.get(i + 1));
                if (!style.isItem() || !subStyle.isItem() || subStyle.equals(style) || !document.endsWith(intro, ':')) {
                    continue;
                }
                String folded = document.foldedOf(intro);
                String leadIn = lastSentence(folded);
                ListKind kind = leadIns.kindOf(leadIn);
                if (kind != ListKind.RECOMMENDATION && kind != ListKind.CONCLUSION) {
                    continue;
                }
                String group = groups.name(leadIn, kind.contractKind(), section);
                if (leadIn.length() < folded.length()) {
                    add(intro.start(), intro.end(), group, kind.contractKind());
                }
                for (int j = i + 1; j < next && Document.styleOf(blocks.get(j)).equals(subStyle); j++) {
                    add(blocks.get(j).start(), blocks.get(j).end(), group, kind.contractKind());
                }
            }
        }

        /** The lead-in says first; then the heading; a list nobody announces counts when it is a list of actions. */
        private ListKind kindOf(String leadIn, String heading, List<String> items) {
            ListKind byLeadIn = leadIns.kindOf(leadIn);
            if (byLeadIn != null) {
                return byLeadIn;
            }
            ListKind byHeading = leadIns.kindOf(flat(heading));
            if (byHeading != null) {
                return byHeading;
            }
            // A wrapped heading's first line opens with the verb; a title line above a heading, its last line.
            boolean actionSection = !heading.isEmpty()
                    && (actions.startsWithVerb(heading)
                            || actions.startsWithVerb(heading.substring(heading.lastIndexOf('\n') + 1)));
            return actionSection || actions.mostlyActions(items) ? ListKind.RECOMMENDATION : null;
        }

        /**
         * "The participants agreed to … for a) … and b) …", or "… recommend to: open …; train …; and fund …": items
         * only when the sentence announces them.
         */
        private void inlineList(Block block) {
            List<InlineLists.InlineList> found = inline.find(document, block);
            InlineLists.InlineList runIn = found.isEmpty() ? inline.runIn(document, block) : null;
            for (InlineLists.InlineList list : runIn == null ? found : List.of(runIn)) {
                String leadIn = document.folded()
                        .substring(list.leadInStart(), list.items().getFirst()[0]);
                // Inside a sentence, only a decision announces items ("agreed to", "recommends"); a speaker's
                // points ("he stressed … given a) … b) …") are reasons, not conclusions of the meeting.
                // A run-in list has no markers to set it apart: the verb right before it must announce it.
                ListKind kind = list == runIn ? leadIns.kindOfEnding(leadIn) : leadIns.kindOf(leadIn);
                if (kind != ListKind.RECOMMENDATION) {
                    continue;
                }
                String group = groups.name(leadIn, kind.contractKind(), section);
                for (int[] item : list.items()) {
                    add(item[0], item[1], group, kind.contractKind());
                }
            }
        }

        /** The folded lead-in of the list starting at {@code first}: a block ending with ":", or a short intro. */
        private String leadInBefore(int first) {
            if (first == 0) {
                return "";
            }
            Block before = document.blocks().get(first - 1);
            if (document.endsWith(before, ':')) {
                return lastSentence(document.foldedOf(before));
            }
            boolean shortIntro = first >= 2
                    && before.kind() != Block.Kind.LIST_ITEM
                    && hasAtMostWords(document.textOf(before), MAX_INTRO_WORDS);
            return shortIntro && isHeading(document.blocks().get(first - 2))
                    ? document.foldedOf(document.blocks().get(first - 2)) + " " + document.foldedOf(before)
                    : "";
        }

        /** The folded heading of the section the list at {@code first} sits in (its lines joined by "\n"), or "". */
        private String headingBefore(int first) {
            for (int i = first - 1; i >= 0 && i >= first - HEADING_REACH; i--) {
                Block block = document.blocks().get(i);
                if (Document.styleOf(block).isItem()) {
                    continue;
                }
                if (isHeading(block)) {
                    return wrappedHeadingEndingAt(i);
                }
            }
            return "";
        }

        /**
         * The folded heading whose last line is block {@code last}, its lines joined by "\n": a heading wrapped over lines comes as
         * consecutive heading blocks ("Strengthening Humane" / "Enforcement"), read as one; a heading that ends with
         * punctuation ("AU TITRE DES MESURES INDIVIDUELLES,") is one of its own.
         */
        private String wrappedHeadingEndingAt(int last) {
            int first = last;
            while (first > 0
                    && last - first < MAX_HEADING_LINES - 1
                    && document.blocks().get(first).kind() == Block.Kind.HEADING
                    && document.blocks().get(first - 1).kind() == Block.Kind.HEADING
                    && endsMidPhrase(document.blocks().get(first - 1))) {
                first--;
            }
            StringBuilder heading = new StringBuilder();
            for (int i = first; i <= last; i++) {
                heading.append(i == first ? "" : "\n")
                        .append(document.foldedOf(document.blocks().get(i)));
            }
            return heading.toString();
        }

        /** Whether a block ends without punctuation, as a line that a heading wraps after does. */
        private boolean endsMidPhrase(Block block) {
            String blockText = document.textOf(block).strip();
            return !blockText.isEmpty() && Character.isLetterOrDigit(blockText.charAt(blockText.length() - 1));
        }

        private boolean isHeading(Block block) {
            if (block.kind() == Block.Kind.HEADING) {
                return true;
            }
            String blockText = document.textOf(block);
            return block.kind() == Block.Kind.PARAGRAPH
                    && !document.endsWith(block, '.')
                    && !document.endsWith(block, ':')
                    && (hasAtMostWords(blockText, MAX_HEADING_WORDS)
                                    && (hasNoLowerCase(blockText) || startsWithCapital(blockText))
                            || hasAtMostWords(blockText, MAX_TITLE_CASE_WORDS) && isTitleCase(blockText));
        }

        /**
         * Whether a block starts something new that no list runs across: a heading (an item in capitals, as "3.
         * CONCLUSIONS", is one too), a "Recommendation 4: …" block, a working-group section.
         */
        private boolean endsLists(Block block) {
            String blockText = document.textOf(block);
            boolean capitalsItem = block.kind() == Block.Kind.LIST_ITEM
                    && hasNoLowerCase(blockText)
                    && hasAtMostWords(blockText, MAX_INTRO_WORDS);
            return block.kind() == Block.Kind.HEADING && !document.endsWith(block, ':')
                    || capitalsItem
                    || block.kind() != Block.Kind.LIST_ITEM
                            && NUMBERED_RECOMMENDATION.matcher(blockText).find()
                    || sectionOpenedBy(block) != null;
        }

        /**
         * Whether a paragraph between items is the lead-in of another list: it ends with ":" and announces a kind
         * other than the current list's ("… the following findings: • … Its recommendations are: • …").
         */
        private boolean announcesOtherList(Block block, ListKind current) {
            if (block.kind() != Block.Kind.PARAGRAPH
                    || Document.styleOf(block).isItem()
                    || !document.endsWith(block, ':')) {
                return false;
            }
            ListKind kind = leadIns.kindOf(lastSentence(document.foldedOf(block)));
            return kind != null && kind != current;
        }

        /** The working-group number a block opens ("Working group 2: ..."), or null. */
        private String sectionOpenedBy(Block block) {
            boolean candidate = document.folded().startsWith(GroupNamer.SECTION_START, block.start())
                    && !document.endsWith(block, '.');
            return candidate ? groups.sectionOf(document.foldedOf(block)) : null;
        }

        /** A cheap test before the pattern, which would otherwise be tried at every space of every item. */
        private static boolean endsWithConjunction(String item) {
            return item.endsWith("and") || item.endsWith("or") || item.endsWith("et") || item.endsWith("ou");
        }

        private void add(int start, int end, String group, String kind) {
            // An item that runs on over paragraphs is published on one line.
            String raw = PARAGRAPH_BREAK
                    .matcher(document.text().substring(start, end).strip())
                    .replaceAll(" ");
            Matcher label = NUMBERED_RECOMMENDATION.matcher(raw);
            String item = label.find() ? raw.substring(label.end()) : raw;
            String itemText = endsWithConjunction(item)
                    ? TRAILING_CONJUNCTION.matcher(item).replaceFirst("$1")
                    : item;
            // A question ("1. To what extent …?") asks; it neither recommends nor concludes.
            if (itemText.length() < 2 || itemText.endsWith("?") || !seen.add(itemText)) {
                return;
            }
            recommendations.add(new Recommendation(
                    RecommendationIds.of(itemText),
                    recommendations.size() + 1,
                    group,
                    kind,
                    itemText,
                    themes.themesWithin(text, start, end),
                    countries.codesWithin(text, start, end),
                    organisations.idsWithin(start, end)));
        }
    }

    /** A heading's lines, as one line. */
    private static String flat(String heading) {
        return heading.replace('\n', ' ');
    }

    /** The sentence that introduces a list: the last of its lead-in paragraph. */
    private static String lastSentence(String folded) {
        int end = folded.length() - 1;
        for (int i = end - 1; i > 0; i--) {
            if ((folded.charAt(i - 1) == '.' || folded.charAt(i - 1) == '!' || folded.charAt(i - 1) == '?')
                    && folded.charAt(i) == ' '
                    && !Character.isDigit(folded.charAt(Math.max(0, i - 2)))) {
                return folded.substring(i + 1);
            }
        }
        return folded;
    }

    /** Whether the first letter is a capital (emoji, numbers and quotes before it do not count). */
    private static boolean startsWithCapital(String text) {
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            int c = text.codePointAt(i);
            if (Character.isLetter(c)) {
                return Character.isUpperCase(c);
            }
        }
        return false;
    }

    /** Every word capitalised but short function words ("and", "the", "of", "to"), at least three of them. */
    private static boolean isTitleCase(String text) {
        int capitalised = 0;
        for (String word : text.strip().split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            if (Character.isUpperCase(word.codePointAt(0))) {
                capitalised++;
            } else if (word.length() > MAX_FUNCTION_WORD_LENGTH || !word.chars().allMatch(Character::isLowerCase)) {
                return false;
            }
        }
        return capitalised >= MIN_TITLE_CASE_WORDS;
    }

    private static boolean hasNoLowerCase(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean hasAtMostWords(String text, int limit) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length() && words <= limit; i++) {
            boolean space = text.charAt(i) == ' ';
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words <= limit;
    }
}
