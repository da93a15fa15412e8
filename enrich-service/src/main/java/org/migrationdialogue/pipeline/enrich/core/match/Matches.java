package org.migrationdialogue.pipeline.enrich.core.match;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The resolved matches of a document, per layer, each list sorted by start offset and free of overlaps. */
public final class Matches {

    private final Map<Layer, List<Match>> byLayer;

    Matches(Map<Layer, List<Match>> byLayer) {
        this.byLayer = new EnumMap<>(byLayer);
    }

    public List<Match> of(Layer layer) {
        return byLayer.getOrDefault(layer, List.of());
    }

    /** Matches of a layer lying entirely within [start, end). */
    public List<Match> within(Layer layer, int start, int end) {
        List<Match> all = of(layer);
        List<Match> found = new ArrayList<>();
        for (int i = firstAtOrAfter(all, start); i < all.size() && all.get(i).start() < end; i++) {
            if (all.get(i).end() <= end) {
                found.add(all.get(i));
            }
        }
        return found;
    }

    private static int firstAtOrAfter(List<Match> matches, int offset) {
        int low = 0;
        int high = matches.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (matches.get(mid).start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
