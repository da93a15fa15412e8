package org.migrationdialogue.pipeline.ingest.extract;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.migrationdialogue.pipeline.ingest.clean.ResourceLines;

/**
 * Guesses a text's language from its function words ("the", "of" / "les", "des"), as listed in
 * {@code /extract/stopwords.txt}. The standard Tika package has no language detector (tika-langdetect is a
 * separate module with large models); meeting reports are long, so counting stop words is fast and reliable.
 */
final class LanguageGuesser {

    static final String UNDETERMINED = "und";

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** Below this many stop words a text is too short, or too far from every profile, to tell. */
    private static final int MIN_HITS = 5;
    /** Enough words to decide, and a bound on the work for huge texts. */
    private static final int MAX_WORDS = 20_000;

    private final Map<String, Set<String>> profiles;

    private LanguageGuesser(Map<String, Set<String>> profiles) {
        this.profiles = Map.copyOf(profiles);
    }

    static LanguageGuesser fromResource() {
        return new LanguageGuesser(parse(ResourceLines.read("/extract/stopwords.txt")));
    }

    String guess(String text) {
        Map<String, Integer> hits = new HashMap<>();
        WORD.matcher(text)
                .results()
                .limit(MAX_WORDS)
                .map(match -> match.group().toLowerCase(Locale.ROOT))
                .forEach(word -> countHit(word, hits));
        return hits.entrySet().stream()
                .filter(entry -> entry.getValue() >= MIN_HITS)
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(UNDETERMINED);
    }

    private void countHit(String word, Map<String, Integer> hits) {
        profiles.forEach((language, words) -> {
            if (words.contains(word)) {
                hits.merge(language, 1, Integer::sum);
            }
        });
    }

    private static Map<String, Set<String>> parse(List<String> lines) {
        return lines.stream()
                .map(line -> line.split(":", 2))
                .collect(Collectors.toMap(
                        parts -> parts[0].strip(),
                        parts -> Set.copyOf(Arrays.asList(parts[1].strip().split("\\s+")))));
    }
}
