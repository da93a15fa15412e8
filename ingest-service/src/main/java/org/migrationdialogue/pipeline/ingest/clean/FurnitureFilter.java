package org.migrationdialogue.pipeline.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Removes page furniture: page numbers, known running headers/footers, and any line that recurs like one.
 *
 * <p>A line is furniture when it matches a known pattern, when it recurs at least
 * {@link CleanerRules#minRepeats()} times, or when it recurs at all and is laid out in two columns (a wide
 * run of spaces inside it, as "funded by ...            implemented by ..." headers are). Recurrence is
 * counted on a key without case, and without a page number at either end, so "Report 3" and "Report 4"
 * count as the same line. List items never count as recurring furniture.
 */
final class FurnitureFilter {

    private static final Pattern EDGE_NUMBERS = Pattern.compile("^(\\d+ )+|( \\d+)+$");
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
        Map<String, Long> counts =
                lines.stream().collect(Collectors.groupingBy(FurnitureFilter::recurrenceKey, Collectors.counting()));
        List<SourceLine> kept = new ArrayList<>();
        boolean afterFurniture = false;
        for (SourceLine line : lines) {
            boolean furniture = isFurniture(line, counts);
            if (!furniture) {
                kept.add(afterFurniture ? line.withGapBefore(0) : line);
            }
            afterFurniture = furniture;
        }
        return kept;
    }

    private boolean isFurniture(SourceLine line, Map<String, Long> counts) {
        return isKnownFurniture(line.text()) || isRecurring(line, counts.get(recurrenceKey(line)));
    }

    /** Whether a whole line or block is known furniture: a page number, a known running header, a lone address. */
    boolean isKnownFurniture(String text) {
        return rules.furniturePatterns().stream()
                .anyMatch(pattern -> pattern.matcher(text).matches());
    }

    private boolean isRecurring(SourceLine line, long count) {
        if (recurrenceKey(line).length() < MIN_KEY_LENGTH
                || LineShape.of(line.text()).isListItem()) {
            return false;
        }
        return count >= rules.minRepeats() || (count >= 2 && line.wideGap());
    }

    private static String recurrenceKey(SourceLine line) {
        return EDGE_NUMBERS.matcher(line.text().toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
