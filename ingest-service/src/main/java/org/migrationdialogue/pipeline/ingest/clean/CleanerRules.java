package org.migrationdialogue.pipeline.ingest.clean;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The data the cleaner works from: known running header/footer patterns, the prefixes after which a
 * line-break hyphen is kept, and how often a line must recur to count as a running header.
 *
 * @param furniturePatterns a line matching any of these (in full, case-insensitive) is page furniture
 * @param hyphenPrefixes    lower-case prefixes that keep their hyphen when a word breaks after them
 * @param minRepeats        a line recurring this many times is a running header/footer
 * @param labelPatterns     a line matching any of these (in full, case-insensitive) is a numbered label of a part
 *                          of the report ("Recommendation 3"), never furniture however often it recurs
 */
public record CleanerRules(
        List<Pattern> furniturePatterns, Set<String> hyphenPrefixes, int minRepeats, List<Pattern> labelPatterns) {

    /** Three: two occurrences are often a repeated heading or quotation, three are a running header. */
    public static final int DEFAULT_MIN_REPEATS = 3;

    public CleanerRules {
        furniturePatterns = List.copyOf(furniturePatterns);
        hyphenPrefixes = Set.copyOf(hyphenPrefixes);
        labelPatterns = List.copyOf(labelPatterns);
    }

    /**
     * The rules shipped as resources {@code /clean/furniture-patterns.txt}, {@code /clean/hyphen-prefixes.txt} and
     * {@code /clean/numbered-labels.txt}.
     */
    public static CleanerRules defaults() {
        List<Pattern> patterns = patterns("/clean/furniture-patterns.txt");
        Set<String> prefixes = ResourceLines.read("/clean/hyphen-prefixes.txt").stream()
                .map(entry -> entry.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        return new CleanerRules(patterns, prefixes, DEFAULT_MIN_REPEATS, patterns("/clean/numbered-labels.txt"));
    }

    private static List<Pattern> patterns(String resource) {
        return ResourceLines.read(resource).stream()
                .map(entry -> Pattern.compile(entry, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList();
    }
}
