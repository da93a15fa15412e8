package org.migrationdialogue.pipeline.ingest.clean;

import org.migrationdialogue.pipeline.common.events.Block;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns extracted text into clean text for search and enrichment. Pure: no I/O, no state between calls.
 *
 * <p>Steps: Unicode normalisation ({@link UnicodeNormaliser}); removal of page numbers and running
 * headers/footers ({@link FurnitureFilter}); rebuilding of headings, paragraphs and list items from wrapped
 * lines ({@link LineRole}), mending words hyphenated across lines ({@link Hyphenation}).
 *
 * <p>Output: one block per line; list items start with "• " or their own number ("1.", "a)"); a blank line
 * separates blocks, except between consecutive list items.
 */
public final class TextCleaner {

    private final CleanerRules rules;
    private final FurnitureFilter furniture;

    public TextCleaner(CleanerRules rules) {
        this.rules = rules;
        this.furniture = new FurnitureFilter(rules);
    }

    /** A cleaner with the shipped rules, {@link CleanerRules#defaults()}. */
    public static TextCleaner withDefaultRules() {
        return new TextCleaner(CleanerRules.defaults());
    }

    public CleanText clean(String extracted) {
        String normalised = UnicodeNormaliser.normalise(extracted);
        List<SourceLine> content = furniture.removeFurniture(LineSplitter.split(normalised));
        Hyphenation hyphenation = Hyphenation.forDocument(rules.hyphenPrefixes(), normalised);
        List<DraftBlock> blocks = BlockBuilder.build(content, hyphenation);
        return render(blocks);
    }

    private static Optional<String> firstHeading(List<DraftBlock> blocks) {
        return blocks.stream().filter(block -> block.kind() == DraftBlock.Kind.HEADING).map(DraftBlock::text).findFirst();
    }

    /** The text (blocks apart by a blank line, consecutive items by a new line) and each block's span in it. */
    private static CleanText render(List<DraftBlock> drafts) {
        StringBuilder out = new StringBuilder();
        List<Block> blocks = new ArrayList<>(drafts.size());
        DraftBlock previous = null;
        for (DraftBlock draft : drafts) {
            if (previous != null) {
                out.append(bothItems(previous, draft) ? "\n" : "\n\n");
            }
            out.append(draft.prefix());
            int start = out.length();
            out.append(draft.text());
            blocks.add(span(draft, start, out.length()));
            previous = draft;
        }
        String text = out.isEmpty() ? "" : out.append('\n').toString();
        return new CleanText(text, blocks, firstHeading(drafts));
    }

    private static Block span(DraftBlock draft, int start, int end) {
        return switch (draft.kind()) {
            case HEADING -> Block.heading(start, end, 1, null);
            case PARAGRAPH -> Block.paragraph(start, end, null);
            case ITEM -> Block.listItem(start, end, 1, draft.marker(), null);
        };
    }

    private static boolean bothItems(DraftBlock first, DraftBlock second) {
        return first.kind() == DraftBlock.Kind.ITEM && second.kind() == DraftBlock.Kind.ITEM;
    }
}
