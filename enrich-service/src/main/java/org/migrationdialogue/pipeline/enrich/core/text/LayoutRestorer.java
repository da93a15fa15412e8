package org.migrationdialogue.pipeline.enrich.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Light pre-normalisation that makes raw and cleaned text look alike: drops page furniture and, when the text is
 * hard-wrapped, joins wrapped lines back into paragraphs and list items.
 * <p>
 * Cleaned text (one paragraph or list item a line) is kept line by line. Hard-wrapped text (most lines shorter than
 * {@value #WRAPPED_LINE_LIMIT} characters, yet typically {@value #MIN_WRAP_WIDTH} or more) is unwrapped: a line
 * continues the previous block unless it starts with a list marker, the previous line was short (end of a paragraph
 * or a heading), it is a short lead-in ending with ":", it is indented after a finished sentence (a list item whose
 * bullet glyph was lost), or more blank lines than usual separate it from the previous line (blank lines around
 * removed page furniture do not count).
 */
public final class LayoutRestorer {

    static final int WRAPPED_LINE_LIMIT = 120;
    private static final double SHORT_LINE_RATIO = 0.8;
    private static final double LONG_LINE_TOLERANCE = 0.05;
    private static final int MIN_WRAP_WIDTH = 60;
    private static final int AFTER_FURNITURE = -1;
    private static final int MAX_COUNTED_GAP = 4;
    private static final double TYPICAL_WIDTH_PERCENTILE = 0.9;

    private final PageFurniture furniture;
    private final TextNormaliser normaliser;

    public LayoutRestorer(PageFurniture furniture, TextNormaliser normaliser) {
        this.furniture = furniture;
        this.normaliser = normaliser;
    }

    public Document restore(String raw) {
        List<SourceLine> lines = contentLines(raw == null ? "" : raw);
        List<BlockDraft> drafts = isHardWrapped(lines) ? unwrap(lines) : lineByLine(lines);
        return assemble(drafts);
    }

    private List<SourceLine> contentLines(String raw) {
        List<SourceLine> lines = new ArrayList<>();
        int gap = 0;
        int start = 0;
        while (start < raw.length()) {
            int end = lineEnd(raw, start);
            int first = skipWhiteSpace(raw, start, end);
            if (first < end) {
                String stripped = raw.substring(first, lastNonWhiteSpace(raw, first, end) + 1);
                if (furniture.isFurniture(stripped)) {
                    gap = AFTER_FURNITURE;
                } else {
                    lines.add(SourceLine.of(stripped, Character.isWhitespace(raw.charAt(start)), gap));
                    gap = 0;
                }
            } else if (gap >= 0) {
                gap++;
            }
            start = end + 1;
        }
        return lines;
    }

    /** Offset of the line break ending the line at {@code start} (a "\r" before it is white space to strip). */
    private static int lineEnd(String raw, int start) {
        int end = raw.indexOf('\n', start);
        return end < 0 ? raw.length() : end;
    }

    private static int skipWhiteSpace(String raw, int start, int end) {
        int first = start;
        while (first < end && Character.isWhitespace(raw.charAt(first))) {
            first++;
        }
        return first;
    }

    private static int lastNonWhiteSpace(String raw, int first, int end) {
        int last = end - 1;
        while (last > first && Character.isWhitespace(raw.charAt(last))) {
            last--;
        }
        return last;
    }

    /** The most common number of blank lines between two lines: a larger gap separates paragraphs. */
    private static int usualGap(List<SourceLine> lines) {
        int[] counts = new int[MAX_COUNTED_GAP + 1];
        for (SourceLine line : lines) {
            if (line.gapBefore() >= 0) {
                counts[Math.min(line.gapBefore(), MAX_COUNTED_GAP)]++;
            }
        }
        int usual = 0;
        for (int gap = 1; gap <= MAX_COUNTED_GAP; gap++) {
            usual = counts[gap] > counts[usual] ? gap : usual;
        }
        return usual;
    }

    private static boolean isHardWrapped(List<SourceLine> lines) {
        long longLines = lines.stream().filter(line -> line.length() > WRAPPED_LINE_LIMIT).count();
        return lines.size() > 1 && longLines <= lines.size() * LONG_LINE_TOLERANCE
                && typicalWidth(lines) >= MIN_WRAP_WIDTH;
    }

    private static List<BlockDraft> lineByLine(List<SourceLine> lines) {
        List<BlockDraft> drafts = new ArrayList<>();
        for (SourceLine line : lines) {
            drafts.add(new BlockDraft(line.marker(), line.content()));
        }
        return drafts;
    }

    private static List<BlockDraft> unwrap(List<SourceLine> lines) {
        int shortLine = (int) (typicalWidth(lines) * SHORT_LINE_RATIO);
        int usualGap = usualGap(lines);
        List<BlockDraft> drafts = new ArrayList<>();
        SourceLine previous = null;
        for (SourceLine line : lines) {
            Marker marker = markerInWrappedText(previous, line);
            boolean paragraphGap = line.gapBefore() > usualGap;
            if (previous == null || marker.isItem() || paragraphGap || previous.length() < shortLine
                    || isLeadIn(previous, line, shortLine)) {
                drafts.add(new BlockDraft(marker, line.content()));
            } else {
                drafts.getLast().append(line.content());
            }
            previous = line;
        }
        return drafts;
    }

    /** A short capitalised line ending with ":" after a finished sentence introduces what follows: its own block. */
    private static boolean isLeadIn(SourceLine previous, SourceLine line, int shortLine) {
        return previous.endsSentence() && line.startsUpperCase() && line.length() < shortLine
                && line.content().endsWith(":");
    }

    private static Marker markerInWrappedText(SourceLine previous, SourceLine line) {
        if (line.marker().isItem()) {
            return line.marker();
        }
        boolean lostBullet = line.indented() && line.startsUpperCase() && previous != null && previous.endsSentence();
        return lostBullet ? Marker.SPACE : Marker.NONE;
    }

    private static int typicalWidth(List<SourceLine> lines) {
        int[] lengths = lines.stream().mapToInt(SourceLine::length).sorted().toArray();
        return lengths.length == 0 ? 0 : lengths[(int) (lengths.length * TYPICAL_WIDTH_PERCENTILE)];
    }

    private Document assemble(List<BlockDraft> drafts) {
        StringBuilder text = new StringBuilder(drafts.stream().mapToInt(BlockDraft::length).sum() + drafts.size());
        List<Block> blocks = new ArrayList<>(drafts.size());
        for (BlockDraft draft : drafts) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            String content = draft.text();
            blocks.add(new Block(content, text.length(), draft.marker()));
            text.append(content);
        }
        String joined = text.toString();
        TextNormaliser.Folding folding = normaliser.foldForScan(joined);
        return new Document(joined, folding.folded(), folding.scanForm(), folding.words(), blocks);
    }

    /** A block being built from one or more lines. */
    private static final class BlockDraft {
        private final Marker marker;
        private final StringBuilder text;

        BlockDraft(Marker marker, String first) {
            this.marker = marker;
            this.text = new StringBuilder(first);
        }

        void append(String continuation) {
            boolean hyphenated = text.length() > 1 && text.charAt(text.length() - 1) == '-'
                    && Character.isLetter(text.charAt(text.length() - 2))
                    && !continuation.isEmpty() && Character.isLowerCase(continuation.charAt(0));
            if (!hyphenated) {
                text.append(' ');
            }
            text.append(continuation);
        }

        Marker marker() {
            return marker;
        }

        int length() {
            return text.length();
        }

        String text() {
            return text.toString();
        }
    }
}
