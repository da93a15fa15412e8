package org.migrationdialogue.pipeline.enrich.core.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.migrationdialogue.pipeline.common.events.ReportId;

/**
 * Matches predicted texts to gold texts one to one when their normalised word bags are nearly the same
 * (Dice coefficient at least {@value #THRESHOLD}), so small differences in punctuation or a trailing "and" pass.
 */
public final class TextMatcher {

    static final double THRESHOLD = 0.9;

    private TextMatcher() {}

    public static FieldScore score(List<String> predicted, List<String> gold) {
        List<Map<String, Integer>> unmatched =
                new ArrayList<>(gold.stream().map(TextMatcher::bag).toList());
        int matched = 0;
        for (String text : predicted) {
            Map<String, Integer> candidate = bag(text);
            for (int i = 0; i < unmatched.size(); i++) {
                if (dice(candidate, unmatched.get(i)) >= THRESHOLD) {
                    unmatched.remove(i);
                    matched++;
                    break;
                }
            }
        }
        return new FieldScore(matched, predicted.size(), gold.size());
    }

    static double dice(Map<String, Integer> left, Map<String, Integer> right) {
        int common = 0;
        for (Map.Entry<String, Integer> entry : left.entrySet()) {
            common += Math.min(entry.getValue(), right.getOrDefault(entry.getKey(), 0));
        }
        int total = size(left) + size(right);
        return total == 0 ? 1.0 : 2.0 * common / total;
    }

    private static int size(Map<String, Integer> bag) {
        return bag.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static Map<String, Integer> bag(String text) {
        Map<String, Integer> bag = new HashMap<>();
        Arrays.stream(ReportId.normaliseForIdentity(text).split(" "))
                .filter(word -> !word.isEmpty())
                .forEach(word -> bag.merge(word, 1, Integer::sum));
        return bag;
    }
}
