package org.migrationdialogue.pipeline.enrich.core.text;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Recognises lines that are page furniture (running headers, footers, page numbers) rather than content: a line is
 * furniture when one of the patterns matches it from its start (end a pattern with $ to match whole lines). The
 * patterns are joined into one expression tried once per line. A line holding two columns of text separated by a
 * wide gap of spaces is furniture too (a running header laid out left and right).
 */
public final class PageFurniture {

    /** Two columns of text far apart on one line: a running header or footer laid out left and right. */
    private static final String COLUMN_GAP = " ".repeat(15);

    private final Pattern anyPattern;

    public PageFurniture(List<String> regularExpressions) {
        this.anyPattern = Pattern.compile(regularExpressions.stream()
                .map(expression -> "(?:" + expression + ")")
                .collect(Collectors.joining("|")));
    }

    public boolean isFurniture(String trimmedLine) {
        return trimmedLine.contains(COLUMN_GAP) || anyPattern.matcher(trimmedLine).lookingAt();
    }
}
