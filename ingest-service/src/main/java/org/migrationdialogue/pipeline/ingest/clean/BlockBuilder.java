package org.migrationdialogue.pipeline.ingest.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds headings, paragraphs and list items from wrapped lines, as {@link LineRole} assigns them. A block is on
 * the page of its first line; a Markdown heading has the level of its hashes, any other heading level 1; list items
 * get their nesting level later, from their markers ({@link MarkerNesting}).
 */
final class BlockBuilder {

    private final LineRole roles;
    private final Hyphenation hyphenation;
    private final List<DraftBlock> blocks = new ArrayList<>();
    private DraftBlock open;
    /** Whether the open item's first line wrote its marker (rather than losing its bullet glyph). */
    private boolean markedItem;

    private BlockBuilder(LineRole roles, Hyphenation hyphenation) {
        this.roles = roles;
        this.hyphenation = hyphenation;
    }

    static List<DraftBlock> build(List<SourceLine> lines, Hyphenation hyphenation) {
        BlockBuilder builder = new BlockBuilder(new LineRole(LayoutStats.of(lines)), hyphenation);
        builder.addAll(lines);
        return List.copyOf(builder.blocks);
    }

    private void addAll(List<SourceLine> lines) {
        SourceLine previous = null;
        LineRole.Kind previousKind = null;
        for (SourceLine line : lines) {
            boolean inItem = open != null && open.kind() == DraftBlock.Kind.ITEM;
            LineRole.Kind kind = roles.classify(line, previous, previousKind, inItem, inItem && markedItem);
            if (kind == LineRole.Kind.ITEM) {
                markedItem = LineShape.of(line.text()).isListItem();
            }
            add(line, kind);
            previous = line;
            previousKind = kind;
        }
        close();
    }

    private void add(SourceLine line, LineRole.Kind kind) {
        switch (kind) {
            case HEADING ->
                start(DraftBlock.heading(
                        LineShape.markdownHeadingLevel(line.text()),
                        LineShape.markdownHeading(line.text()).orElse(line.text()),
                        line.page()));
            case PARAGRAPH -> start(DraftBlock.paragraph(line.text(), line.page()));
            case ITEM -> start(item(line));
            case CONTINUATION -> continueWith(line);
        }
    }

    private static DraftBlock item(SourceLine line) {
        LineShape shape = LineShape.of(line.text());
        String marker = shape.isListItem() ? shape.marker() : LineShape.BULLET;
        return DraftBlock.item(0, marker, shape.body(), line.page());
    }

    private void start(DraftBlock block) {
        close();
        open = block;
    }

    private void continueWith(SourceLine line) {
        if (open == null) {
            open = DraftBlock.paragraph(line.text(), line.page());
            return;
        }
        open = open.withText(hyphenation.join(open.text(), line.text()));
    }

    private void close() {
        if (open != null) {
            blocks.add(open);
            open = null;
        }
    }
}
