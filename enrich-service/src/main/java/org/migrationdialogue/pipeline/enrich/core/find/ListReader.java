package org.migrationdialogue.pipeline.enrich.core.find;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.migrationdialogue.pipeline.common.events.Block;
import org.migrationdialogue.pipeline.enrich.core.text.Document;
import org.migrationdialogue.pipeline.enrich.core.text.ListStyle;

/**
 * Reads one list, possibly nested, from its first item: items continue while their marker is one of the open
 * levels; a new marker opens a sub-level only after a block ending with ":" (an item that only introduces sub-items
 * is dropped). A paragraph ending with ":" right before items is an inner lead-in: skipped, the list goes on (even
 * when the sub-items carry the parent's marker). A block opening a new section ("Working group 2: ...") and
 * anything else end the list.
 * <p>
 * A list may also be implicit: paragraphs without markers after a lead-in, each opening with an action verb
 * ("Renforcer …", "Améliorer …"), ending with ";" or run in after a short label ("Acme Foods: Acme Foods will invest
 * …", the paragraphs of a fact sheet's commitments) — it goes on while they do.
 */
final class ListReader {

    /** "Acme Foods: …", "Gap Inc.: …": at most six words, the first capitalised, then a colon and the text. */
    private static final Pattern RUN_IN_LABEL =
            Pattern.compile("^[\\p{Lu}\\p{N}][^\\s:]*(?:[ \\t]+[^\\s:]+){0,5}:[ \\t]+\\S");

    /** How many unlabelled paragraphs a labelled item may run on into. */
    private static final int MAX_RUN_ON = 2;

    private final ActionItems actions;

    ListReader(ActionItems actions) {
        this.actions = actions;
    }

    /** The items of the list and the index of the first block after it. */
    record ListRead(List<Block> items, int next) {}

    /** Tells whether a block opens a new section of the report, which no list runs across. */
    @FunctionalInterface
    interface SectionBoundary {
        boolean opensSection(Block block);
    }

    ListRead read(Document document, int first, SectionBoundary sections) {
        if (!Document.styleOf(document.blocks().get(first)).isItem()) {
            return readImplicit(document, first);
        }
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
     * Whether an implicit list opens at {@code index}: two items in a row, or two labelled paragraphs with what the
     * first runs on into between them.
     */
    boolean opensImplicitList(Document document, int index) {
        if (!isImplicitItem(document, index)) {
            return false;
        }
        return isImplicitItem(document, index + 1)
                || isLabelled(document, index)
                        && readLabelled(document, index).items().size() > 1;
    }

    /** Whether the paragraph at {@code index} reads as an item of an implicit list. */
    boolean isImplicitItem(Document document, int index) {
        if (index >= document.blocks().size()) {
            return false;
        }
        Block block = document.blocks().get(index);
        return block.kind() == Block.Kind.PARAGRAPH
                && (document.endsWith(block, ';')
                        || actions.startsWithVerb(document.foldedOf(block))
                        || hasRunInLabel(document.textOf(block)));
    }

    /**
     * The labelled paragraphs from {@code first}, each one item with the paragraphs it runs on into: one that opens in
     * lower case (a sentence broken by a page), or at most {@value #MAX_RUN_ON} unlabelled paragraphs right before the
     * next labelled one ("In addition, Acme's plants will …"). The paragraphs after the last labelled one are not its.
     */
    private static ListRead readLabelled(Document document, int first) {
        List<Block> blocks = document.blocks();
        List<Block> items = new ArrayList<>();
        int index = first;
        while (isLabelled(document, index)) {
            int last = index;
            int run = index + 1;
            while (run < blocks.size() && isParagraph(blocks.get(run)) && !isLabelled(document, run)) {
                run++;
            }
            if (isLabelled(document, run) && run - index - 1 <= MAX_RUN_ON) {
                last = run - 1;
            } else {
                while (last + 1 < run && opensInLowerCase(document.textOf(blocks.get(last + 1)))) {
                    last++;
                }
            }
            Block label = blocks.get(index);
            items.add(Block.paragraph(label.start(), blocks.get(last).end(), label.page()));
            index = last + 1;
        }
        return new ListRead(items, index);
    }

    private static boolean isLabelled(Document document, int index) {
        return index < document.blocks().size()
                && isParagraph(document.blocks().get(index))
                && hasRunInLabel(document.textOf(document.blocks().get(index)));
    }

    private static boolean isParagraph(Block block) {
        return block.kind() == Block.Kind.PARAGRAPH;
    }

    private static boolean opensInLowerCase(String text) {
        return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
    }

    /** Whether a paragraph opens with a short label and a colon, the label holding no sentence's end. */
    private static boolean hasRunInLabel(String text) {
        Matcher label = RUN_IN_LABEL.matcher(text);
        return label.lookingAt() && !text.substring(0, label.end()).contains(". ");
    }

    private ListRead readImplicit(Document document, int first) {
        if (hasRunInLabel(document.textOf(document.blocks().get(first)))) {
            return readLabelled(document, first);
        }
        List<Block> items = new ArrayList<>();
        int index = first;
        while (isImplicitItem(document, index)) {
            items.add(document.blocks().get(index));
            index++;
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
