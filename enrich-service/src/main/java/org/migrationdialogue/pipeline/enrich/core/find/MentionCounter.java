package org.migrationdialogue.pipeline.enrich.core.find;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts mentions per key and lists the keys by mentions (most first), ties in order of first mention
 * (the sort is stable and keys are kept in order of first mention). */
final class MentionCounter {

    private final Map<String, Integer> counts = new LinkedHashMap<>();

    void add(String key) {
        counts.merge(key, 1, Integer::sum);
    }

    int count(String key) {
        return counts.getOrDefault(key, 0);
    }

    List<String> keysByMentions() {
        List<String> keys = new ArrayList<>(counts.keySet());
        keys.sort(Comparator.comparingInt((String key) -> counts.get(key)).reversed());
        return keys;
    }
}
