package org.migrationdialogue.pipeline.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Removes page furniture: page numbers, known running headers/footers, and any line that recurs like one.
 *
 * <p>A line is furniture when it matches a known pattern, when it recurs at least
 * {@link CleanerRules#minRepeats()} times, or when it recurs at all and is laid out in two columns (a wide
 * run of spaces inside it, as "funded by ...            implemented by ..." headers are). Recurrence is
 * counted on a key without case, and without a page number at either end, so "Report 3" and "Report 4"
 * count as the same line. List items and numbered labels of a report's parts ("Recommendation 3",
 * {@link CleanerRules#labelPatterns()}) never count as recurring furniture.
 */
final class FurnitureFilter {

    /** Shorter keys ("and", "page") recur by chance in any text. */
    private static final int MIN_KEY_LENGTH = 6;

    private final CleanerRules rules;

    FurnitureFilter(CleanerRules rules) {
        this.rules = rules;
    }

    /**
     * The lines without furniture. The line after removed furniture gets no gap: the blank lines around a page
     * header are the page break's, and say nothing about where a paragraph ends.
     */
    List<SourceLine> removeFurniture(List<SourceLine> lines) {
        List<String> keys = lines.stream().map(FurnitureFilter::recurrenceKey).toList();
        Map<String, Long> counts = keys.stream().collect(Collectors.groupingBy(key -> key, Collectors.counting()));
        List<SourceLine> kept = new ArrayList<>();
        boolean afterFurniture = false;
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            boolean furniture =
                    isKnownFurniture(line.text()) || isRecurring(line, keys.get(i), counts.get(keys.get(i)));
            if (!furniture) {
                kept.add(afterFurniture ? line.withGapBefore(0) : line);
            }
            afterFurniture = furniture;
        }
        return kept;
    }

    /** Whether a whole line or block is known furniture: a page number, a known running header, a lone address. */
    boolean isKnownFurniture(String text) {
        return rules.furniturePatterns().stream()
                .anyMatch(pattern -> pattern.matcher(text).matches());
    }

    private boolean isRecurring(SourceLine line, String key, long count) {
        if (key.length() < MIN_KEY_LENGTH || LineShape.of(line.text()).isListItem() || isNumberedLabel(line.text())) {
            return false;
        }
        return count >= rules.minRepeats() || (count >= 2 && line.wideGap());
    }

    /** "Recommendation 3": a label that recurs with its number, as a page header does, but is a heading. */
    private boolean isNumberedLabel(String text) {
        String line = text.strip();
        return rules.labelPatterns().stream()
                .anyMatch(pattern -> pattern.matcher(line).matches());
    }

    private static String recurrenceKey(SourceLine line) {
        return LineEnds.withoutEdgeNumbers(line.text().toLowerCase(Locale.ROOT));
    }
}
