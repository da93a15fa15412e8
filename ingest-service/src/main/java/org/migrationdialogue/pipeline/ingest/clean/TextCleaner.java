package org.migrationdialogue.pipeline.ingest.clean;

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
        List<Block> blocks = BlockBuilder.build(content, hyphenation);
        return new CleanText(render(blocks), firstHeading(blocks));
    }

    private static Optional<String> firstHeading(List<Block> blocks) {
        return blocks.stream().filter(block -> block.kind() == Block.Kind.HEADING).map(Block::text).findFirst();
    }

    private static String render(List<Block> blocks) {
        StringBuilder out = new StringBuilder();
        Block previous = null;
        for (Block block : blocks) {
            if (previous != null) {
                out.append(bothItems(previous, block) ? "\n" : "\n\n");
            }
            out.append(block.render());
            previous = block;
        }
        return out.isEmpty() ? "" : out.append('\n').toString();
    }

    private static boolean bothItems(Block first, Block second) {
        return first.kind() == Block.Kind.ITEM && second.kind() == Block.Kind.ITEM;
    }
}
