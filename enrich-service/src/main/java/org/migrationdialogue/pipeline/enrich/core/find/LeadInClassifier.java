package org.migrationdialogue.pipeline.enrich.core.find;

import org.migrationdialogue.pipeline.common.events.Recommendation;
import org.migrationdialogue.pipeline.enrich.core.knowledge.TermSpec;
import org.migrationdialogue.pipeline.enrich.core.text.TextNormaliser;

import java.util.List;

/** Tells whether a folded lead-in announces recommendations, conclusions, or neither (null). */
final class LeadInClassifier {

    private final List<String> recommendationPhrases;
    private final List<String> conclusionPhrases;

    LeadInClassifier(List<TermSpec> leadIns, TextNormaliser normaliser) {
        this.recommendationPhrases = phrasesOf(leadIns, Recommendation.RECOMMENDATION, normaliser);
        this.conclusionPhrases = phrasesOf(leadIns, Recommendation.CONCLUSION, normaliser);
    }

    private static List<String> phrasesOf(List<TermSpec> leadIns, String kind, TextNormaliser normaliser) {
        return leadIns.stream()
                .filter(spec -> spec.key().equals(kind))
                .map(spec -> normaliser.fold(spec.phrase()))
                .toList();
    }

    String kindOf(String folded) {
        if (containsAny(folded, recommendationPhrases)) {
            return Recommendation.RECOMMENDATION;
        }
        return containsAny(folded, conclusionPhrases) ? Recommendation.CONCLUSION : null;
    }

    static boolean containsWord(String folded, String phrase) {
        for (int at = folded.indexOf(phrase); at >= 0; at = folded.indexOf(phrase, at + 1)) {
            boolean leftFree = at == 0 || !Character.isLetterOrDigit(folded.charAt(at - 1));
            int end = at + phrase.length();
            boolean rightFree = end == folded.length() || !Character.isLetterOrDigit(folded.charAt(end));
            if (leftFree && rightFree) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAny(String folded, List<String> phrases) {
        for (String phrase : phrases) {
            if (containsWord(folded, phrase)) {
                return true;
            }
        }
        return false;
    }
}
