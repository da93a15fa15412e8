package org.migrationdialogue.pipeline.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits normalised text into its non-blank lines, remembering indentation, blank-line gaps and pages. */
final class LineSplitter {

    /** A header that sets two texts left and right on one line leaves at least this many spaces between them. */
    private static final Pattern WIDE_GAP = Pattern.compile("\\S {8,}\\S");

    private static final Pattern SPACES = Pattern.compile(" {2,}");

    private LineSplitter() {}

    static List<SourceLine> split(String normalised) {
        return split(List.of(normalised), false);
    }

    /**
     * The lines of each page in turn; blank lines count across a page break as within a page.
     *
     * @param paged whether the texts are pages (numbered from 1) or one text without pages
     */
    static List<SourceLine> split(List<String> normalisedPages, boolean paged) {
        List<SourceLine> lines = new ArrayList<>();
        int gap = 0;
        for (int index = 0; index < normalisedPages.size(); index++) {
            Integer page = paged ? index + 1 : null;
            for (String raw : normalisedPages.get(index).split("\n", -1)) {
                if (raw.isBlank()) {
                    gap++;
                    continue;
                }
                lines.add(toLine(raw, gap, page));
                gap = 0;
            }
            // the split counted the line end between this page and the next as a blank line of its own
            gap = Math.max(0, gap - 1);
        }
        return lines;
    }

    private static SourceLine toLine(String raw, int gap, Integer page) {
        String text = SPACES.matcher(raw.strip()).replaceAll(" ");
        return new SourceLine(text, raw.startsWith(" "), WIDE_GAP.matcher(raw).find(), gap, page);
    }
}
