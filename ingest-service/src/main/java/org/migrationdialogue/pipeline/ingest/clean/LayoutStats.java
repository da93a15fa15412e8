package org.migrationdialogue.pipeline.ingest.clean;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The typical layout of a text: how many blank lines usually separate its lines, and how wide its lines run.
 *
 * @param usualGap   the most frequent number of blank lines between two lines; more than this is a visible break
 * @param wrapWidth  the width the text is wrapped at (90th percentile of line lengths)
 */
record LayoutStats(int usualGap, int wrapWidth) {

    /** Lines of hard-wrapped text (PDF, plain text reports) rarely run past this; paragraphs of a DOCX do. */
    private static final int MAX_HARD_WRAP_WIDTH = 160;
    /** A line shorter than this share of the wrap width is the last line of its paragraph (or a heading). */
    private static final double SHORT_LINE_SHARE = 0.75;

    private static final double WRAP_PERCENTILE = 0.9;

    static LayoutStats of(List<SourceLine> lines) {
        return new LayoutStats(usualGap(lines), wrapWidth(lines));
    }

    /** Whether lines were broken by a typesetter, so that a line end is not by itself a paragraph end. */
    boolean hardWrapped() {
        return wrapWidth <= MAX_HARD_WRAP_WIDTH;
    }

    boolean isShort(String text) {
        return text.length() < wrapWidth * SHORT_LINE_SHARE;
    }

    private static int usualGap(List<SourceLine> lines) {
        Map<Integer, Long> gaps =
                lines.stream().skip(1).collect(Collectors.groupingBy(SourceLine::gapBefore, Collectors.counting()));
        return gaps.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(0);
    }

    private static int wrapWidth(List<SourceLine> lines) {
        List<Integer> lengths =
                lines.stream().map(line -> line.text().length()).sorted().toList();
        return lengths.isEmpty() ? 0 : lengths.get((int) ((lengths.size() - 1) * WRAP_PERCENTILE));
    }
}
