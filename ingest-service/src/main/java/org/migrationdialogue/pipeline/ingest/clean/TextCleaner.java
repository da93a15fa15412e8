package org.migrationdialogue.pipeline.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.migrationdialogue.pipeline.common.events.Block;

/**
 * Turns what a parser read into clean text for search and enrichment and its layout. Pure: no I/O, no state
 * between calls.
 *
 * <p>Text without structure of its own ({@link PagedText}: PDF, plain text): Unicode normalisation
 * ({@link UnicodeNormaliser}); removal of page numbers and running headers/footers ({@link FurnitureFilter});
 * rebuilding of headings, paragraphs and list items from wrapped lines ({@link LineRole}), mending words
 * hyphenated across lines ({@link Hyphenation}); each block on the page of its first line.
 *
 * <p>Structured documents ({@link StructureBuilder.Structure}: DOCX, ODT, HTML, ...): their blocks as the format
 * gave them, without the paragraphs that are known furniture (the same list); a paragraph written with a list
 * marker ("1)", "•", as Word's numbered paragraphs come) is a list item.
 *
 * <p>Both: list items without a nesting level from the format get one from their markers ({@link MarkerNesting}).
 * Output: one block per line; list items start with their marker ("•", "1.", "a)"); a blank line separates
 * blocks, except between consecutive list items and between consecutive table rows.
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

    /** Cleans text without pages. */
    public CleanText clean(String extracted) {
        return clean(new PagedText(List.of(extracted), false));
    }

    public CleanText clean(PagedText extracted) {
        List<String> normalised =
                extracted.pages().stream().map(UnicodeNormaliser::normalise).toList();
        List<SourceLine> content = furniture.removeFurniture(LineSplitter.split(normalised, extracted.paged()));
        Hyphenation hyphenation = Hyphenation.forDocument(rules.hyphenPrefixes(), String.join("\n", normalised));
        return render(MarkerNesting.assignLevels(BlockBuilder.build(content, hyphenation)));
    }

    public CleanText clean(StructureBuilder.Structure structure) {
        List<DraftBlock> blocks = structure.blocks.stream()
                .filter(block -> !isFurniture(block))
                .map(TextCleaner::withExplicitMarker)
                .toList();
        return render(MarkerNesting.assignLevels(blocks));
    }

    private boolean isFurniture(DraftBlock block) {
        boolean textBlock = block.kind() == DraftBlock.Kind.PARAGRAPH || block.kind() == DraftBlock.Kind.HEADING;
        return textBlock && furniture.isKnownFurniture(block.text());
    }

    private static DraftBlock withExplicitMarker(DraftBlock block) {
        LineShape shape = LineShape.of(block.text());
        if (block.kind() != DraftBlock.Kind.PARAGRAPH || !shape.isListItem()) {
            return block;
        }
        return DraftBlock.item(0, shape.marker(), shape.body(), block.page());
    }

    private static Optional<String> firstHeading(List<DraftBlock> blocks) {
        return blocks.stream()
                .filter(block -> block.kind() == DraftBlock.Kind.HEADING)
                .map(DraftBlock::text)
                .findFirst();
    }

    /** The text (blocks apart by a blank line, consecutive items or rows by a new line) and each block's span in it. */
    private static CleanText render(List<DraftBlock> drafts) {
        StringBuilder out = new StringBuilder();
        List<Block> blocks = new ArrayList<>(drafts.size());
        DraftBlock previous = null;
        for (DraftBlock draft : drafts) {
            if (previous != null) {
                out.append(previous.kind() == draft.kind() && isLineKind(draft) ? "\n" : "\n\n");
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

    private static boolean isLineKind(DraftBlock block) {
        return block.kind() == DraftBlock.Kind.ITEM || block.kind() == DraftBlock.Kind.ROW;
    }

    private static Block span(DraftBlock draft, int start, int end) {
        return switch (draft.kind()) {
            case HEADING -> Block.heading(start, end, draft.level(), draft.page());
            case PARAGRAPH -> Block.paragraph(start, end, draft.page());
            case ITEM -> Block.listItem(start, end, draft.level(), draft.marker(), draft.page());
            case ROW -> Block.tableRow(start, end, draft.page());
        };
    }
}
