package org.migrationdialogue.pipeline.enrich.core.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Leftmost-longest selection: of overlapping matches the earliest, then the longest, wins. */
final class LongestMatchResolver {

    private static final Comparator<Match> LEFTMOST_LONGEST = Comparator.comparingInt(Match::start)
            .thenComparing(Comparator.comparingInt(Match::length).reversed());

    private LongestMatchResolver() {}

    static List<Match> resolve(List<Match> candidates) {
        candidates.sort(LEFTMOST_LONGEST);
        List<Match> kept = new ArrayList<>(candidates.size());
        int coveredUntil = -1;
        int keptStart = -1;
        int keptEnd = -1;
        for (Match match : candidates) {
            boolean sameSpan = match.start() == keptStart && match.end() == keptEnd;
            if (match.start() >= coveredUntil || sameSpan) {
                kept.add(match);
                coveredUntil = Math.max(coveredUntil, match.end());
                keptStart = match.start();
                keptEnd = match.end();
            }
        }
        return kept;
    }
}
