package org.migrationdialogue.pipeline.enrich.core.find;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.migrationdialogue.pipeline.common.events.Block;
import org.migrationdialogue.pipeline.enrich.core.match.Layer;
import org.migrationdialogue.pipeline.enrich.core.match.Match;
import org.migrationdialogue.pipeline.enrich.core.match.TermKind;
import org.migrationdialogue.pipeline.enrich.core.ner.EntitySpan;
import org.migrationdialogue.pipeline.enrich.core.ner.EntityType;
import org.migrationdialogue.pipeline.enrich.core.ner.NamedEntities;

/**
 * The names a statistical model finds in a report, where the knowledge base leaves names unexplained. The model
 * is not run over the whole text (it costs about ten microseconds a character): only over windows of
 * {@value #CONTEXT} characters around each capitalised word that no country, organisation, city or meeting phrase
 * of the knowledge base covers (a word opening a sentence counts only when another capitalised word follows it, as
 * in "Kamala Harris announced"); an honorific or a title ("Mr", "President") always opens a window. The same
 * window text is classified once per report.
 */
public final class StatisticalNames {

    /**
     * Characters of context on each side of an unexplained word: enough for the model's features (a few words each
     * side). Measured on the 43 dev documents (shared dev and the extra corpus): 30 gives the same scores as 60 on
     * every document and field and classifies a quarter fewer characters (38 % of the text against 52 %); 15 starts
     * to change names.
     */
    static final int CONTEXT = 30;

    private static final int MIN_WORD = 2;

    private final NamedEntities model;

    public StatisticalNames(NamedEntities model) {
        this.model = model;
    }

    /** The model's names in the report (none when its language has no model), in text order. */
    public List<EntitySpan> find(AnalysedText text, String language) {
        if (!model.covers(language)) {
            return List.of();
        }
        String original = text.text();
        BitSet explained = explained(text);
        List<EntitySpan> found = new ArrayList<>();
        Map<String, List<EntitySpan>> classified = new HashMap<>();
        for (Block block : text.document().blocks()) {
            for (int[] window : windows(original, block, explained, text)) {
                String passage = original.substring(window[0], window[1]);
                List<EntitySpan> relative = classified.computeIfAbsent(passage, key -> model.find(key, language));
                for (EntitySpan span : relative) {
                    found.add(new EntitySpan(window[0] + span.start(), window[0] + span.end(), span.type()));
                }
            }
        }
        return found.stream().distinct().toList();
    }

    /** The spans of the model's names of one type. */
    public static List<EntitySpan> ofType(List<EntitySpan> names, EntityType type) {
        return names.stream().filter(name -> name.type() == type).toList();
    }

    /** Characters the knowledge base already names: countries, organisations, cities, meeting phrases, themes. */
    private static BitSet explained(AnalysedText text) {
        BitSet explained = new BitSet(text.text().length());
        for (Layer layer : Layer.values()) {
            for (Match match : text.matches().of(layer)) {
                if (match.kind() != TermKind.HONORIFIC) {
                    explained.set(match.start(), match.end());
                }
            }
        }
        return explained;
    }

    private static List<int[]> windows(String text, Block block, BitSet explained, AnalysedText analysed) {
        List<int[]> windows = new ArrayList<>();
        int i = block.start();
        boolean sentenceStart = true;
        while (i < block.end()) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                sentenceStart |= c == '.' || c == '!' || c == '?' || c == ':' || c == '•';
                i++;
                continue;
            }
            int end = i;
            while (end < block.end()
                    && (Character.isLetterOrDigit(text.charAt(end))
                            || text.charAt(end) == '-'
                            || text.charAt(end) == '\'')) {
                end++;
            }
            boolean capital = Character.isUpperCase(c) && end - i >= MIN_WORD;
            boolean unexplained = capital
                    && explained.nextSetBit(i) != i
                    && (!sentenceStart || capitalisedWordAfter(text, end, block.end()));
            if (unexplained || isHonorific(analysed, i)) {
                add(windows, Math.max(block.start(), i - CONTEXT), Math.min(block.end(), end + CONTEXT));
            }
            sentenceStart = false;
            i = end;
        }
        return snapped(text, windows, block);
    }

    private static boolean isHonorific(AnalysedText text, int at) {
        for (Match match : text.matches().within(Layer.SIGNAL, at, at + 1)) {
            if (match.kind() == TermKind.HONORIFIC && match.start() == at) {
                return true;
            }
        }
        return false;
    }

    private static boolean capitalisedWordAfter(String text, int from, int limit) {
        int i = from;
        while (i < limit && text.charAt(i) == ' ') {
            i++;
        }
        return i > from && i < limit && Character.isUpperCase(text.charAt(i));
    }

    /** Adds a window, merged with the last one when they touch. */
    private static void add(List<int[]> windows, int start, int end) {
        if (!windows.isEmpty() && windows.getLast()[1] >= start) {
            windows.getLast()[1] = Math.max(windows.getLast()[1], end);
        } else {
            windows.add(new int[] {start, end});
        }
    }

    /** Windows widened to whole words, so the model never sees half a word. */
    private static List<int[]> snapped(String text, List<int[]> windows, Block block) {
        for (int[] window : windows) {
            while (window[0] > block.start() && !Character.isWhitespace(text.charAt(window[0] - 1))) {
                window[0]--;
            }
            while (window[1] < block.end() && !Character.isWhitespace(text.charAt(window[1]))) {
                window[1]++;
            }
        }
        return windows;
    }
}
