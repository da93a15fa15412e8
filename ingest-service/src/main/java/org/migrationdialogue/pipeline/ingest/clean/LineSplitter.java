package org.migrationdialogue.pipeline.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits normalised text into its non-blank lines, remembering indentation and blank-line gaps. */
final class LineSplitter {

    /** A header that sets two texts left and right on one line leaves at least this many spaces between them. */
    private static final Pattern WIDE_GAP = Pattern.compile("\\S {8,}\\S");
    private static final Pattern SPACES = Pattern.compile(" {2,}");

    private LineSplitter() {
    }

    static List<SourceLine> split(String normalised) {
        List<SourceLine> lines = new ArrayList<>();
        int gap = 0;
        for (String raw : normalised.split("\n", -1)) {
            if (raw.isBlank()) {
                gap++;
                continue;
            }
            lines.add(toLine(raw, gap));
            gap = 0;
        }
        return lines;
    }

    private static SourceLine toLine(String raw, int gap) {
        String text = SPACES.matcher(raw.strip()).replaceAll(" ");
        return new SourceLine(text, raw.startsWith(" "), WIDE_GAP.matcher(raw).find(), gap);
    }
}
