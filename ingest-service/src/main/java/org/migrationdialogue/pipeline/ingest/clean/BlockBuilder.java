package org.migrationdialogue.pipeline.ingest.clean;

import java.util.ArrayList;
import java.util.List;

/** Rebuilds headings, paragraphs and list items from wrapped lines, as {@link LineRole} assigns them. */
final class BlockBuilder {

    private final LineRole roles;
    private final Hyphenation hyphenation;
    private final List<DraftBlock> blocks = new ArrayList<>();
    private DraftBlock open;

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
            LineRole.Kind kind = roles.classify(line, previous, previousKind, inItem);
            add(line, kind);
            previous = line;
            previousKind = kind;
        }
        close();
    }

    private void add(SourceLine line, LineRole.Kind kind) {
        switch (kind) {
            case HEADING -> start(new DraftBlock(DraftBlock.Kind.HEADING, "",
                    LineShape.markdownHeading(line.text()).orElse(line.text())));
            case PARAGRAPH -> start(new DraftBlock(DraftBlock.Kind.PARAGRAPH, "", line.text()));
            case ITEM -> start(item(line.text()));
            case CONTINUATION -> continueWith(line.text());
        }
    }

    private static DraftBlock item(String text) {
        LineShape shape = LineShape.of(text);
        String marker = shape.isListItem() ? shape.marker() : LineShape.BULLET;
        return new DraftBlock(DraftBlock.Kind.ITEM, marker, shape.body());
    }

    private void start(DraftBlock block) {
        close();
        open = block;
    }

    private void continueWith(String text) {
        if (open == null) {
            open = new DraftBlock(DraftBlock.Kind.PARAGRAPH, "", text);
            return;
        }
        open = new DraftBlock(open.kind(), open.marker(), hyphenation.join(open.text(), text));
    }

    private void close() {
        if (open != null) {
            blocks.add(open);
            open = null;
        }
    }
}
