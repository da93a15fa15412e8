package org.migrationdialogue.pipeline.enrich.core.find;

import org.migrationdialogue.pipeline.common.events.Recommendation;
import org.migrationdialogue.pipeline.enrich.core.knowledge.TermSpec;
import org.migrationdialogue.pipeline.common.events.Block;
import org.migrationdialogue.pipeline.enrich.core.text.Document;
import org.migrationdialogue.pipeline.enrich.core.text.TextNormaliser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Items of explicit lists of recommendations, conclusions, pilot initiatives or points participants emphasised.
 * A list counts when a lead-in announces it: a block ending with ":" that holds a lead-in phrase, or a heading
 * holding one followed (directly or after a short introduction such as "The co-chairs") by the list's first item.
 * Narrative paragraphs are never items; nested lists give one item per sub-item.
 */
public final class RecommendationFinder {

    private static final int MAX_HEADING_WORDS = 12;
    private static final int MAX_INTRO_WORDS = 6;
    private static final Pattern TRAILING_CONJUNCTION = Pattern.compile(";\\s*(?:and|or|et|ou)$");

    private final LeadInClassifier leadIns;
    private final GroupNamer groups = new GroupNamer();
    private final ListReader lists = new ListReader();
    private final CountryFinder countries;
    private final ThemeScorer themes;

    public RecommendationFinder(List<TermSpec> leadInPhrases, TextNormaliser normaliser, CountryFinder countries,
                                   ThemeScorer themes) {
        this.leadIns = new LeadInClassifier(leadInPhrases, normaliser);
        this.countries = countries;
        this.themes = themes;
    }

    public List<Recommendation> extract(AnalysedText text, OrganisationFindings organisations) {
        List<Block> blocks = text.document().blocks();
        List<Recommendation> recommendations = new ArrayList<>();
        String section = null;
        int index = 0;
        while (index < blocks.size()) {
            section = sectionAfter(section, text, blocks.get(index));
            int first = firstItemAfterLeadIn(text, blocks, index);
            index = first < 0 ? index + 1 : readList(text, organisations, new Announcement(index, first, section),
                    recommendations);
        }
        return recommendations;
    }

    /** Where a list is announced: its lead-in block, its first item, the working-group section it sits in. */
    private record Announcement(int leadIn, int firstItem, String section) {
    }

    /** Adds the items of an announced list; returns the index of the first block after the list. */
    private int readList(AnalysedText text, OrganisationFindings organisations, Announcement announcement,
                         List<Recommendation> recommendations) {
        List<Block> blocks = text.document().blocks();
        String leadIn = foldedBlock(text, blocks.get(announcement.leadIn())) + " "
                + foldedBlock(text, blocks.get(announcement.firstItem() - 1));
        ListReader.ListRead list = lists.read(text.document(), announcement.firstItem(),
                block -> sectionOpenedBy(text, block) != null);
        String kind = leadIns.kindOf(leadIn);
        String group = groups.name(leadIn, kind, announcement.section());
        for (Block item : list.items()) {
            int ordinal = recommendations.size() + 1;
            recommendations.add(toRecommendation(text, organisations, item, ordinal, group, kind));
        }
        return Math.max(list.next(), announcement.leadIn() + 1);
    }

    private String sectionAfter(String section, AnalysedText text, Block block) {
        String opened = sectionOpenedBy(text, block);
        return opened != null ? opened : section;
    }

    /** The working-group number a block opens ("Working group 2: ..."), or null. */
    private String sectionOpenedBy(AnalysedText text, Block block) {
        boolean candidate = text.folded().startsWith(GroupNamer.SECTION_START, block.start())
                && !text.document().endsWith(block, '.');
        return candidate ? groups.sectionOf(foldedBlock(text, block)) : null;
    }

    /** Index of the first item of the list the block at {@code index} announces, or -1. */
    private int firstItemAfterLeadIn(AnalysedText text, List<Block> blocks, int index) {
        Document document = text.document();
        Block block = blocks.get(index);
        boolean colon = document.endsWith(block, ':');
        if (index + 1 >= blocks.size() || !colon && !isHeading(document, block)
                || leadIns.kindOf(foldedBlock(text, block)) == null) {
            return -1;
        }
        if (colon) {
            return isItem(blocks.get(index + 1)) ? index + 1 : -1;
        }
        if (isItem(blocks.get(index + 1))) {
            return index + 1;
        }
        boolean shortIntro = hasAtMostWords(document.textOf(blocks.get(index + 1)), MAX_INTRO_WORDS);
        return shortIntro && index + 2 < blocks.size() && isItem(blocks.get(index + 2)) ? index + 2 : -1;
    }

    private static boolean isItem(Block block) {
        return Document.styleOf(block).isItem();
    }

    private static boolean isHeading(Document document, Block block) {
        String text = document.textOf(block);
        return block.kind() == Block.Kind.HEADING || hasNoLowerCase(text)
                || !document.endsWith(block, '.') && hasAtMostWords(text, MAX_HEADING_WORDS);
    }

    private static boolean hasNoLowerCase(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasAtMostWords(String text, int limit) {
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

    private static String foldedBlock(AnalysedText text, Block block) {
        return text.document().foldedOf(block);
    }

    private Recommendation toRecommendation(AnalysedText text, OrganisationFindings organisations, Block item,
                                            int ordinal, String group, String kind) {
        String itemText = TRAILING_CONJUNCTION.matcher(text.document().textOf(item)).replaceFirst(";");
        return new Recommendation(RecommendationIds.of(itemText), ordinal, group, kind, itemText,
                themes.themesWithin(text, item.start(), item.end()),
                countries.codesWithin(text, item.start(), item.end()),
                organisations.idsWithin(item.start(), item.end()));
    }
}
