package org.migrationdialogue.pipeline.enrich.core.text;

import java.util.List;

/**
 * A report's text as the finders see it.
 *
 * @param text      the blocks joined by new lines
 * @param folded    {@code text} folded by {@link TextNormaliser}, offset for offset
 * @param scanForm  what the phrase automaton scans ({@link TextNormaliser#foldForScan})
 * @param wordCount words of the text
 * @param blocks    paragraphs, headings and list items in reading order
 */
public record Document(String text, String folded, String scanForm, int wordCount, List<Block> blocks) {

    public Document {
        blocks = List.copyOf(blocks);
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
