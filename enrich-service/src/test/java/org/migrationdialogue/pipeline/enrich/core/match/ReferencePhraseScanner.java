package org.migrationdialogue.pipeline.enrich.core.match;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.migrationdialogue.pipeline.enrich.core.text.Document;
import org.migrationdialogue.pipeline.enrich.core.text.TextNormaliser;

/**
 * The straightforward way to do what {@link PhraseAutomaton#scan} does: every occurrence of every phrase found with
 * {@code indexOf} in the scan form, then the same word-end check, flag filter and leftmost-longest resolution.
 */
final class ReferencePhraseScanner {

    private final Map<String, Set<Term>> meanings = new LinkedHashMap<>();
    private final MatchFilter filter = new MatchFilter();

    ReferencePhraseScanner(TextNormaliser normaliser, List<KnowledgeVocabulary.Entry> entries) {
        for (KnowledgeVocabulary.Entry entry : entries) {
            String folded = normaliser.phraseScanForm(entry.phrase().strip());
            if (!folded.isBlank()) {
                meanings.computeIfAbsent(folded, key -> new LinkedHashSet<>()).add(entry.term());
            }
        }
    }

    /** Every occurrence of every phrase as {@code [first, last]} offsets of the scan form, in no particular order. */
    static List<RawHit> occurrences(String text, List<String> phrases) {
        List<RawHit> hits = new ArrayList<>();
        for (int phrase = 0; phrase < phrases.size(); phrase++) {
            String wanted = phrases.get(phrase);
            for (int at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + 1)) {
                hits.add(new RawHit(phrase, at, at + wanted.length() - 1));
            }
        }
        return hits;
    }

    /** Phrase number {@code phrase} found at {@code [first, last]}. */
    record RawHit(int phrase, int first, int last) {}

    Map<Layer, List<Match>> scan(Document document) {
        List<String> phrases = List.copyOf(meanings.keySet());
        Map<Layer, List<Match>> byLayer = new EnumMap<>(Layer.class);
        for (Layer layer : Layer.values()) {
            byLayer.put(layer, new ArrayList<>());
        }
        for (RawHit hit : occurrences(document.scanForm(), phrases)) {
            if (endsWord(document.folded(), hit.last())) {
                keepAccepted(document, hit, meanings.get(phrases.get(hit.phrase())), byLayer);
            }
        }
        byLayer.replaceAll((layer, matches) -> LongestMatchResolver.resolve(matches));
        return byLayer;
    }

    private void keepAccepted(Document document, RawHit hit, Set<Term> terms, Map<Layer, List<Match>> byLayer) {
        for (Term term : terms) {
            if (filter.accepts(document, hit.first(), hit.last(), term.flags())) {
                byLayer.get(term.kind().layer()).add(new Match(hit.first(), hit.last(), term));
            }
        }
    }

    private static boolean endsWord(String folded, int end) {
        return end == folded.length() || !Character.isLetterOrDigit(folded.charAt(end));
    }
}
