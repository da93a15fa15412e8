package org.migrationdialogue.pipeline.enrich.core.find;

import org.migrationdialogue.pipeline.enrich.core.text.Block;
import org.migrationdialogue.pipeline.enrich.core.text.Marker;

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

    ListRead read(List<Block> blocks, int first, SectionBoundary sections) {
        Deque<Marker> levels = new ArrayDeque<>();
        levels.push(blocks.get(first).marker());
        List<Block> items = new ArrayList<>();
        boolean opened = false;
        int index = first;
        for (; index < blocks.size() && !sections.opensSection(blocks.get(index)); index++) {
            Block block = blocks.get(index);
            boolean item = block.marker().isItem();
            if (item && levels.contains(block.marker())) {
                closeLevelsAbove(levels, block.marker());
            } else if (item && opened) {
                levels.push(block.marker());
            } else if (!introducesItems(blocks, index, levels)) {
                break;
            }
            opened = introducesItems(blocks, index, levels);
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
    private static boolean introducesItems(List<Block> blocks, int index, Deque<Marker> levels) {
        Block block = blocks.get(index);
        if (!block.endsWith(':') || index + 1 >= blocks.size()) {
            return false;
        }
        Marker next = blocks.get(index + 1).marker();
        return next.isItem() && (!block.marker().isItem() || !levels.contains(next));
    }

    private static void closeLevelsAbove(Deque<Marker> levels, Marker marker) {
        while (levels.peek() != marker) {
            levels.pop();
        }
    }
}
