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
 */
public record CleanerRules(List<Pattern> furniturePatterns, Set<String> hyphenPrefixes, int minRepeats) {

    /** Three: two occurrences are often a repeated heading or quotation, three are a running header. */
    public static final int DEFAULT_MIN_REPEATS = 3;

    public CleanerRules {
        furniturePatterns = List.copyOf(furniturePatterns);
        hyphenPrefixes = Set.copyOf(hyphenPrefixes);
    }

    /** The rules shipped as resources {@code /clean/furniture-patterns.txt} and {@code /clean/hyphen-prefixes.txt}. */
    public static CleanerRules defaults() {
        List<Pattern> patterns = ResourceLines.read("/clean/furniture-patterns.txt").stream()
                .map(entry -> Pattern.compile(entry, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList();
        Set<String> prefixes = ResourceLines.read("/clean/hyphen-prefixes.txt").stream()
                .map(entry -> entry.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        return new CleanerRules(patterns, prefixes, DEFAULT_MIN_REPEATS);
    }
}
