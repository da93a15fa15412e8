package org.migrationdialogue.pipeline.web.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks a report's full text for its page: the ranges Elasticsearch matched to the query, and every occurrence of the
 * report's entities (country names, organisation acronyms and names, people's names) as whole words. Where a query
 * match and an entity overlap, the query match wins: it is what the reader searched for.
 */
public final class EntityMarker {

    private final Map<String, String> markOf = new LinkedHashMap<>();

    /** Adds names of one kind ({@link Segment#COUNTRY}, …); names shorter than two characters are ignored. */
    public EntityMarker add(String mark, List<String> names) {
        names.stream()
                .filter(name -> name != null && name.strip().length() >= 2)
                .forEach(name -> markOf.putIfAbsent(name.strip(), mark));
        return this;
    }

    public List<Segment> segments(Highlights.Marks marks) {
        String text = marks.text();
        TreeMap<Integer, int[]> taken = new TreeMap<>();
        Map<Integer, String> kinds = new TreeMap<>();
        for (int[] range : marks.ranges()) {
            taken.put(range[0], range);
            kinds.put(range[0], Segment.QUERY);
        }
        if (!markOf.isEmpty()) {
            Matcher matcher = pattern().matcher(text);
            while (matcher.find()) {
                int start = matcher.start();
                int end = matcher.end();
                if (free(taken, start, end)) {
                    taken.put(start, new int[] {start, end});
                    kinds.put(start, markOf.getOrDefault(matcher.group(), kindIgnoringCase(matcher.group())));
                }
            }
        }
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        for (int[] range : taken.values()) {
            if (range[0] > at) {
                segments.add(Segment.plain(text.substring(at, range[0])));
            }
            segments.add(new Segment(text.substring(range[0], range[1]), kinds.get(range[0])));
            at = range[1];
        }
        if (at < text.length()) {
            segments.add(Segment.plain(text.substring(at)));
        }
        return segments;
    }

    private String kindIgnoringCase(String found) {
        return markOf.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(found))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(Segment.PERSON);
    }

    private static boolean free(TreeMap<Integer, int[]> taken, int start, int end) {
        Map.Entry<Integer, int[]> before = taken.floorEntry(start);
        if (before != null && before.getValue()[1] > start) {
            return false;
        }
        Map.Entry<Integer, int[]> after = taken.ceilingEntry(start);
        return after == null || after.getKey() >= end;
    }

    /** Longest names first, so "Republic of Guinea" wins over "Guinea"; acronyms match their case only. */
    private Pattern pattern() {
        List<String> names = new ArrayList<>(markOf.keySet());
        names.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alternatives = new StringBuilder();
        for (String name : names) {
            if (!alternatives.isEmpty()) {
                alternatives.append('|');
            }
            boolean acronym = name.equals(name.toUpperCase(java.util.Locale.ROOT)) && name.length() <= 8;
            alternatives.append(acronym ? "(?-i:" + Pattern.quote(name) + ")" : Pattern.quote(name));
        }
        return Pattern.compile(
                "(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
