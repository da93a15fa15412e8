package org.migrationdialogue.pipeline.enrich.core.find;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.migrationdialogue.pipeline.common.events.ThemeScore;
import org.migrationdialogue.pipeline.enrich.core.knowledge.ThemeTaxonomy;
import org.migrationdialogue.pipeline.enrich.core.match.Layer;
import org.migrationdialogue.pipeline.enrich.core.match.Match;

/**
 * Scores the taxonomy's themes: weighted vocabulary hits (English and French, longest term wins) per 1000 words,
 * sorted by score so the central themes come first. Themes without hits are left out. A ministry's name does not
 * say what a report discusses: a term written capitalised in the name of a ministry, a department or a minister's
 * portfolio ("Minister of African Integration", "ministère de l'Intégration africaine") does not count.
 */
public final class ThemeScorer {

    private static final double PER_WORDS = 1000.0;
    private static final double ROUNDING = 1000.0;
    private static final int MIN_ITEM_WEIGHT = 2;
    private static final int MAX_ITEM_THEMES = 3;

    /**
     * A ministry's or minister's title up to a capitalised term: "Minister of African ", "ministère de l'", "Ministry
     * for Foreign Affairs and ": the ministry word and a preposition, then linking words and capitalised words only.
     */
    private static final Pattern PORTFOLIO_BEFORE =
            Pattern.compile("\\b(?:[Mm]inist(?:er|ry|ries|re|ère|erio|ro|ra|ério)"
                    + "|Secretary|Secrétaire|Secretario|Department|Département|Departamento)"
                    + "(?:[ \\t]+(?:of|for|de|du|des|del|do|da)\\b|[ \\t]+d[’'])"
                    + "(?:[ \\t]+(?:of|for|the|and|de|du|des|la|le|et|del|y|do|da|e|\\p{Lu}[\\p{L}’'-]*)|[ \\t]*[ld][’'])*"
                    + "[ \\t]*$");
    /** How far before a term the title of a ministry may start. */
    private static final int PORTFOLIO_WINDOW = 80;

    private final ThemeTaxonomy taxonomy;

    public ThemeScorer(ThemeTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    public List<ThemeScore> score(AnalysedText text) {
        List<Match> counted = text.matches().of(Layer.THEME).stream()
                .filter(match -> !inPortfolio(text, match))
                .toList();
        Map<String, Integer> weights = weights(counted);
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

    /** Whether a theme term is a capitalised word of a ministry's or a minister's title. */
    private static boolean inPortfolio(AnalysedText text, Match match) {
        String raw = text.text();
        if (!Character.isUpperCase(raw.charAt(match.start()))) {
            return false;
        }
        String before = raw.substring(Math.max(0, match.start() - PORTFOLIO_WINDOW), match.start());
        return PORTFOLIO_BEFORE.matcher(before).find();
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
