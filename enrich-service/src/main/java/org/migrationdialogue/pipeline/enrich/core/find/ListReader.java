package org.migrationdialogue.pipeline.enrich.core.find;

import org.migrationdialogue.pipeline.common.events.Block;
import org.migrationdialogue.pipeline.enrich.core.text.Document;
import org.migrationdialogue.pipeline.enrich.core.text.ListStyle;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Reads one list, possibly nested, from its first item: items continue while their marker is one of the open
 * levels; a new marker opens a sub-level only after a block ending with ":" (an item that only introduces sub-items
 * is dropped). A paragraph ending with ":" right before items is an inner lead-in: skipped, the list goes on (even
 * when a cleaner gave the sub-items the parent's marker). A block opening a new section ("Working group 2: ...")
 * and anything else end the list.
 */
final class ListReader {

    /** The items of the list and the index of the first block after it. */
    record ListRead(List<Block> items, int next) {
    }

    /** Tells whether a block opens a new section of the report, which no list runs across. */
    @FunctionalInterface
    interface SectionBoundary {
        boolean opensSection(Block block);
    }

    ListRead read(Document document, int first, SectionBoundary sections) {
        List<Block> blocks = document.blocks();
        Deque<ListStyle> levels = new ArrayDeque<>();
        levels.push(Document.styleOf(blocks.get(first)));
        List<Block> items = new ArrayList<>();
        boolean opened = false;
        int index = first;
        for (; index < blocks.size() && !sections.opensSection(blocks.get(index)); index++) {
            Block block = blocks.get(index);
            ListStyle style = Document.styleOf(block);
            boolean item = style.isItem();
            if (item && levels.contains(style)) {
                closeLevelsAbove(levels, style);
            } else if (item && opened) {
                levels.push(style);
            } else if (!introducesItems(document, index, levels)) {
                break;
            }
            opened = introducesItems(document, index, levels);
            if (item && !opened) {
                items.add(block);
            }
        }
        return new ListRead(items, index);
    }

    /**
     * A block ending with ":" introduces the items after it: an item only when they open a new level (else it is
     * an item that happens to end with a colon), a paragraph whenever an item follows.
     */
    private static boolean introducesItems(Document document, int index, Deque<ListStyle> levels) {
        List<Block> blocks = document.blocks();
        Block block = blocks.get(index);
        if (!document.endsWith(block, ':') || index + 1 >= blocks.size()) {
            return false;
        }
        ListStyle next = Document.styleOf(blocks.get(index + 1));
        return next.isItem() && (!Document.styleOf(block).isItem() || !levels.contains(next));
    }

    private static void closeLevelsAbove(Deque<ListStyle> levels, ListStyle marker) {
        while (levels.peek() != marker) {
            levels.pop();
        }
    }
}
