package org.migrationdialogue.pipeline.enrich.core.text;

import java.util.List;
import org.migrationdialogue.pipeline.common.events.Block;

/**
 * A report's text as the finders see it: the clean text and layout that ingest-service extracted, with the forms
 * the phrase automaton needs.
 *
 * @param text      the report's clean text
 * @param folded    {@code text} folded by {@link TextNormaliser}, offset for offset
 * @param scanForm  what the phrase automaton scans ({@link TextNormaliser#foldForScan})
 * @param wordCount words of the text
 * @param blocks    headings, paragraphs, list items and table rows in reading order, each a span of {@code text}
 */
public record Document(String text, String folded, String scanForm, int wordCount, List<Block> blocks) {

    public Document {
        blocks = List.copyOf(blocks);
    }

    /** The text of a block of this document. */
    public String textOf(Block block) {
        return text.substring(block.start(), block.end());
    }

    /** The folded text of a block of this document. */
    public String foldedOf(Block block) {
        return folded.substring(block.start(), block.end());
    }

    /** Whether the block's text ends with {@code c}. */
    public boolean endsWith(Block block, char c) {
        return block.end() > block.start() && text.charAt(block.end() - 1) == c;
    }

    /** The list style of a block: how its marker is written, {@link ListStyle#NONE} for a block that is not an item. */
    public static ListStyle styleOf(Block block) {
        return block.kind() == Block.Kind.LIST_ITEM ? ListStyle.of(block.marker()) : ListStyle.NONE;
    }

    /** Index of the block that holds an offset, or -1. */
    public int blockAt(int offset) {
        int low = 0;
        int high = blocks.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Block block = blocks.get(mid);
            if (offset < block.start()) {
                high = mid - 1;
            } else if (offset > block.end()) {
                low = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
