package org.migrationdialogue.pipeline.enrich.core.find;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.migrationdialogue.pipeline.common.events.ThemeScore;
import org.migrationdialogue.pipeline.enrich.core.knowledge.ThemeTaxonomy;
import org.migrationdialogue.pipeline.enrich.core.match.Layer;
import org.migrationdialogue.pipeline.enrich.core.match.Match;

/**
 * Scores the taxonomy's themes: weighted vocabulary hits (English and French, longest term wins) per 1000 words,
 * sorted by score so the central themes come first. Themes without hits are left out.
 */
public final class ThemeScorer {

    private static final double PER_WORDS = 1000.0;
    private static final double ROUNDING = 1000.0;
    private static final int MIN_ITEM_WEIGHT = 2;
    private static final int MAX_ITEM_THEMES = 3;

    private final ThemeTaxonomy taxonomy;

    public ThemeScorer(ThemeTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    public List<ThemeScore> score(AnalysedText text) {
        Map<String, Integer> weights = weights(text.matches().of(Layer.THEME));
        double words = Math.max(1, text.document().wordCount());
        List<ThemeScore> scores = new ArrayList<>();
        for (Map.Entry<String, Integer> weight : weights.entrySet()) {
            double score = round(weight.getValue() * PER_WORDS / words);
            scores.add(new ThemeScore(weight.getKey(), taxonomy.label(weight.getKey()), score));
        }
        scores.sort(Comparator.comparingDouble(ThemeScore::score).reversed());
        return scores;
    }

    /** The strongest themes of a passage such as a recommendation: at most three, each with some weight. */
    public List<String> themesWithin(AnalysedText text, int start, int end) {
        Map<String, Integer> weights = weights(text.matches().within(Layer.THEME, start, end));
        return weights.entrySet().stream()
                .filter(entry -> entry.getValue() >= MIN_ITEM_WEIGHT)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(MAX_ITEM_THEMES)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static Map<String, Integer> weights(List<Match> matches) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        for (Match match : matches) {
            weights.merge(match.key(), match.term().weight(), Integer::sum);
        }
        return weights;
    }

    private static double round(double value) {
        return Math.round(value * ROUNDING) / ROUNDING;
    }
}
