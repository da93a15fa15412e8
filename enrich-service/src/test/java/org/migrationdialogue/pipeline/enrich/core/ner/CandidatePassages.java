package org.migrationdialogue.pipeline.enrich.core.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ways a caller may choose the passages it hands the statistical model, for the probe and the benchmark to compare
 * (the enricher makes its own choice): the whole text, or only its sentences (cut by a cheap regular expression)
 * that hold a capitalised word after the first one, or a run of two title-case words.
 */
public enum CandidatePassages {
    WHOLE_TEXT(null),
    CAPITALISED_NOT_INITIAL(Pattern.compile("[\\s(\"“«‘'’-]\\p{Lu}")),
    TWO_TITLE_CASE_WORDS(Pattern.compile("\\p{Lu}[\\p{Ll}’'-]+\\s+\\p{Lu}[\\p{Ll}’'-]"));

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;:])\\s+(?=[\\p{Lu}\"“«(])|\\n\\s*\\n");

    private final Pattern wanted;

    CandidatePassages(Pattern wanted) {
        this.wanted = wanted;
    }

    /** The passages {@code [start, end)} of {@code text} this selection keeps, in text order. */
    public List<int[]> passages(String text) {
        List<int[]> passages = new ArrayList<>();
        if (wanted == null) {
            passages.add(new int[] {0, text.length()});
            return passages;
        }
        Matcher end = SENTENCE_END.matcher(text);
        Matcher hit = wanted.matcher(text);
        int start = 0;
        while (start < text.length()) {
            int stop = end.find(start) ? end.start() : text.length();
            int next = stop == text.length() ? stop : end.end();
            hit.region(start, stop);
            if (hit.find()) {
                passages.add(new int[] {start, stop});
            }
            start = next;
        }
        return passages;
    }
}
